package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.NuChecker;
import io.github.billet.render.page.DsfrLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DSFR and Billet's stylesheet in a built site, and the visual details of its pages. */
class SiteStyleTest {

  @TempDir Path dir;

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A small DSFR dist folder: what pages link, what that references, and files nothing needs. */
  private Path fakeDist() throws IOException {
    Path dist = dir.resolve("node_modules/@gouvfr/dsfr/dist");
    write(
        dist,
        "dsfr.min.css",
        "@font-face{font-family:Marianne;src:url(fonts/Marianne-Regular.woff2) format(\"woff2\"),"
            + "url('fonts/Marianne-Regular.woff?v=1') format(\"woff\")}"
            + ".fr-icon-close-line:before{mask-image:url(\"icons/system/close-line.svg\")}"
            + ".x{background:url(\"data:image/svg+xml;charset=utf8,<svg/>\")}"
            + ".y{background:url(https://elsewhere.example/z.png)}"
            + ".w{background:url(../../outside.svg)}");
    write(dist, "utility/icons/icons.min.css", ".a{mask-image:url(../../icons/arrows/a.svg)}");
    write(dist, "dsfr.module.min.js", "export {};");
    write(dist, "dsfr.nomodule.min.js", "");
    write(dist, "favicon/favicon.svg", "<svg/>");
    write(dist, "favicon/apple-touch-icon.png", "png");
    write(dist, "fonts/Marianne-Regular.woff2", "woff2");
    write(dist, "fonts/Marianne-Regular.woff", "woff");
    write(dist, "fonts/Unused.woff2", "unused");
    write(dist, "icons/system/close-line.svg", "<svg/>");
    write(dist, "icons/arrows/a.svg", "<svg/>");
    write(dist, "icons/arrows/unused.svg", "<svg/>");
    write(dist, "dsfr.css", "/* not minified: pages link the minified one */");
    write(dir, "node_modules/@gouvfr/outside.svg", "<svg/>");
    return dist;
  }

  private Path content() throws IOException {
    Path content = dir.resolve("content");
    write(
        content,
        "fr/blog/posts/ouverture/index.md",
        """
        ---
        title: L'ouverture
        date: 2024-11-29
        tags: [posts]
        image: {path: ./couverture.svg, alt: "Une porte"}
        ---
        Nous ouvrons ce blog.
        """);
    write(
        content,
        "fr/blog/posts/ouverture/couverture.svg",
        "<svg xmlns='http://www.w3.org/2000/svg'/>");
    return content;
  }

  /** The site's configuration with this {@code dsfr} entry, or none for an empty one. */
  private static SiteConfig config(String dsfr) throws Exception {
    return SiteConfig.parse(
        "site.yaml",
        """
        baseUrl: https://example.gouv.fr
        languages: [fr]
        rules:
          - match: "*/blog/posts/**"
            url: "/{lang}/blog/{slug}/"
        """
            + (dsfr.isEmpty() ? "" : "dsfr: " + dsfr + "\n"));
  }

  private static String dist(Path folder) {
    return "{dist: '" + folder.toAbsolutePath() + "'}";
  }

