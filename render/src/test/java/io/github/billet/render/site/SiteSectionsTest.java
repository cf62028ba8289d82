package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.testing.NuChecker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with two sections (a blog by collection, BlueHats by folder), tags in both, a page in no
 * section and a French home page from {@code fr/index.md}: each section gets its listing, tag pages
 * and feeds, chips link only to built pages, and every page is reachable from the home page.
 */
class SiteSectionsTest {

  private static final String CONFIG =
      """
      title: {fr: "Le site", en: "The site"}
      baseUrl: https://example.gouv.fr
      languages: [fr, en]
      rules:
        - match: "fr/**"
          lang: fr
          url: "/{dir}/{slug}/"
          requireDate: false
        - match: "en/**"
          lang: en
          url: "/{dir}/{slug}/"
          requireDate: false
        - match: "*/blog/posts/**"
          tags: [posts]
          url: "/{lang}/blog/{slug}/"
        - match: "fr/bluehats/webinaires/**"
          tags: [bluehats_posts, webinaire]
          url: "/{lang}/bluehats/{slug}/"
      sections:
        - id: blog
          collection: posts
          url: "/{lang}/blog/"
          title: {fr: "Le blog", en: "The blog"}
        - id: bluehats
          match: ["fr/bluehats/webinaires"]
          url: "/{lang}/bluehats/"
          title: {fr: "BlueHats"}
          pageSize: 1
      """;

  @TempDir static Path dir;
  static Path site;
  static BuildReport report;

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String post(String title, String date, String tags, String body) {
    return "---\ntitle: \""
        + title
        + "\"\n"
        + (date.isEmpty() ? "" : "date: " + date + "\n")
        + "tags: ["
        + tags
        + "]\n---\n"
        + body
        + "\n";
  }

  @BeforeAll
  static void build() throws Exception {
    Path content = dir.resolve("content");
    write(content, "fr/blog/posts/un.md", post("Un", "2024-01-01", "Données, Commun", "Un."));
    write(content, "fr/blog/posts/deux.md", post("Deux", "2024-02-01", "Données", "Deux."));
    write(content, "en/blog/posts/one.md", post("One", "2024-01-01", "Data", "One."));
    write(
        content,
        "fr/bluehats/webinaires/w1.md",
        post("Webinaire 1", "2024-03-01", "Données", "W1."));
    write(content, "fr/bluehats/webinaires/w2.md", post("Webinaire 2", "2024-04-01", "", "W2."));
    write(content, "fr/a-propos.md", post("À propos", "", "Divers", "Qui sommes-nous."));
    write(
        content,
        "fr/index.md",
        "---\ntitle: Bienvenue\npermalink: /fr/\n---\nLe site des **logiciels libres**.\n");
    site = dir.resolve("site");
    report =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", CONFIG))
            .build()
            .run(content, site);
    site = site.toRealPath();
  }

  private static Document page(String url) throws IOException {
    Path file = site.resolve(url.substring(1)).resolve("index.html");
    assertThat(file).as(url).isRegularFile();
    return Jsoup.parse(file.toFile(), "UTF-8", "https://example.gouv.fr" + url);
  }

