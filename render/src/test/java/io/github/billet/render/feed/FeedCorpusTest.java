package io.github.billet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.testing.Corpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds the feeds and sitemap of the real code.gouv.fr corpus, loaded with the site's
 * configuration ({@code examples/sites/code.gouv.fr.yaml}), and checks them with ROME, the JSON
 * Feed schema and the DOM parser. Skipped when the corpus (system property {@code billet.corpus})
 * is absent.
 */
class FeedCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://code.gouv.fr";

  private static ContentTree tree;
  private static SiteConfig config;
  private static FeedWriter feeds;

  @BeforeAll
  static void load() throws Exception {
    Path corpus = Corpus.root();
    config = Corpus.config();
    tree =
        ContentLoader.builder().config(config).build().load(corpus.resolve("code.gouv.fr/content"));
    feeds =
        FeedWriter.builder()
            .baseUrl(config.baseUrl())
            .content(BodyRenderer.builder().allowedIframeHosts("tube.numerique.gouv.fr").build())
            .build();
  }

  private static List<Post> blogPosts() {
    return tree.posts().stream().filter(p -> p.inCollection("posts")).toList();
  }

  /** What the feed must hold, computed independently: the ten newest eligible posts. */
  private static List<String> expectedUrls(List<Post> posts) {
    return posts.stream()
        .filter(p -> p.isPublished() && !p.draft() && p.date().isPresent())
        .sorted(
            Comparator.comparing((Post p) -> p.date().orElseThrow())
                .reversed()
                .thenComparing(p -> p.url().orElseThrow()))
        .limit(10)
        .map(p -> BASE + p.url().orElseThrow())
        .toList();
  }

  private static FeedMetadata metadata(String name, Language language) {
    FeedMetadata.Builder b =
        FeedMetadata.builder()
            .title(config.title(language == null ? Language.FRENCH : language).orElseThrow())
            .homePageUrl(language == null ? "/" : "/" + language.code() + "/blog/")
            .atomUrl("/feed/" + name + ".xml")
            .jsonUrl("/feed/" + name + ".json");
    if (language != null) {
      b.language(language);
    }
    return b.build();
  }

  @Test
  void blogFeedsHoldTheTenNewestPostsWithAbsoluteUrls() throws Exception {
    List<Post> blog = blogPosts();
    assertThat(blog).hasSizeGreaterThanOrEqualTo(30);
    List<String> expected = expectedUrls(blog);
    assertThat(expected).hasSize(10);
    Map<String, Post> byUrl =
        blog.stream()
            .filter(Post::isPublished)
            .collect(Collectors.toMap(p -> BASE + p.url().orElseThrow(), p -> p, (a, b) -> a));
    FeedMetadata meta = metadata("blog", Language.FRENCH);

    String xml = feeds.atom(meta, blog);
    SyndFeed atom = FeedFixtures.rome(xml);
    assertThat(atom.getEntries())
        .extracting(SyndEntry::getLink)
        .containsExactlyElementsOf(expected);
    for (SyndEntry entry : atom.getEntries()) {
      Post post = byUrl.get(entry.getLink());
      assertThat(entry.getUri()).isEqualTo(entry.getLink());
      assertThat(entry.getTitle()).isEqualTo(post.title());
      assertThat(entry.getPublishedDate().toInstant())
          .isEqualTo(post.date().orElseThrow().atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(entry.getCategories())
          .extracting(c -> c.getName())
          .containsExactlyElementsOf(post.tags());
      String content = entry.getContents().get(0).getValue();
      assertThat(content).isNotBlank().doesNotContain("href=\"/", "src=\"/", "src=\"./");
      entry.getEnclosures().forEach(e -> assertThat(e.getUrl()).startsWith(BASE + "/"));
    }
    assertEntryLanguages(FeedFixtures.dom(xml), expected, byUrl);

    String json = feeds.json(meta, blog);
    FeedFixtures.JsonFeedSchema.assertValid(json);
    JsonNode items = JSON.readTree(json).get("items");
    List<String> urls = new ArrayList<>();
    for (JsonNode item : items) {
      urls.add(item.get("url").asText());
      Post post = byUrl.get(item.get("url").asText());
      assertThat(item.get("language").asText()).isEqualTo(post.language().orElseThrow().code());
      assertThat(item.get("date_published").asText())
          .isEqualTo(post.date().orElseThrow() + "T00:00:00Z");
      assertThat(item.get("content_html").asText()).doesNotContain("href=\"/", "src=\"./");
      if (item.has("image")) {
        assertThat(item.get("image").asText()).startsWith(BASE + "/");
      }
    }
    assertThat(urls).containsExactlyElementsOf(expected);
  }

  @Test
  void siteWideAndPerLanguageFeeds() throws Exception {
    List<Post> all = tree.posts();
    String xml = feeds.atom(metadata("feed", null), all);
    SyndFeed atom = FeedFixtures.rome(xml);
    assertThat(atom.getEntries())
        .extracting(SyndEntry::getLink)
        .containsExactlyElementsOf(expectedUrls(all));
    String json = feeds.json(metadata("feed", null), all);
    FeedFixtures.JsonFeedSchema.assertValid(json);
    assertThat(JSON.readTree(json).get("items")).hasSize(10);

    for (Language configured : config.languages()) {
      Language language = configured;
      List<Post> entries = feeds.entries(all, language);
      assertThat(entries).allMatch(p -> p.language().orElseThrow().code().equals(language.code()));
      String perLanguage = feeds.json(metadata("feed-" + language, language), entries);
      FeedFixtures.JsonFeedSchema.assertValid(perLanguage);
      JsonNode feed = JSON.readTree(perLanguage);
      assertThat(feed.get("language").asText()).isEqualTo(language.locale().toLanguageTag());
      for (JsonNode item : feed.get("items")) {
        assertThat(item.get("language").asText()).isEqualTo(language.locale().toLanguageTag());
      }
      FeedFixtures.rome(feeds.atom(metadata("feed-" + language, language), entries));
    }
    assertThat(feeds.entries(all, Language.FRENCH)).hasSize(10);
  }

  @Test
  void sitemapOfEveryPublishedPage() throws Exception {
    List<SitemapEntry> entries =
        tree.posts().stream().filter(Post::isPublished).map(SitemapEntry::of).toList();
    // The one pair the corpus links explicitly (see the corpus README).
    Map<String, String> osor =
        Map.of(
            "fr", "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/",
            "en", "/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
    List<SitemapEntry> withPair = new ArrayList<>();
    for (SitemapEntry e : entries) {
      withPair.add(osor.containsValue(e.url()) ? e.withAlternates(osor) : e);
    }
    String xml =
        SitemapWriter.builder()
            .baseUrl(config.baseUrl())
            .defaultLanguage(config.languages().get(0))
            .build()
            .sitemap(withPair);
    Document doc = FeedFixtures.dom(xml);
    NodeList locs = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NAMESPACE, "loc");
    assertThat(locs.getLength()).isEqualTo(entries.size()).isGreaterThan(200);
    List<String> loc = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      loc.add(locs.item(i).getTextContent());
    }
    assertThat(loc).isSorted().allMatch(u -> u.startsWith(BASE + "/"));
    assertThat(doc.getElementsByTagNameNS(SitemapWriter.XHTML_NAMESPACE, "link").getLength())
        .isEqualTo(6);
  }

  private static void assertEntryLanguages(
      Document doc, List<String> urls, Map<String, Post> byUrl) {
    NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(urls.size());
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      assertThat(entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
          .isEqualTo(byUrl.get(urls.get(i)).language().orElseThrow().code());
    }
  }

  /**
   * The BlueHats feed is made of webinars, whose main content is their video: each entry links to
   * its video and slides after the body, the slides whose src and title are swapped excepted.
   */
  @Test
  void webinarEntriesLinkToTheirVideoAndSlides() throws Exception {
    List<Post> webinars =
        tree.posts().stream()
            .filter(p -> p.source().startsWith("fr/bluehats/webinaires/"))
            .filter(p -> p.isPublished() && p.date().isPresent())
            .toList();
    assertThat(webinars).hasSizeGreaterThan(40);
    FeedWriter all = FeedWriter.builder().baseUrl(config.baseUrl()).limit(1000).build();
    JsonNode items =
        JSON.readTree(all.json(metadata("webinaires", Language.FRENCH), webinars)).get("items");
    assertThat(items).hasSize(webinars.size());
    Map<String, Post> byUrl =
        webinars.stream().collect(Collectors.toMap(p -> BASE + p.url().orElseThrow(), p -> p));
    int videos = 0;
    int slides = 0;
    for (JsonNode item : items) {
      Post post = byUrl.get(item.get("url").asText());
      String html = item.get("content_html").asText();
      String video = post.frontMatter().getString("video.src").orElse("");
      if (video.startsWith("https://")) {
        assertThat(html).as(post.source()).contains("<a href=\"" + video + "\">");
        videos++;
      }
      String slide = post.frontMatter().getString("slides.src").orElse("");
      if (slide.startsWith("https://")) {
        assertThat(html).as(post.source()).contains("<a href=\"" + slide + "\">");
        slides++;
      } else if (!slide.isEmpty()) {
        assertThat(post.source()).endsWith("france-brevets.md");
        assertThat(html).doesNotContain(slide);
      }
    }
    assertThat(videos).isGreaterThanOrEqualTo(50);
    assertThat(slides).isGreaterThanOrEqualTo(10);
  }

  @Test
  void newestBlogPostDatesTheFeed() throws Exception {
    List<Post> blog = blogPosts();
    LocalDate newest =
        blog.stream()
            .filter(Post::isPublished)
            .flatMap(p -> p.date().stream())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    String xml = feeds.atom(metadata("blog", Language.FRENCH), blog);
    assertThat(xml).contains("<updated>" + newest + "T00:00:00Z</updated>");
  }
}
