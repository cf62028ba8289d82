package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code html} key of a site configuration: the raw HTML policy and the iframe hosts. */
class SiteConfigHtmlTest {

  @Test
  void policyAndIframeHostsAreRead() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            """
            baseUrl: https://code.gouv.fr
            html:
              policy: Pass
              iframeHosts: [tube.numerique.gouv.fr, SpeakerDeck.com]
            """);

    assertThat(config.htmlPolicy()).contains("pass");
    assertThat(config.iframeHosts()).containsExactly("tube.numerique.gouv.fr", "speakerdeck.com");
    assertThat(config.problems()).isEmpty();
  }

  @Test
  void withoutTheKeyNothingIsChosen() throws Exception {
    SiteConfig config = SiteConfig.parse("site.yaml", "baseUrl: https://code.gouv.fr\n");

    assertThat(config.htmlPolicy()).isEmpty();
    assertThat(config.iframeHosts()).isEmpty();
  }

  @Test
  void aBaseUrlOverrideKeepsTheHtmlSettings() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
                "site.yaml",
                """
                html:
                  policy: escape
                  iframeHosts: [speakerdeck.com]
                """)
            .withBaseUrl("https://example.gouv.fr");

    assertThat(config.htmlPolicy()).contains("escape");
    assertThat(config.iframeHosts()).containsExactly("speakerdeck.com");
  }

  @Test
  void badValuesAreLocatedConfigErrors() {
    SiteConfigException e =
        catchThrowableOfType(
            SiteConfigException.class,
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    """
                    baseUrl: https://code.gouv.fr
                    html:
                      policy: allow-all
                      iframeHosts:
                        - tube.numerique.gouv.fr
                        - https://speakerdeck.com/player
                        - "evil.example:8080"
                    """));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(Problem::code, Problem::line, Problem::column, Problem::isError)
        .containsExactly(
            tuple("config.html-policy", 3, 3, true),
            tuple("config.iframe-host", 6, 7, true),
            tuple("config.iframe-host", 7, 7, true));
    assertThat(e.problems().get(0).message())
        .isEqualTo("'html.policy' must be sanitize, escape or pass, not 'allow-all'");
    assertThat(e.problems().get(1).message())
        .isEqualTo("'https://speakerdeck.com/player' in 'html.iframeHosts' is not a host name");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("site.yaml"));
  }

  @Test
  void wrongShapesAndUnknownKeysAreReported() throws Exception {
    SiteConfigException notAMap =
        catchThrowableOfType(
            SiteConfigException.class, () -> SiteConfig.parse("site.yaml", "html: sanitize\n"));
    assertThat(notAMap.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(tuple("config.type", 1));

    SiteConfigException hostsNotAList =
        catchThrowableOfType(
            SiteConfigException.class,
            () -> SiteConfig.parse("site.yaml", "html:\n  iframeHosts: {a: b}\n"));
    assertThat(hostsNotAList.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(tuple("config.type", 2));

    SiteConfig unknown =
        SiteConfig.parse("site.yaml", "html:\n  policy: sanitize\n  scripts: allowed\n");
    assertThat(unknown.htmlPolicy()).contains("sanitize");
    assertThat(unknown.problems())
        .extracting(Problem::code, Problem::line, Problem::isError)
        .containsExactly(tuple("config.unknown-key", 3, false));
  }

  @Test
  void theBuilderRefusesAnUnknownPolicy() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> SiteConfig.builder().htmlPolicy("allow"));
    assertThat(
            SiteConfig.builder()
                .htmlPolicy("SANITIZE")
                .iframeHosts(List.of("Tube.Numerique.Gouv.Fr"))
                .build())
        .satisfies(
            c -> {
              assertThat(c.htmlPolicy()).contains("sanitize");
              assertThat(c.iframeHosts()).containsExactly("tube.numerique.gouv.fr");
            });
  }
}
