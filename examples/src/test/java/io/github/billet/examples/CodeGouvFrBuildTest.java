package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.Corpus;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real code.gouv.fr content with its site rules and checks the OSOR pair's pages. */
class CodeGouvFrBuildTest {

  @TempDir static Path dir;
  static BuildReport report;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path content = Corpus.content();
    site = dir.resolve("site");
    report =
        SiteBuild.builder()
            .config(SiteConfig.read(Path.of("sites/code.gouv.fr.yaml")))
            .baseUrl("https://code.gouv.fr")
            .build()
            .run(content, site);
  }

  private static Document page(String url) throws Exception {
    return Jsoup.parse(site.resolve(url.substring(1) + "index.html").toFile(), "UTF-8");
  }

  @Test
  void theWholeTreeBuilds() {
    assertThat(report.committed()).isTrue();
    assertThat(report.postsPerLanguage()).containsEntry("en", 6).containsEntry("fr", 197);
    assertThat(report.translationPairs()).isEqualTo(3);
  }

  @Test
  void osorFrenchPage() throws Exception {
    Document fr = page("/fr/blog/guide-osor-sur-open-source-dans-administration-publique/");
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(fr.selectFirst("h1").text())
        .isEqualTo("L'Europe publie un guide sur l'Open Source dans l'administration publique");
    assertThat(fr.select("time").first().text()).isEqualTo("26 mars 2024");
    assertThat(fr.select("time").first().attr("datetime")).isEqualTo("2024-03-26");
    assertThat(fr.text()).contains("Publié le 26 mars 2024");
    assertThat(fr.select(".fr-tags-group a.fr-tag").eachText())
        .containsExactly("Europe", "Documentation");
    assertThat(fr.select("link[rel=alternate][hreflang=en]").attr("href"))
        .isEqualTo(
            "https://code.gouv.fr/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
    assertThat(fr.select("link[rel=alternate][hreflang=x-default]").attr("href"))
        .isEqualTo(
            "https://code.gouv.fr/fr/blog/guide-osor-sur-open-source-dans-administration-publique/");
    assertThat(fr.select("a[hreflang=en]").attr("href"))
        .isEqualTo("/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
  }

  @Test
  void osorEnglishPageHasEnglishLabelsAndDate() throws Exception {
    Document en = page("/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.text()).contains("Published on 26 March 2024");
    assertThat(en.select("link[rel=alternate][hreflang=fr]").attr("href"))
        .isEqualTo(
            "https://code.gouv.fr/fr/blog/guide-osor-sur-open-source-dans-administration-publique/");
    assertThat(en.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
  }
}
