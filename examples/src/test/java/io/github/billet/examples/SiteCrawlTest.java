package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.Corpus;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls the built real corpus as a visitor's browser would: every internal link and resource of
 * every page either resolves to a file of the output, or is a body link the build reported as
 * {@code link.broken}, or is one of the known links of Billet's own templates to pages it does not
 * build yet.
 */
class SiteCrawlTest {

  private static final String BASE = "https://code.gouv.fr";

  /**
   * Links of Billet's own pages that answer 404 on the real corpus because the pages they lead to
   * are not built (issue 23 item 4: sections, tag pages; a tag chip or a breadcrumb never links to
   * a page that is not built). Exact, so that the test fails when the set changes either way.
   */
  private static final Set<String> TEMPLATE_404 =
      Set.of(
          // Tag chips of BlueHats posts: their tags are not in the listed collection, so no tag
          // page is built for them.
          "/fr/blog/tags/code/",
          "/fr/blog/tags/data/",
          "/fr/blog/tags/garagethon/",
          "/fr/blog/tags/gazette/",
          "/fr/blog/tags/rencontre/",
          "/fr/blog/tags/webinaire/",
          // Breadcrumbs to parents that are no page: /fr/utiliser/ is a template page of the
          // reference site; the two others come from the source folder, not the URL /fr/mission/.
          "/fr/utiliser/",
          "/fr/interventions/",
          "/fr/depenses-effectifs-impact/",
          // The webinars' default cover (examples/sites/code.gouv.fr.yaml) is not in public/img/.
          "/img/bluehats-webinaire.png");

  /**
   * Links of post bodies that answer 404 and that the build does not report: anchors written in raw
   * HTML (the link check reads Markdown links only), and an e-mail address written as a link
   * without {@code mailto:}.
   */
  private static final Set<String> BODY_404_UNREPORTED =
      Set.of(
          "/bluehats/bsoc-promotion-2022/",
          "/demos/catala/",
          "/fr/blog/appel-a-interventions-journees-bluehats-2023/floss@numerique.gouv.fr",
          "/fr/blog/appel-a-interventions-journees-bluehats-2024/floss@numerique.gouv.fr",
          "/fr/bluehats/bluehats_18/floss@numerique.gouv.fr");

  @TempDir static Path dir;
  static BuildReport report;
  static Path site;
  static SiteConfig config;

  @BeforeAll
  static void build() throws Exception {
    config = Corpus.config();
    site = dir.resolve("site");
    report = SiteBuild.builder().config(config).baseUrl(BASE).build().run(Corpus.content(), site);
    // The output folder is a link to the generation the build switched in.
    site = site.toRealPath();
  }

  /** The site path a link leads to, when it stays on the site; decoded, without query/fragment. */
  private static Optional<String> target(String pageUrl, String href) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("#") || h.startsWith("data:")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(BASE + pageUrl).resolve(h.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return Optional.of("(malformed) " + h);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
        || !"code.gouv.fr".equalsIgnoreCase(uri.getHost())) {
      return Optional.empty();
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    return Optional.of(
        URI.create("x:" + path.replace(" ", "%20"))
            .normalize()
            .getSchemeSpecificPart()
            .replace("%20", " "));
  }

  /** Whether a static server of the output answers a site path (a folder gives its index.html). */
  private static boolean served(String path) {
    Path file = site.resolve(path.substring(1)).normalize();
    if (!file.startsWith(site)) {
      return false;
    }
    return path.endsWith("/")
        ? Files.isRegularFile(file.resolve("index.html"))
        : Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
  }

  /** The URL of the page an output file is served at. */
  private static String pageUrl(Path file) {
    String relative = site.relativize(file).toString().replace('\\', '/');
    return relative.endsWith("index.html")
        ? "/" + relative.substring(0, relative.length() - "index.html".length())
        : "/" + relative;
  }

  /** Every internal 404 of the crawl: target path to the pages linking it. */
  private static Map<String, Set<String>> crawl() throws Exception {
    Map<String, Set<String>> missing = new TreeMap<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(200);
    for (Path file : pages) {
      String url = pageUrl(file);
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
        String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        Optional<String> path = target(url, href);
        if (path.isEmpty() || config.ignoresLink(path.get()) || served(path.get())) {
          continue;
        }
        missing.computeIfAbsent(path.get(), k -> new TreeSet<>()).add(url);
      }
    }
    return missing;
  }

  /**
   * The targets of the build's link.broken and asset.missing warnings, resolved against their
   * posts' URLs.
   */
  private static Set<String> reported() throws Exception {
    Map<String, String> urlBySource = new HashMap<>();
    for (Post post : Corpus.tree().posts()) {
      post.url().ifPresent(u -> urlBySource.put(post.source(), u));
    }
    Set<String> targets = new TreeSet<>();
    Path content = Corpus.content();
    for (Problem p : report.problems()) {
      if (!p.code().equals("link.broken") && !p.code().equals("asset.missing")) {
        continue;
      }
      String source = p.file();
      if (source.startsWith(content.toString())) {
        source = content.relativize(Path.of(source)).toString().replace('\\', '/');
      }
      String message = p.message();
      // link.broken: "the link to X leads to no …"; asset.missing: "'X' names a file that …".
      String href =
          p.code().equals("link.broken")
              ? message.substring("the link to ".length(), message.indexOf(" leads to no "))
              : message.substring(1, message.indexOf("' names a file"));
      String pageUrl = urlBySource.get(source);
      assertThat(pageUrl).as("the URL of %s", source).isNotNull();
      target(pageUrl, href).ifPresent(targets::add);
    }
    return targets;
  }

  @Test
  void everyInternalLinkResolvesOrIsABodyLinkTheBuildReported() throws Exception {
    assertThat(report.committed())
        .as("%s", report.problems().stream().filter(Problem::isError).toList())
        .isTrue();
    Map<String, Set<String>> missing = crawl();
    Set<String> reported = reported();

    // Every link the build reported really answers 404 in the site it wrote.
    assertThat(reported).isSubsetOf(missing.keySet());
    // Every other 404 is a known link of Billet's own pages: none from a body goes unreported.
    Map<String, Set<String>> unreported = new TreeMap<>(missing);
    unreported.keySet().removeAll(reported);
    // The footer's site map link (examples/sites/code.gouv.fr.yaml): not a body link, its page is
    // the sections' own and is checked with them.
    unreported.keySet().removeAll(Set.of("/fr/sitemap/", "/en/sitemap/"));
    assertThat(unreported.keySet())
        .as("internal links answering 404 that the build did not report: %s", unreported)
        .containsExactlyInAnyOrderElementsOf(union(TEMPLATE_404, BODY_404_UNREPORTED));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
