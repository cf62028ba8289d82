package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigDsfrTest {

  @TempDir Path dir;

  @Test
  void aDistFolderIsResolvedAgainstTheConfigurationFilesFolder() throws Exception {
    Path file = dir.resolve("site/site.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "dsfr: {dist: node_modules/@gouvfr/dsfr/dist}\n");

    SiteConfig config = SiteConfig.read(file);

    assertThat(config.dsfrDist())
        .contains(dir.resolve("site/node_modules/@gouvfr/dsfr/dist").toAbsolutePath());
    assertThat(config.dsfrUrl()).isEmpty();
    assertThat(config.problems()).isEmpty();
    assertThat(config.withBaseUrl("https://example.gouv.fr").dsfrDist())
        .isEqualTo(config.dsfrDist());
  }

  @Test
  void aUrlIsKeptWithoutItsTrailingSlash() throws Exception {
    SiteConfig config =
        SiteConfig.parse("site.yaml", "dsfr:\n  url: https://cdn.example/dsfr/dist/\n");

    assertThat(config.dsfrUrl()).contains("https://cdn.example/dsfr/dist");
    assertThat(config.dsfrDist()).isEmpty();
  }

  @Test
  void withoutTheKeyNoDsfrIsConfigured() throws Exception {
    SiteConfig config = SiteConfig.parse("site.yaml", "languages: [fr]\n");

    assertThat(config.dsfrDist()).isEmpty();
    assertThat(config.dsfrUrl()).isEmpty();
  }

  @Test
  void bothDistAndUrlIsALocatedError() {
    assertThatThrownBy(
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    "languages: [fr]\ndsfr:\n  dist: dsfr/dist\n  url: https://cdn.example/\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("config.dsfr");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.hint()).contains("dist").contains("url");
            });
  }

  @Test
  void aUrlThatIsNeitherHttpNorAPathIsALocatedError() {
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", "dsfr:\n  url: javascript:alert(1)\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("config.dsfr");
              assertThat(p.line()).isEqualTo(2);
            });
  }

  @Test
  void aDsfrThatIsNotAMapIsATypeErrorAndAnUnknownSubKeyAWarning() throws Exception {
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", "dsfr: node_modules\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> assertThat(e.problems().get(0).code()).isEqualTo("config.type"));

    SiteConfig config = SiteConfig.parse("site.yaml", "dsfr:\n  dist: d\n  version: 1.15.3\n");
    assertThat(config.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("config.unknown-key");
              assertThat(p.line()).isEqualTo(3);
            });
  }

  @Test
  void anUnknownKeyHintNamesTheKeysInTheDocumentedOrder() throws Exception {
    // The same hint in every run: a set's iteration order changes from one JVM to the next.
    SiteConfig config =
        SiteConfig.parse("site.yaml", "menu: []\nrules:\n  - {match: x, lng: fr}\n");
    assertThat(config.problems())
        .extracting(Problem::hint)
        .containsExactly(
            "the keys are: title, baseUrl, languages, rules, html, dsfr, static, linkCheck,"
                + " sections, frame",
            "the rule keys are: match, lang, tags, url, defaults, requireDate");
  }
}
