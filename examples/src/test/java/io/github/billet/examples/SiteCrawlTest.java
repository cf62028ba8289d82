package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.Corpus;
import io.github.billet.testing.NuChecker;
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
 * {@code link.broken} or {@code asset.missing}; Billet's own pages link to no missing page.
 */
class SiteCrawlTest {

  private static final String BASE = "https://code.gouv.fr";

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
    // No other link answers 404: none from Billet's own pages (menus, chips, breadcrumbs, footer,
    // covers), none from a body that the build did not report.
    Map<String, Set<String>> unreported = new TreeMap<>(missing);
    unreported.keySet().removeAll(reported);
    assertThat(unreported)
        .as("internal links answering 404 that the build did not report (target: pages)")
        .isEmpty();
  }

  /**
   * Every HTML page the build wrote, with the site's frame, home, site map, section listings and
   * tag pages, passes the Nu HTML checker (the pages rendered one by one are checked under each
   * HTML policy by render's {@code CorpusPagesTest}).
   */
  @Test
  void everyPageTheBuildWrotePassesTheNuChecker() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    NuChecker checker = new NuChecker();
    Map<String, List<String>> invalid = new TreeMap<>();
    for (Path page : pages) {
      List<String> errors = checker.errors(Files.readString(page, StandardCharsets.UTF_8));
      if (!errors.isEmpty()) {
        invalid.put(pageUrl(page), errors);
      }
    }
    assertThat(pages).hasSizeGreaterThan(200);
    assertThat(invalid).as("pages with Nu errors").isEmpty();
  }

  @Test
  void eachSectionHasItsListingAndTagPagesAndItsPostsChipsLinkThere() throws Exception {
    assertThat(served("/fr/bluehats/")).isTrue();
    assertThat(served("/fr/bluehats/tags/webinaire/")).isTrue();
    assertThat(served("/fr/bluehats/tags/gazette/")).isTrue();
    assertThat(served("/fr/bluehats/tags/rencontre/")).isTrue();
    assertThat(served("/fr/bluehats/feed/feed.xml")).isTrue();
    assertThat(served("/fr/blog/tags/webinaire/")).isFalse();
    Document bluehats = Jsoup.parse(site.resolve("fr/bluehats/index.html").toFile(), "UTF-8");
    assertThat(bluehats.select("h1").text()).isEqualTo("BlueHats");
    assertThat(bluehats.select(".fr-card__title a").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.startsWith("/fr/bluehats/"));
    Document webinar = Jsoup.parse(site.resolve("fr/bluehats/matomo/index.html").toFile(), "UTF-8");
    assertThat(webinar.select(".fr-tags-group a").eachAttr("href"))
        .contains("/fr/bluehats/tags/webinaire/")
        .allMatch(h -> h.startsWith("/fr/bluehats/tags/"));
    Document home = Jsoup.parse(site.resolve("fr/index.html").toFile(), "UTF-8");
    assertThat(home.text()).doesNotContain("Page 1 sur");
    assertThat(home.select("main a").eachAttr("href")).contains("/fr/blog/", "/fr/bluehats/");
  }

  /**
   * Every page the build wrote is reachable by following links from the home pages of the site's
   * languages (through a section's listing, or the site map for pages in no section).
   */
  @Test
  void everyPageIsReachableFromTheHomePages() throws Exception {
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(site)) {
      files
          .filter(f -> f.getFileName().toString().equals("index.html"))
          .forEach(f -> pages.add(pageUrl(f)));
    }
    Set<String> seen = new TreeSet<>();
    java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/fr/", "/en/"));
    while (!queue.isEmpty()) {
      String url = queue.poll();
      if (!seen.add(url)) {
        continue;
      }
      Path file = site.resolve(url.substring(1)).resolve("index.html");
      for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
        Optional<String> path = target(url, a.attr("href"));
        if (path.isPresent() && pages.contains(path.get())) {
          queue.add(path.get());
        }
      }
    }
    Set<String> unreachable = new TreeSet<>(pages);
    unreachable.removeAll(seen);
    unreachable.remove("/"); // the site's root shows the first language's home page
    assertThat(unreachable).isEmpty();
  }
}
