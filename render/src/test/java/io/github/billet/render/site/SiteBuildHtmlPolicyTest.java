package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.body.HtmlPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-site build sanitizes raw HTML unless told otherwise: the policy and the iframe hosts
 * come from the configuration's {@code html} key, and the builder's own choices win over it.
 */
class SiteBuildHtmlPolicyTest {

  private static final String RULES =
      """
      languages: [fr]
      rules:
        - match: "fr/**"
          lang: fr
          url: "/{lang}/blog/{slug}/"
      """;

  private static final String POST =
      """
      ---
      title: Un billet piégé
      date: 2024-03-26
      video: {src: "https://tube.numerique.gouv.fr/videos/embed/abc", title: "La vidéo"}
      ---
      Un paragraphe.

      <script>alert(1)</script>

      <img src="x.png" onerror="alert(2)">

      <iframe src="https://tube.numerique.gouv.fr/videos/embed/def" title="Autre"></iframe>
      """;

  private static Path content(Path dir) throws IOException {
    Path file = dir.resolve("content/fr/piege.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, POST);
    return dir.resolve("content");
  }

  private static Document page(Path site) throws IOException {
    return Jsoup.parse(site.resolve("fr/blog/piege/index.html").toFile(), "UTF-8");
  }

  private static List<String> codes(BuildReport report) {
    return report.problems().stream().map(Problem::code).toList();
  }

  @Test
  void byDefaultScriptsAreRemovedAndFramesComeOnlyFromConfiguredHosts(@TempDir Path dir)
      throws Exception {
    Path content = content(dir);
    SiteConfig config = SiteConfig.parse("site.yaml", RULES);
    BuildReport report = SiteBuild.builder().config(config).build().run(content, dir.resolve("a"));
    Document page = page(dir.resolve("a"));
    assertThat(page.select("main script, main [onerror]")).isEmpty();
    assertThat(page.html()).doesNotContain("alert(");
    // No host configured: neither the body's iframe nor the video is framed.
    assertThat(page.select("main iframe")).isEmpty();
    assertThat(codes(report)).contains("html.script", "html.event-handler", "media.host");
    Problem script =
        report.problems().stream().filter(p -> p.code().equals("html.script")).findFirst().get();
    assertThat(script.file()).isEqualTo("fr/piege.md");
    assertThat(script.line()).isEqualTo(8);
    assertThat(script.column()).isEqualTo(1);
    assertThat(script.message()).contains("was removed");
  }

  @Test
  void theConfigurationGivesTheIframeHosts(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    SiteConfig config =
        SiteConfig.parse("site.yaml", RULES + "html:\n  iframeHosts: [tube.numerique.gouv.fr]\n");
    BuildReport report = SiteBuild.builder().config(config).build().run(content, dir.resolve("a"));
    Document page = page(dir.resolve("a"));
    assertThat(page.select("main iframe").eachAttr("src"))
        .containsExactly(
            "https://tube.numerique.gouv.fr/videos/embed/def",
            "https://tube.numerique.gouv.fr/videos/embed/abc");
    assertThat(page.select("main script, main [onerror]")).isEmpty();
    assertThat(codes(report)).doesNotContain("media.host", "html.sanitized");
  }

  @Test
  void passIsAnExplicitChoiceOfTheConfigurationAndStillWarns(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    SiteConfig config = SiteConfig.parse("site.yaml", RULES + "html:\n  policy: pass\n");
    BuildReport report = SiteBuild.builder().config(config).build().run(content, dir.resolve("a"));
    Document page = page(dir.resolve("a"));
    assertThat(page.select("main script").html()).isEqualTo("alert(1)");
    assertThat(page.select("main img[onerror]")).hasSize(1);
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("html.script") || p.code().equals("html.event-handler"))
        .extracting(Problem::line)
        .containsExactly(8, 10);
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("html.script") || p.code().equals("html.event-handler"))
        .allSatisfy(p -> assertThat(p.message()).contains("is kept and runs"));
    // The image has no alt text: the repair gives it alt="", with a warning at its line.
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("html.repaired"))
        .extracting(Problem::line)
        .containsExactly(10);
  }

  @Test
  void theBuildersChoicesWinOverTheConfiguration(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            RULES + "html:\n  policy: pass\n  iframeHosts: [tube.numerique.gouv.fr]\n");
    SiteBuild.builder()
        .config(config)
        .policy(HtmlPolicy.SANITIZE)
        .allowedIframeHosts(List.of("speakerdeck.com"))
        .build()
        .run(content, dir.resolve("a"));
    Document page = page(dir.resolve("a"));
    assertThat(page.select("main script, main [onerror], main iframe")).isEmpty();
  }

  /**
   * An anchor written in raw HTML is a link of the page, checked as the others, unless the policy
   * shows raw HTML as text: then it leads nowhere and is not reported.
   */
  @Test
  void aRawHtmlAnchorIsCheckedUnlessRawHtmlIsShownAsText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("content/fr/ancre.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: Une ancre\ndate: 2024-03-26\n---\nVoir <a href=\"/fr/blog/absente/\">là</a>.\n");
    Path content = dir.resolve("content");
    SiteConfig config = SiteConfig.parse("site.yaml", RULES);

    for (HtmlPolicy policy : HtmlPolicy.values()) {
      Path out = dir.resolve("out-" + policy.name());
      BuildReport report =
          SiteBuild.builder().config(config).policy(policy).build().run(content, out);
      List<Problem> broken =
          report.problems().stream().filter(p -> p.code().equals("link.broken")).toList();
      if (policy == HtmlPolicy.ESCAPE) {
        assertThat(broken).as(policy.name()).isEmpty();
        assertThat(
                Jsoup.parse(out.resolve("fr/blog/ancre/index.html").toFile(), "UTF-8")
                    .select("main a[href=/fr/blog/absente/]"))
            .isEmpty();
      } else {
        assertThat(broken).as(policy.name()).extracting(Problem::line).containsExactly(5);
      }
    }
  }
}
