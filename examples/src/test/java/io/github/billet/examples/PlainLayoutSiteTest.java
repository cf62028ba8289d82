package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Labels;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.NuChecker;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample built whole through SiteBuild with the plain, non-DSFR layout. */
class PlainLayoutSiteTest {

  @TempDir static Path dir;
  static BuildReport report;
  static Path site;
  static List<Path> pages;

  @BeforeAll
  static void build() throws Exception {
    Path sample = SampleSite.extractTo(dir.resolve("sample"));
    // The plain layout needs no DSFR: the sample's dsfr entry is left out.
    String yaml = Files.readString(sample.resolve("site.yaml")).replaceAll("(?m)^dsfr:.*$", "");
    site = dir.resolve("site");
    report =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", yaml))
            .layout(new PlainLayout(Labels.defaults()))
            .pageSize(3)
            .build()
            .run(sample.resolve("content"), site);
    // The output path is a link to the build's generation.
    site = site.toRealPath();
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Document page(String url) throws Exception {
    Path file = site.resolve(url.substring(1));
    file = url.endsWith("/") ? file.resolve("index.html") : file;
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  @Test
  void everyPageKindIsBuiltByThePlainLayout() throws Exception {
    assertThat(report.committed()).isTrue();
    assertThat(report.problems()).noneMatch(p -> p.code().equals("internal.failure"));
    Document post = page("/fr/blog/hackathon-open-data-2024/");
    assertThat(post.select("article h1").text()).isNotBlank();
    assertThat(post.select("article nav a").eachAttr("href")).anyMatch(h -> h.contains("/tags/"));
    // The site's menu, from the sample posts' eleventyNavigation, in its order.
    assertThat(post.select("header nav a").eachText())
        .containsExactly("Publier son code source", "Hackathon open data 2024");
    assertThat(post.select("header nav a[aria-current=page]").eachText())
        .containsExactly("Hackathon open data 2024");
    assertThat(page("/en/blog/").select("header nav a").eachAttr("href"))
        .containsExactly(
            "/en/blog/guide-publishing-your-source-code/", "/en/blog/hackathon-open-data-2024/");
    Document index = page("/fr/blog/");
    assertThat(index.select("main ol > li h2 a")).hasSizeBetween(1, 3);
    assertThat(index.select("main nav a").eachAttr("href")).contains("/fr/blog/page-2/");
    assertThat(page("/fr/blog/page-2/").select("main ol > li")).isNotEmpty();
    Document tag = page("/fr/blog/tags/evenements/");
    assertThat(tag.select("h1").text()).contains("Événements");
    assertThat(tag.select("main ol > li")).hasSize(2);
    assertThat(page("/fr/404.html").select("main a").attr("href")).isEqualTo("/fr/");
    Document home = page("/fr/");
    assertThat(home.select("main nav a").eachAttr("href"))
        .startsWith("/fr/blog/")
        .hasSize(5) // the blog, its three newest posts, the site map
        .endsWith("/fr/sitemap/");
    assertThat(home.text()).doesNotContain("Page 1 sur");
    Document map = page("/fr/sitemap/");
    assertThat(map.select("h1").text()).isEqualTo("Plan du site");
    assertThat(map.select("main nav a").eachAttr("href"))
        .contains("/fr/blog/", "/fr/blog/hackathon-open-data-2024/");
    assertThat(site.resolve("fr/feed/feed.xml")).exists();
    assertThat(site.resolve("en/feed/feed.json")).exists();
    for (Path file : pages) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      assertThat(doc.select("header, main, footer")).as(file.toString()).hasSize(3);
      // The layout writes no class; only a post's body (the body renderer's DSFR) may have some.
      String where = doc.select("article").isEmpty() ? "[class]" : "header *, footer *, nav *, h1";
      assertThat(doc.select(where).eachAttr("class")).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theLayoutStaysSmall() throws Exception {
    Path source = Path.of("src/main/java/io/github/billet/examples/PlainLayout.java");
    assertThat(Files.readAllLines(source)).hasSizeLessThan(150);
  }

  @Test
  void everyInternalLinkResolves() throws Exception {
    List<String> broken = new ArrayList<>();
    for (Path file : pages) {
      for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href], img[src]")) {
        String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        URI uri = URI.create(site.relativize(file).toString()).resolve(ref);
        if (uri.getScheme() != null || uri.getPath() == null || uri.getPath().isEmpty()) {
          continue;
        }
        String path = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        Path target = site.resolve(path);
        if (path.isEmpty() || path.endsWith("/")) {
          target = target.resolve("index.html");
        }
        if (!Files.exists(target)) {
          broken.add(site.relativize(file) + " -> " + ref);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    NuChecker checker = new NuChecker();
    List<String> errors = new ArrayList<>();
    for (Path file : pages) {
      for (String error : checker.errors(Files.readString(file))) {
        errors.add(site.relativize(file) + " " + error);
      }
    }
    assertThat(pages).hasSizeGreaterThan(10);
    assertThat(errors).isEmpty();
  }
}