  private static List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void eachSectionGetsItsListingTagPagesAndFeeds() throws Exception {
    assertThat(report.committed()).as("%s", report.problems()).isTrue();
    assertThat(report.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(files())
        .contains(
            "fr/blog/index.html",
            "fr/blog/tags/donnees/index.html",
            "fr/blog/tags/commun/index.html",
            "en/blog/tags/data/index.html",
            "fr/bluehats/index.html",
            "fr/bluehats/page-2/index.html",
            "fr/bluehats/tags/donnees/index.html",
            "fr/bluehats/tags/webinaire/index.html",
            "fr/bluehats/tags/webinaire/page-2/index.html",
            "fr/blog/feed/feed.xml",
            "fr/blog/feed/feed.json",
            "fr/bluehats/feed/feed.xml",
            "en/blog/feed/feed.xml",
            "fr/sitemap/index.html",
            "en/sitemap/index.html",
            "index.html",
            "fr/index.html",
            "en/index.html")
        .doesNotContain("fr/blog/tags/webinaire/index.html", "fr/blog/tags/divers/index.html");
    Document bluehats = page("/fr/bluehats/");
    assertThat(bluehats.select("h1").text()).isEqualTo("BlueHats");
    assertThat(bluehats.select(".fr-card__title a").eachAttr("href"))
        .containsExactly("/fr/bluehats/w2/");
    assertThat(page("/fr/bluehats/tags/donnees/").select(".fr-card__title a").eachAttr("href"))
        .containsExactly("/fr/bluehats/w1/");
    assertThat(page("/fr/blog/tags/donnees/").select(".fr-card__title a").eachAttr("href"))
        .containsExactly("/fr/blog/deux/", "/fr/blog/un/");
    String feed = Files.readString(site.resolve("fr/bluehats/feed/feed.xml"));
    assertThat(feed)
        .contains(
            "<title type=\"text\">BlueHats - Le site</title>",
            "<title type=\"text\">Webinaire 2</title>",
            "<title type=\"text\">Webinaire 1</title>")
        .doesNotContain("/fr/blog/un/");
  }

  @Test
  void chipsLinkToTheirSectionsTagPagesAndAPageInNoSectionShowsNone() throws Exception {
    assertThat(page("/fr/bluehats/w1/").select(".fr-tags-group a").eachAttr("href"))
        .containsExactly("/fr/bluehats/tags/donnees/", "/fr/bluehats/tags/webinaire/");
    assertThat(page("/fr/blog/un/").select(".fr-tags-group a").eachAttr("href"))
        .containsExactly("/fr/blog/tags/donnees/", "/fr/blog/tags/commun/");
    Document about = page("/fr/a-propos/");
    assertThat(about.select(".fr-tag")).isEmpty();
    assertThat(about.text()).doesNotContain("Divers");
  }

  @Test
  void neighboursStayWithinTheSection() throws Exception {
    Document w1 = page("/fr/bluehats/w1/");
    List<String> around =
        w1.select("main a[href]").eachAttr("href").stream()
            .filter(h -> h.startsWith("/fr/blog/") || h.startsWith("/fr/bluehats/w"))
            .toList();
    assertThat(around).containsExactly("/fr/bluehats/w2/");
    Document deux = page("/fr/blog/deux/");
    assertThat(deux.select("a[href=/fr/blog/un/]")).isNotEmpty();
    assertThat(deux.select("a[href^=/fr/bluehats/w]")).isEmpty();
  }

  @Test
  void theHomePageShowsTheIndexBodyAndTheLatestPostsOfEachSection() throws Exception {
    Document fr = page("/fr/");
    assertThat(fr.select("h1").text()).isEqualTo("Bienvenue");
    assertThat(fr.select("main strong").text()).isEqualTo("logiciels libres");
    assertThat(fr.select("main section > h2").eachText()).containsExactly("Le blog", "BlueHats");
    assertThat(fr.select("main a[href=/fr/blog/]")).isNotEmpty();
    assertThat(fr.select("main a[href=/fr/bluehats/]")).isNotEmpty();
    assertThat(fr.select(".fr-card__title a").eachAttr("href"))
        .containsExactly("/fr/blog/deux/", "/fr/blog/un/", "/fr/bluehats/w2/", "/fr/bluehats/w1/");
    assertThat(fr.text()).doesNotContain("Page 1 sur");
    // The English home has no index page: the site's title, and its one section with posts.
    Document en = page("/en/");
    assertThat(en.select("h1").text()).isEqualTo("The site");
    assertThat(en.select(".fr-card__title a").eachAttr("href")).containsExactly("/en/blog/one/");
    // The site's root shows the first language's home.
    assertThat(Files.readString(site.resolve("index.html")))
        .isEqualTo(Files.readString(site.resolve("fr/index.html")));
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap)
        .contains(
            "<loc>https://example.gouv.fr/fr/</loc>",
            "<loc>https://example.gouv.fr/fr/bluehats/</loc>",
            "<loc>https://example.gouv.fr/fr/bluehats/tags/webinaire/page-2/</loc>",
            "<loc>https://example.gouv.fr/fr/sitemap/</loc>",
            "<loc>https://example.gouv.fr/fr/a-propos/</loc>");
  }

  @Test
  void theSiteMapListsEverySectionPostAndThePagesInNoSection() throws Exception {
    Document map = page("/fr/sitemap/");
    assertThat(map.select("h1").text()).isEqualTo("Plan du site");
    assertThat(map.select("main a").eachAttr("href"))
        .containsExactly(
            "/fr/",
            "/fr/blog/",
            "/fr/blog/deux/",
            "/fr/blog/un/",
            "/fr/bluehats/",
            "/fr/bluehats/w2/",
            "/fr/bluehats/w1/",
            "/fr/a-propos/");
  }

