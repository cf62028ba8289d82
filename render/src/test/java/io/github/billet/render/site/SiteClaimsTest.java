package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.body.HtmlPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a post may not take: the path of a file the build makes or of another post's file, and a
 * path leaving the content folder or the site (issue 20, items 4 and 5).
 */
class SiteClaimsTest {

  private static final String CONFIG =
      """
      title: {fr: "Le blog", en: "The blog"}
      baseUrl: https://example.gouv.fr
      languages: [fr, en]
      rules:
        - match: "fr/**"
          lang: fr
        - match: "*/blog/posts/**"
          tags: [posts]
          url: "/{lang}/blog/{slug}/"
      """;

  private static final String COVER =
      "<svg xmlns='http://www.w3.org/2000/svg'><title>c</title></svg>";

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Twelve listed posts (two blog index pages), one tagged "Données", one with a cover. */
  private static Path content(Path dir) throws IOException {
    Path root = dir.resolve("content");
    for (int i = 1; i <= 12; i++) {
      write(
          root,
          "fr/blog/posts/billet-" + i + ".md",
          "---\ntitle: Billet "
              + i
              + "\ndate: 2024-01-"
              + (10 + i)
              + "\n---\nLe billet numéro "
              + i
              + " parle de logiciels libres dans l'administration.\n");
    }
    write(
        root,
        "fr/blog/posts/couvert/index.md",
        "---\ntitle: Couvert\ndate: 2024-02-01\nimage: {path: ./cover.svg, alt: x}\n"
            + "tags: [Données]\n---\nUn billet avec une image de couverture.\n");
    write(root, "fr/blog/posts/couvert/cover.svg", COVER);
    return root;
  }

  private static SiteBuild build() throws Exception {
    return SiteBuild.builder().config(SiteConfig.parse("site.yaml", CONFIG)).build();
  }

  private static String squatter(String permalink) {
    return "---\ntitle: Squat\ndate: 2024-03-01\npermalink: "
        + permalink
        + "\n---\nSQUATTER BODY\n";
  }

  @Test
  void generatedFilesAndAssetsKeepTheirPathAndTheSquatterGetsAnError(@TempDir Path dir)
      throws Exception {
    Path content = content(dir);
    List<String> permalinks =
        List.of(
            "/feed/feed.xml",
            "/feed/feed.json",
            "/fr/feed/feed.xml",
            "/sitemap.xml",
            "/404.html",
            "/fr/404.html",
            "/problems.json",
            "/fr/blog/",
            "/fr/blog/page-2/",
            "/fr/blog/tags/donnees/",
            "/fr/blog/couvert/cover.svg");
    for (int i = 0; i < permalinks.size(); i++) {
      write(content, "fr/pages/squat-" + (char) ('a' + i) + ".md", squatter(permalinks.get(i)));
    }
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.committed()).as(report.problems().toString()).isTrue();
    List<Problem> conflicts =
        report.problems().stream().filter(p -> p.code().equals("url.conflict")).toList();
    assertThat(conflicts)
        .as(report.problems().toString())
        .extracting(Problem::file, Problem::line, Problem::severity)
        .containsExactlyInAnyOrder(
            permalinks.stream()
                .map(
                    u ->
                        tuple(
                            "fr/pages/squat-" + (char) ('a' + permalinks.indexOf(u)) + ".md",
                            4,
                            io.github.billet.core.Severity.ERROR))
                .toArray(org.assertj.core.groups.Tuple[]::new));
    assertThat(conflicts.get(0).message()).contains("Atom feed");
    assertThat(conflicts)
        .filteredOn(p -> p.message().contains("/fr/blog/couvert/cover.svg"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("fr/blog/posts/couvert/cover.svg"));
    Path site = dir.resolve("site");
    assertThat(Files.readString(site.resolve("feed/feed.xml"))).startsWith("<?xml");
    assertThat(Files.readString(site.resolve("feed/feed.json"))).startsWith("{");
    assertThat(Files.readString(site.resolve("fr/feed/feed.xml"))).startsWith("<?xml");
    assertThat(Files.readString(site.resolve("sitemap.xml"))).startsWith("<?xml");
    assertThat(Files.readString(site.resolve("problems.json"))).contains("url.conflict");
    assertThat(Files.readString(site.resolve("fr/blog/couvert/cover.svg"))).isEqualTo(COVER);
    for (String file :
        List.of(
            "404.html",
            "fr/404.html",
            "fr/blog/index.html",
            "fr/blog/page-2/index.html",
            "fr/blog/tags/donnees/index.html")) {
      assertThat(Files.readString(site.resolve(file))).as(file).doesNotContain("SQUATTER");
    }
    // The squatters are no posts of the site: not listed, not in the feeds.
    assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("squat");
    assertThat(report.postsPerLanguage()).containsEntry("fr", 13);
  }

  @Test
  void aCoverOrImageClimbingAboveTheSiteRootIsReportedAndNotShown(@TempDir Path dir)
      throws Exception {
    Path content = content(dir);
    write(
        content,
        "fr/blog/posts/grimpe.md",
        """
        ---
        title: Grimpe
        date: 2024-05-01
        image: {path: ../../../../../../etc/passwd, alt: x}
        ---
        Une image qui grimpe :

        ![hôtes](../../../../../../etc/hosts)

        ![encodée](%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow)

        <img src="../../../../../../etc/group" alt="brut">
        """);
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("asset.outside-root"))
        .extracting(Problem::file, Problem::line)
        .containsExactlyInAnyOrder(
            tuple("fr/blog/posts/grimpe.md", 4),
            tuple("fr/blog/posts/grimpe.md", 8),
            tuple("fr/blog/posts/grimpe.md", 10));
    String page = Files.readString(dir.resolve("site/fr/blog/grimpe/index.html"));
    assertThat(page)
        .doesNotContain("/etc/passwd")
        .doesNotContain("/etc/hosts")
        .doesNotContain("etc/shadow");
    assertThat(page).contains("Une image qui grimpe").doesNotContain("etc/group");
    assertThat(report.hasErrors()).isTrue();
    // The same under the sanitizing policy.
    Path sanitized = dir.resolve("sanitized");
    SiteBuild.builder()
        .config(SiteConfig.parse("site.yaml", CONFIG))
        .policy(HtmlPolicy.SANITIZE)
        .build()
        .run(content, sanitized);
    assertThat(Files.readString(sanitized.resolve("fr/blog/grimpe/index.html")))
        .contains("Une image qui grimpe")
        .doesNotContain("/etc/");
  }

  @Test
  void aPostLinkedFromOutsideTheContentIsNotPublished(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    write(dir, "secret/passwd", "---\ntitle: root\ndate: 2024-01-01\n---\nroot:x:0:0:root\n");
    Files.createSymbolicLink(
        content.resolve("fr/blog/posts/passwd.md"), dir.resolve("secret/passwd"));
    Files.createSymbolicLink(content.resolve("fr/blog/posts/ailleurs"), dir.resolve("secret"));
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("tree.outside-root"))
        .extracting(Problem::file)
        .containsExactlyInAnyOrder("fr/blog/posts/passwd.md", "fr/blog/posts/ailleurs");
    assertThat(dir.resolve("site/fr/blog/passwd")).doesNotExist();
    assertThat(dir.resolve("site/fr/blog/posts/ailleurs")).doesNotExist();
    try (var files = Files.walk(dir.resolve("site"))) {
      assertThat(files.filter(Files::isRegularFile))
          .noneMatch(
              f -> {
                try {
                  return Files.readString(f).contains("root:x:0:0");
                } catch (IOException e) {
                  return false;
                }
              });
    }
  }
}
