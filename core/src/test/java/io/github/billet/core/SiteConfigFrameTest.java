package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigFrameTest {

  private static final String FULL =
      """
      languages: [fr, en]
      frame:
        serviceName: {fr: "Pôle logiciels libres", en: "Free software unit"}
        tagline: {fr: "Recourir aux logiciels libres", en: "Use free software"}
        quickLinks:
          - label: {fr: Contact, en: Contact}
            url: /{lang}/contact/
            icon: fr-icon-mail-line
        footer:
          text: {fr: "Une publication de la <a href=\\"https://www.numerique.gouv.fr/\\">DINUM</a>."}
          bottomLinks:
            - {label: {fr: Plan du site, en: Sitemap}, url: "/{lang}/sitemap/"}
            - {label: Accessibilité, url: /fr/accessibility/}
          licence: Licence etalab-2.0
        favicon: /favicon.svg
        themeColor: "#123abc"
      """;

  @Test
  void everyKeyIsReadPerLanguage() throws Exception {
    SiteConfig config = SiteConfig.parse("site.yaml", FULL);
    FrameConfig frame = config.frame();

    assertThat(config.problems()).isEmpty();
    assertThat(frame.serviceName(Language.FRENCH)).contains("Pôle logiciels libres");
    assertThat(frame.serviceName(Language.ENGLISH)).contains("Free software unit");
    assertThat(frame.tagline(Language.ENGLISH)).contains("Use free software");
    assertThat(frame.quickLinks()).hasSize(1);
    FrameConfig.Link contact = frame.quickLinks().get(0);
    assertThat(contact.url(Language.ENGLISH)).isEqualTo("/en/contact/");
    assertThat(contact.icon()).contains("fr-icon-mail-line");
    // A text given in one language only stands for the others.
    assertThat(frame.footerText(Language.ENGLISH).orElseThrow()).contains("DINUM");
    assertThat(frame.bottomLinks())
        .extracting(l -> l.label(Language.ENGLISH))
        .containsExactly("Sitemap", "Accessibilité");
    assertThat(frame.licence(Language.FRENCH)).contains("Licence etalab-2.0");
    assertThat(frame.favicon()).contains("/favicon.svg");
    assertThat(frame.themeColor()).isEqualTo("#123abc");
    // Not set: the DSFR footer's four government links.
    assertThat(frame.governmentLinks()).isEqualTo(FrameConfig.DEFAULT_GOVERNMENT_LINKS);
    assertThat(config.withBaseUrl("https://example.gouv.fr").frame()).isEqualTo(frame);
  }

  @Test
  void withoutAFrameTheDefaultsHold() throws Exception {
    FrameConfig frame = SiteConfig.parse("site.yaml", "languages: [fr]\n").frame();

    assertThat(frame.serviceName(Language.FRENCH)).isEmpty();
    assertThat(frame.themeColor()).isEqualTo("#000091");
    assertThat(frame.governmentLinks())
        .extracting(l -> l.label(Language.FRENCH))
        .containsExactly("legifrance.gouv.fr", "info.gouv.fr", "service-public.fr", "data.gouv.fr");
  }

  @Test
  void anEmptyGovernmentListRemovesThem() throws Exception {
    FrameConfig frame =
        SiteConfig.parse("site.yaml", "frame:\n  footer:\n    governmentLinks: []\n").frame();

    assertThat(frame.governmentLinks()).isEmpty();
  }

  @Test
  void aScriptUrlIsALocatedError() {
    Problem p =
        only("frame:\n  quickLinks:\n    - label: Contact\n      url: javascript:alert(1)\n");
    assertThat(p.code()).isEqualTo("config.frame-url");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isGreaterThan(0);
    assertThat(p.hint()).contains("https://");
  }

  @Test
  void anUnquotedColourIsALocatedErrorThatSaysToQuoteIt() {
    // YAML reads '#000091' unquoted as a comment: the key is then empty.
    Problem p = only("frame:\n  themeColor: blue\n");
    assertThat(p.code()).isEqualTo("config.frame-colour");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.hint()).contains("\"#000091\"");
  }

  @Test
  void aLinkWithoutUrlAndABadIconAreLocatedErrors() {
    assertThatThrownBy(
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    "frame:\n  footer:\n    bottomLinks:\n      - label: Plan du site\n"
                        + "  quickLinks:\n    - {label: A, url: /a/, icon: \"icon-mail\"}\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::code, Problem::line)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("config.frame-link", 4),
                      org.assertj.core.groups.Tuple.tuple("config.frame-icon", 6));
            });
  }

  @Test
  void aWrongShapeIsATypeErrorAndAnUnknownKeyAWarning() throws Exception {
    assertThat(only("frame: [a]\n").code()).isEqualTo("config.type");
    assertThat(only("frame:\n  serviceName: [a, b]\n").line()).isEqualTo(2);
    assertThat(only("frame:\n  tagline: {français: Bonjour}\n").code()).isEqualTo("config.lang");
    SiteConfig config = SiteConfig.parse("site.yaml", "frame:\n  menu: x\n");
    assertThat(config.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("config.unknown-key");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.hint()).contains("serviceName");
            });
  }

  @Test
  void theBuilderRefusesAColourThatIsNotHex() {
    assertThatThrownBy(() -> FrameConfig.builder().themeColor("blue"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new FrameConfig.Link(java.util.Map.of("fr", "Accueil"), "/{lang}/", Optional.empty())
                .label(Language.ENGLISH))
        .isEqualTo("Accueil");
    assertThat(FrameConfig.defaults().bottomLinks()).isEqualTo(List.of());
  }

  private static Problem only(String yaml) {
    try {
      SiteConfig.parse("site.yaml", yaml);
    } catch (SiteConfigException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("no error for " + yaml);
  }
}