  private static List<String> files(Path output) throws IOException {
    // The output path is a link to the site's current generation.
    Path root = output.toRealPath();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static Document page(Path out, String file) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(file)));
  }

  @Test
  void aLocalDistIsCopiedWithWhatItsStylesheetsReferenceAndLinkedByEveryPage() throws Exception {
    Path dist = fakeDist();
    Path out = dir.resolve("site");
    BuildReport report = SiteBuild.builder().config(config(dist(dist))).build().run(content(), out);

    assertThat(report.problems()).isEmpty();
    assertThat(files(out))
        .filteredOn(f -> f.startsWith("dsfr/") || f.startsWith("billet/"))
        .containsExactly(
            "billet/billet.css",
            "dsfr/dsfr.min.css",
            "dsfr/dsfr.module.min.js",
            "dsfr/dsfr.nomodule.min.js",
            "dsfr/favicon/apple-touch-icon.png",
            "dsfr/favicon/favicon.svg",
            "dsfr/fonts/Marianne-Regular.woff",
            "dsfr/fonts/Marianne-Regular.woff2",
            "dsfr/icons/arrows/a.svg",
            "dsfr/icons/system/close-line.svg",
            "dsfr/utility/icons/icons.min.css");
    assertThat(out.resolve("dsfr/dsfr.min.css"))
        .hasSameTextualContentAs(dist.resolve("dsfr.min.css"));

    for (String file : List.of("fr/blog/ouverture/index.html", "fr/blog/index.html")) {
      Document page = page(out, file);
      assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
          .containsExactly(
              "/dsfr/dsfr.min.css", "/dsfr/utility/icons/icons.min.css", "/billet/billet.css");
      assertThat(page.select("script[type=module]").attr("src"))
          .isEqualTo("/dsfr/dsfr.module.min.js");
      assertThat(page.select("script[nomodule]").attr("src"))
          .isEqualTo("/dsfr/dsfr.nomodule.min.js");
      assertThat(page.select("meta[name=theme-color]").attr("content")).isEqualTo("#000091");
      assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("/dsfr/favicon/favicon.svg");
      assertThat(new NuChecker().errors(Files.readString(out.resolve(file))))
          .as("Nu checker errors of %s", file)
          .isEmpty();
    }
  }

  @Test
  void everyReferenceOfTheRealDsfrsCopiedStylesheetsIsCopied() throws Exception {
    String real = System.getenv("BILLET_DSFR_DIST");
    Assumptions.assumeTrue(
        real != null && Files.isRegularFile(Path.of(real, "dsfr.min.css")),
        "BILLET_DSFR_DIST names no DSFR dist folder");
    Path out = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder().config(config(dist(Path.of(real)))).build().run(content(), out);

    assertThat(report.problems()).isEmpty();
    Pattern url = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    int checked = 0;
    for (String css : List.of("dsfr/dsfr.min.css", "dsfr/utility/icons/icons.min.css")) {
      Path file = out.resolve(css);
      Matcher m = url.matcher(Files.readString(file));
      while (m.find()) {
        String ref = m.group(2).replaceAll("[?#].*", "");
        if (ref.contains(":")) {
          continue;
        }
        assertThat(file.getParent().resolve(ref).normalize()).as(css + " → " + ref).isRegularFile();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(out.resolve("dsfr/fonts/Marianne-Regular.woff2")).isRegularFile();
    assertThat(out.resolve("dsfr/dsfr.css")).doesNotExist();
  }

  @Test
  void withoutADsfrTheBuildSaysSoOnceWithTheInstallCommand() throws Exception {
    Path out = dir.resolve("site");
    BuildReport report = SiteBuild.builder().config(config("")).build().run(content(), out);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("dsfr.missing");
              assertThat(p.isError()).isFalse();
              assertThat(p.hint()).contains("npm install @gouvfr/dsfr").contains("dsfr:");
            });
    assertThat(page(out, "fr/blog/ouverture/index.html").select("link[rel=stylesheet]")).isEmpty();
    assertThat(out.resolve("dsfr")).doesNotExist();
  }

  @Test
  void aConfiguredFolderThatIsMissingIsNamedByTheWarning() throws Exception {
    Path absent = dir.resolve("node_modules/@gouvfr/dsfr/dist");
    BuildReport report =
        SiteBuild.builder()
            .config(config(dist(absent)))
            .build()
            .run(content(), dir.resolve("site"));

    assertThat(report.problems())
        .extracting(Problem::code, Problem::file)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dsfr.missing", absent.toString()));
  }

  @Test
  void aDsfrUrlIsLinkedAndNothingOfItCopied() throws Exception {
    Path out = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder()
            .config(config("{url: https://cdn.example/dsfr/dist/}"))
            .build()
            .run(content(), out);

    assertThat(report.problems()).isEmpty();
    Document page = page(out, "fr/blog/ouverture/index.html");
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly(
            "https://cdn.example/dsfr/dist/dsfr.min.css",
            "https://cdn.example/dsfr/dist/utility/icons/icons.min.css",
            "/billet/billet.css");
    assertThat(out.resolve("dsfr")).doesNotExist();
    assertThat(out.resolve("billet/billet.css")).isRegularFile();
  }

  @Test
  void aSiteWithItsOwnLayoutIsNotToldToInstallTheDsfr() throws Exception {
    BuildReport report =
        SiteBuild.builder()
            .config(config(""))
            .layout(DsfrLayout.builder().stylesheet("/css/site.css").build())
            .build()
            .run(content(), dir.resolve("site"));

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void aPostAtADsfrFilesPathIsAConflict() throws Exception {
    Path content = content();
    write(
        content,
        "fr/blog/posts/css.md",
        "---\ntitle: Une feuille\ndate: 2024-01-01\npermalink: /dsfr/dsfr.min.css\n---\nTexte.\n");
    BuildReport report =
        SiteBuild.builder()
            .config(config(dist(fakeDist())))
            .build()
            .run(content, dir.resolve("site"));

    assertThat(report.problems())
        .extracting(Problem::code, Problem::file)
        .contains(org.assertj.core.groups.Tuple.tuple("url.conflict", "dsfr/dsfr.min.css"));
  }

  @Test
  void aCoverWhoseFileIsMissingIsNotShownAndKeepsItsWarning() throws Exception {
    Path content = content();
    write(
        content,
        "fr/blog/posts/sans-image/index.md",
        """
        ---
        title: Sans image
        date: 2024-11-30
        tags: [posts]
        image: {path: ./absente.png, alt: "Absente"}
        ---
        L'image manque.
        """);
    write(
        content,
        "fr/blog/posts/lointaine.md",
        """
        ---
        title: Image lointaine
        date: 2024-12-01
        tags: [posts]
        image: {path: "https://images.example/couverture.png", alt: "Lointaine"}
        ---
        L'image est ailleurs.
        """);
    Path out = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder().config(config("{url: /dsfr}")).build().run(content, out);

    assertThat(report.problems())
        .extracting(Problem::code, Problem::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "asset.missing", "fr/blog/posts/sans-image/index.md"));
    assertThat(page(out, "fr/blog/sans-image/index.html").select("main img")).isEmpty();
    assertThat(page(out, "fr/blog/ouverture/index.html").select("main figure img").attr("src"))
        .endsWith("couverture.svg");
    assertThat(page(out, "fr/blog/lointaine/index.html").select("main figure img").attr("src"))
        .isEqualTo("https://images.example/couverture.png");
    Map<String, Element> cards = new java.util.HashMap<>();
    for (Element card : page(out, "fr/blog/index.html").select(".fr-card")) {
      cards.put(card.select(".fr-card__title").text(), card);
    }
    assertThat(cards.get("Sans image").select("img")).isEmpty();
    assertThat(cards.get("L'ouverture").select("img")).hasSize(1);
  }

  @Test
  void aCardsDateLineIsOneFlexItemSoItsSpaceSurvives() throws Exception {
    Path out = dir.resolve("site");
    SiteBuild.builder().config(config("{url: /dsfr}")).build().run(content(), out);

    Element detail = page(out, "fr/blog/index.html").selectFirst(".fr-card__detail");
    // The DSFR lays the detail out as a flex box: each child node is an item, and an item's
    // trailing space is dropped. A single element child keeps "Publié le " and the date together.
    assertThat(detail.childNodeSize()).isEqualTo(1);
    assertThat(detail.child(0).text()).isEqualTo("Publié le 29 novembre 2024");
    assertThat(detail.select("time").attr("datetime")).isEqualTo("2024-11-29");
  }
}