  @Test
  void everyPageIsReachableFromTheHomePageAndEveryLinkLeadsToABuiltPage() throws Exception {
    Set<String> pages = new TreeSet<>();
    for (String file : files()) {
      if (file.endsWith("index.html") && !file.equals("index.html")) {
        pages.add("/" + file.substring(0, file.length() - "index.html".length()));
      }
    }
    Set<String> seen = new TreeSet<>();
    Set<String> broken = new TreeSet<>();
    // Each language's home page is where its readers start.
    Deque<String> queue = new ArrayDeque<>(List.of("/fr/", "/en/"));
    while (!queue.isEmpty()) {
      String url = queue.poll();
      if (!seen.add(url)) {
        continue;
      }
      for (Element a : page(url).select("a[href]")) {
        URI target = URI.create(a.absUrl("href"));
        if (!"example.gouv.fr".equals(target.getHost()) || !target.getPath().endsWith("/")) {
          continue;
        }
        if (pages.contains(target.getPath())) {
          queue.add(target.getPath());
        } else {
          broken.add(url + " -> " + target.getPath());
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(seen).containsAll(pages);
  }

  @Test
  void theNewPageKindsAreValidHtml() throws Exception {
    NuChecker checker = new NuChecker();
    for (String url : List.of("/fr/", "/en/", "/fr/sitemap/", "/fr/bluehats/", "/fr/a-propos/")) {
      String html = Files.readString(site.resolve(url.substring(1)).resolve("index.html"));
      assertThat(checker.errors(html)).as(url).isEmpty();
    }
  }

  @Test
  void withoutSectionsTheListedCollectionIsTheBlogAndTheHomeIsALandingPage(@TempDir Path other)
      throws Exception {
    Path content = other.resolve("content");
    for (int n = 1; n <= 12; n++) {
      write(
          content,
          "fr/blog/posts/p" + n + ".md",
          post("Billet " + n, "2024-01-" + (10 + n), "Données", "Texte " + n + "."));
    }
    write(content, "fr/bluehats/webinaires/w1.md", post("Webinaire", "2024-03-01", "Code", "W."));
    String config = CONFIG.substring(0, CONFIG.indexOf("sections:"));
    Path out = other.resolve("site");
    BuildReport built =
        SiteBuild.builder().config(SiteConfig.parse("site.yaml", config)).build().run(content, out);
    assertThat(built.committed()).as("%s", built.problems()).isTrue();
    Path root = out.toRealPath();
    assertThat(root.resolve("fr/blog/page-2/index.html")).isRegularFile();
    assertThat(root.resolve("fr/blog/tags/donnees/index.html")).isRegularFile();
    assertThat(root.resolve("fr/blog/feed")).doesNotExist();
    assertThat(root.resolve("fr/bluehats/index.html")).doesNotExist();
    // The webinar is in no section: its tags have no page, so it shows no chip.
    Document webinar = Jsoup.parse(root.resolve("fr/bluehats/w1/index.html").toFile(), "UTF-8", "");
    assertThat(webinar.select(".fr-tag")).isEmpty();
    Document home = Jsoup.parse(root.resolve("fr/index.html").toFile(), "UTF-8", "");
    assertThat(home.text()).doesNotContain("Page 1 sur");
    assertThat(home.select("h1").text()).isEqualTo("Le site");
    assertThat(home.select(".fr-card__title a").eachAttr("href"))
        .containsExactly("/fr/blog/p12/", "/fr/blog/p11/", "/fr/blog/p10/");
    assertThat(Jsoup.parse(root.resolve("fr/sitemap/index.html").toFile(), "UTF-8", "").text())
        .contains("Billet 1", "Billet 12", "Webinaire");
  }

  @Test
  void aBreadcrumbLinksOnlyToPagesThatExist(@TempDir Path other) throws Exception {
    Path content = other.resolve("content");
    write(content, "fr/blog/posts/un.md", post("Un", "2024-01-01", "", "Un."));
    write(
        content,
        "fr/mission/interventions.md",
        """
        ---
        title: Interventions
        showBreadcrumb: true
        segments:
          - {url: /interventions/, title: "Interventions de la mission"}
          - {url: /blog/, title: "Le blog"}
        ---
        Texte.
        """);
    Path out = other.resolve("site");
    BuildReport built =
        SiteBuild.builder().config(SiteConfig.parse("site.yaml", CONFIG)).build().run(content, out);
    assertThat(built.committed()).as("%s", built.problems()).isTrue();
    Document page =
        Jsoup.parse(
            out.toRealPath().resolve("fr/mission/interventions/index.html").toFile(), "UTF-8");
    assertThat(page.select(".fr-breadcrumb a[href]").eachAttr("href"))
        .containsExactly("/fr/", "/fr/blog/");
  }
}
