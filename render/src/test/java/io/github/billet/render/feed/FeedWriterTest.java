package io.github.billet.render.feed;

import static io.github.billet.render.feed.FeedFixtures.BASE;
import static io.github.billet.render.feed.FeedFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import io.github.billet.core.Post;
import io.github.billet.render.body.BodyRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private static final FeedMetadata FRENCH =
      FeedMetadata.builder()
          .title("Le blog")
          .subtitle("Nouvelles du libre")
          .language(io.github.billet.core.Language.FRENCH)
          .homePageUrl("/fr/blog/")
          .atomUrl("/fr/feed/feed.xml")
          .jsonUrl("/fr/feed/feed.json")
          .build();

  private static final Function<Post, String> BODY =
      p ->
          "<p>Lire <a href=\"/fr/blog/autre/\">l'autre</a> et <a href=\"#note\">la note</a>.</p>"
              + "<p><img src=\"./schema.png\" alt=\"\" srcset=\"./a.png 1x, /img/b.png 2x\"></p>"
              + "<p><a href=\"https://ailleurs.org/x\">ailleurs</a> <a href=\"mailto:a@b.fr\">mail</a>"
              + " <a href=\"//cdn.example.org/y\">cdn</a> <a href=\"?page=2\">suite</a></p>";

  private static FeedWriter writer() {
    return FeedWriter.builder().baseUrl(BASE + "/").content(BODY).build();
  }

  private static List<Post> samplePosts() {
    return List.of(
        post("guide")
            .title("L'Europe publie un guide")
            .description("Entretien avec l'OSOR")
            .date(LocalDate.of(2024, 3, 26))
            .tags("Europe", "Documentation")
            .image("./osor-handbook.png")
            .frontMatter(
                Map.of(
                    "authors",
                    List.of(
                        "Bastien Guerry",
                        Map.of("name", "Jane Doe", "url", "/fr/equipe/jane/"),
                        Map.of("url", "no name"))))
            .build(),
        post("handbook")
            .language(Locale.ENGLISH)
            .url("/fr/blog/osor-handbook/")
            .title("Europe publishes a handbook")
            .date(LocalDate.of(2024, 3, 26))
            .tags("Europe")
            .image("/img/default.png")
            .frontMatter(Map.of("author", "Jane Doe"))
            .build(),
        post("ancien").title("Un ancien billet").date(LocalDate.of(2023, 1, 5)).build(),
        post("brouillon").draft().date(LocalDate.of(2025, 1, 1)).build(),
        post("cache").unpublished().date(LocalDate.of(2025, 1, 2)).build(),
        post("sans-date").date(null).build());
  }

  @Test
  void entriesAreTheNewestPublishedDatedPostsThenByUrl() {
    List<Post> entries = writer().entries(samplePosts());
    assertThat(entries)
        .extracting(p -> p.url().orElseThrow())
        .containsExactly("/fr/blog/guide/", "/fr/blog/osor-handbook/", "/fr/blog/ancien/");
  }

  @Test
  void limitKeepsTheNewestAndDefaultsToTen() {
    List<Post> many = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      many.add(post("p" + i).date(LocalDate.of(2024, 1, i)).build());
    }
    many.add(post("doublon").url("/fr/blog/p15/").date(LocalDate.of(2024, 1, 15)).build());
    assertThat(FeedWriter.builder().baseUrl(BASE).build().limit()).isEqualTo(10);
    assertThat(writer().entries(many))
        .hasSize(10)
        .extracting(Post::slug)
        .startsWith("doublon", "p14")
        .doesNotContain("p15", "p5");
    assertThat(FeedWriter.builder().baseUrl(BASE).limit(2).build().entries(many))
        .extracting(Post::slug)
        .containsExactly("doublon", "p14");
    assertThatThrownBy(() -> FeedWriter.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void languageHelperFiltersByLanguageCode() {
    List<Post> posts = new ArrayList<>(samplePosts());
    posts.add(post("quebec").language(Locale.CANADA_FRENCH).date(LocalDate.of(2022, 1, 1)).build());
    posts.add(post("inconnue").language(null).build());
    FeedWriter feeds = writer();
    assertThat(feeds.entries(posts, io.github.billet.core.Language.FRENCH))
        .extracting(Post::slug)
        .containsExactly("guide", "ancien", "quebec");
    assertThat(feeds.entries(posts, io.github.billet.core.Language.ENGLISH))
        .extracting(Post::slug)
        .containsExactly("handbook");
    assertThat(feeds.entries(posts)).extracting(Post::slug).contains("inconnue");
  }

  @Test
  void bothFeedsAtOnceAreTheFeedsOneByOne() {
    FeedWriter feeds = writer();
    FeedWriter.Both both = feeds.both(FRENCH, samplePosts());
    assertThat(both.atom()).isEqualTo(feeds.atom(FRENCH, samplePosts())).contains("<entry ");
    assertThat(both.json()).isEqualTo(feeds.json(FRENCH, samplePosts())).contains("\"items\"");
  }

  @Test
  void atomRoundTripsThroughRome() throws Exception {
    String xml = writer().atom(FRENCH, samplePosts());
    SyndFeed feed = FeedFixtures.rome(xml);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Le blog");
    assertThat(feed.getDescription()).isEqualTo("Nouvelles du libre");
    assertThat(feed.getUri()).isEqualTo(BASE + "/fr/feed/feed.xml");
    // ROME drops Atom's xml:lang: atomEntriesCarryTheirLanguage reads it with the DOM.
    assertThat(feed.getPublishedDate()).isEqualTo(midnight(2024, 3, 26));
    assertThat(feed.getLinks())
        .extracting(SyndLink::getRel, SyndLink::getType, SyndLink::getHref)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "self", "application/atom+xml", BASE + "/fr/feed/feed.xml"),
            org.assertj.core.groups.Tuple.tuple("alternate", "text/html", BASE + "/fr/blog/"),
            org.assertj.core.groups.Tuple.tuple(
                "alternate", "application/feed+json", BASE + "/fr/feed/feed.json"));
    assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Le blog");

    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries)
        .extracting(SyndEntry::getTitle)
        .containsExactly(
            "L'Europe publie un guide", "Europe publishes a handbook", "Un ancien billet");
    SyndEntry guide = entries.get(0);
    assertThat(guide.getUri()).isEqualTo(BASE + "/fr/blog/guide/");
    assertThat(guide.getLink()).isEqualTo(BASE + "/fr/blog/guide/");
    assertThat(guide.getPublishedDate()).isEqualTo(midnight(2024, 3, 26));
    assertThat(guide.getUpdatedDate()).isEqualTo(midnight(2024, 3, 26));
    assertThat(guide.getDescription().getValue()).isEqualTo("Entretien avec l'OSOR");
    assertThat(guide.getCategories())
        .extracting(SyndCategory::getName)
        .containsExactly("Europe", "Documentation");
    assertThat(guide.getAuthors())
        .extracting(SyndPerson::getName, SyndPerson::getUri)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bastien Guerry", null),
            org.assertj.core.groups.Tuple.tuple("Jane Doe", BASE + "/fr/equipe/jane/"));
    assertThat(guide.getEnclosures()).hasSize(1);
    assertThat(guide.getEnclosures().get(0).getUrl())
        .isEqualTo(BASE + "/fr/blog/guide/osor-handbook.png");
    assertThat(guide.getEnclosures().get(0).getType()).isEqualTo("image/png");
    assertThat(guide.getContents()).hasSize(1);
    assertThat(guide.getContents().get(0).getType()).isEqualTo("html");
    assertAbsoluteContent(guide.getContents().get(0).getValue(), BASE + "/fr/blog/guide/");
    assertThat(entries.get(1).getEnclosures().get(0).getUrl()).isEqualTo(BASE + "/img/default.png");
  }

  @Test
  void atomEntriesCarryTheirLanguage() throws Exception {
    Document doc = FeedFixtures.dom(writer().atom(FRENCH, samplePosts()));
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
    assertThat(root.getAttributeNS(XML_NS, "lang")).isEqualTo("fr");
    NodeList entries = doc.getElementsByTagNameNS(ATOM_NS, "entry");
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      languages.add(((Element) entries.item(i)).getAttributeNS(XML_NS, "lang"));
    }
    assertThat(languages).containsExactly("fr", "en", "fr");
  }

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  @Test
  void jsonFeedIsValidAndCarriesEverything() throws Exception {
    String json = writer().json(FRENCH, samplePosts());
    FeedFixtures.JsonFeedSchema.assertValid(json);
    JsonNode feed = JSON.readTree(json);
    assertThat(feed.get("title").asText()).isEqualTo("Le blog");
    assertThat(feed.get("description").asText()).isEqualTo("Nouvelles du libre");
    assertThat(feed.get("home_page_url").asText()).isEqualTo(BASE + "/fr/blog/");
    assertThat(feed.get("feed_url").asText()).isEqualTo(BASE + "/fr/feed/feed.json");
    assertThat(feed.get("language").asText()).isEqualTo("fr");
    assertThat(feed.has("authors")).isFalse();
    JsonNode items = feed.get("items");
    assertThat(items).hasSize(3);
    JsonNode guide = items.get(0);
    assertThat(guide.get("id").asText()).isEqualTo(BASE + "/fr/blog/guide/");
    assertThat(guide.get("url").asText()).isEqualTo(BASE + "/fr/blog/guide/");
    assertThat(guide.get("title").asText()).isEqualTo("L'Europe publie un guide");
    assertThat(guide.get("summary").asText()).isEqualTo("Entretien avec l'OSOR");
    assertThat(guide.get("date_published").asText()).isEqualTo("2024-03-26T00:00:00Z");
    assertThat(guide.get("image").asText()).isEqualTo(BASE + "/fr/blog/guide/osor-handbook.png");
    assertThat(guide.get("language").asText()).isEqualTo("fr");
    assertThat(texts(guide.get("tags"))).containsExactly("Europe", "Documentation");
    assertThat(guide.get("authors").get(1).get("url").asText())
        .isEqualTo(BASE + "/fr/equipe/jane/");
    assertAbsoluteContent(guide.get("content_html").asText(), BASE + "/fr/blog/guide/");
    assertThat(items.get(1).get("language").asText()).isEqualTo("en");
    assertThat(items.get(1).get("authors").get(0).get("name").asText()).isEqualTo("Jane Doe");
    assertThat(items.get(2).has("tags")).isFalse();
    assertThat(items.get(2).has("image")).isFalse();
  }

  @Test
  void outputIsDeterministicWhateverTheInputOrder() throws Exception {
    List<Post> posts = new ArrayList<>(samplePosts());
    FeedWriter feeds = writer();
    String atom = feeds.atom(FRENCH, posts);
    String json = feeds.json(FRENCH, posts);
    Collections.shuffle(posts, new Random(42));
    assertThat(writer().atom(FRENCH, posts)).isEqualTo(atom);
    assertThat(writer().json(FRENCH, posts)).isEqualTo(json);
    ByteArrayOutputStream atomBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream jsonBytes = new ByteArrayOutputStream();
    feeds.writeAtom(FRENCH, posts, atomBytes);
    feeds.writeJson(FRENCH, posts, jsonBytes);
    assertThat(atomBytes.toString(StandardCharsets.UTF_8)).isEqualTo(atom);
    assertThat(jsonBytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(atom).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed ");
    assertThat(json).startsWith("{\n  \"version\": ").endsWith("}\n");
  }

  @Test
  void emptyFeedIsValidAndDatedAtTheEpoch() throws Exception {
    FeedMetadata all = FeedMetadata.builder().title("Tout").homePageUrl("/").build();
    String atom = writer().atom(all, List.of());
    SyndFeed feed = FeedFixtures.rome(atom);
    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getUri()).isEqualTo(BASE + "/");
    assertThat(atom).contains("<updated>1970-01-01T00:00:00Z</updated>").doesNotContain("xml:lang");
    String json = writer().json(all, List.of());
    FeedFixtures.JsonFeedSchema.assertValid(json);
    assertThat(JSON.readTree(json).has("language")).isFalse();
  }

  @Test
  void feedIdAndAuthorsCanBeGiven() throws Exception {
    FeedMetadata meta =
        FeedMetadata.builder()
            .title("Blog")
            .homePageUrl("https://autre.example.org/blog/")
            .id("tag:example.gouv.fr,2024:blog")
            .author(new FeedAuthor("Équipe", java.util.Optional.of("/equipe/")))
            .build();
    FeedWriter feeds = writer();
    SyndFeed feed = FeedFixtures.rome(feeds.atom(meta, samplePosts()));
    assertThat(feed.getUri()).isEqualTo("tag:example.gouv.fr,2024:blog");
    assertThat(feed.getLink()).isEqualTo("https://autre.example.org/blog/");
    assertThat(feed.getAuthors())
        .extracting(SyndPerson::getName, SyndPerson::getUri)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Équipe", BASE + "/equipe/"));
    String json = feeds.json(meta, samplePosts());
    FeedFixtures.JsonFeedSchema.assertValid(json);
    assertThat(JSON.readTree(json).get("authors").get(0).get("name").asText()).isEqualTo("Équipe");
    assertThat(JSON.readTree(json).has("feed_url")).isFalse();
  }

  @Test
  void withoutContentTheJsonFeedCarriesTheSummaryAsText() throws Exception {
    FeedWriter feeds = FeedWriter.builder().baseUrl(BASE).content(p -> null).build();
    List<Post> posts =
        List.of(post("a").build(), post("b").description(null).title("Titre seul").build());
    String json = feeds.json(FRENCH, posts);
    FeedFixtures.JsonFeedSchema.assertValid(json);
    JsonNode items = JSON.readTree(json).get("items");
    assertThat(items.get(0).get("content_text").asText()).isEqualTo("Une description");
    assertThat(items.get(1).get("content_text").asText()).isEqualTo("Titre seul");
    assertThat(items.get(1).has("summary")).isFalse();
    String atom = feeds.atom(FRENCH, posts);
    assertThat(FeedFixtures.rome(atom).getEntries().get(0).getContents()).isEmpty();
  }

  @Test
  void byDefaultTheContentIsTheRenderedBody() throws Exception {
    Post post =
        post("rendu")
            .markdown(
                "Voir [la mission](/fr/mission/) et ![schéma](./schema.png).\n\n"
                    + ":::info Note\nUn encadré.\n:::\n")
            .build();
    String json = FeedWriter.builder().baseUrl(BASE).build().json(FRENCH, List.of(post));
    String html = JSON.readTree(json).get("items").get(0).get("content_html").asText();
    assertThat(html)
        .contains("href=\"" + BASE + "/fr/mission/\"")
        .contains("src=\"" + BASE + "/fr/blog/rendu/schema.png\"")
        .contains("fr-alert--info")
        .doesNotContain(":::");
    String viaRenderer =
        FeedWriter.builder()
            .baseUrl(BASE)
            .content(BodyRenderer.builder().build())
            .build()
            .json(FRENCH, List.of(post));
    assertThat(viaRenderer).isEqualTo(json);
  }

  @Test
  void aWebinarsVideoAndSlidesFollowItsBodyAsLinks() throws Exception {
    Post webinar =
        post("webinaire")
            .frontMatter(
                Map.of(
                    "video",
                    Map.of(
                        "src", "https://videos.example.gouv.fr/embed/1",
                        "title", "Le wébinaire <en entier>"),
                    "slides",
                    Map.of("src", "https://slides.example.org/player/2")))
            .build();
    // A source that is not an https URL is left out (its page says why).
    Post swapped =
        post("inverse")
            .frontMatter(
                Map.of("slides", Map.of("src", "Diapos", "title", "https://slides.example.org/3")))
            .build();
    FeedWriter feeds = FeedWriter.builder().baseUrl(BASE).content(p -> "<p>Le corps.</p>").build();
    String json = feeds.json(FRENCH, List.of(webinar, swapped));
    FeedFixtures.JsonFeedSchema.assertValid(json);
    JsonNode items = JSON.readTree(json).get("items");
    // same date: ordered by URL, the swapped one first
    assertThat(items.get(0).get("url").asText()).endsWith("/inverse/");
    assertThat(items.get(0).get("content_html").asText()).isEqualTo("<p>Le corps.</p>");
    assertThat(items.get(1).get("content_html").asText())
        .isEqualTo(
            "<p>Le corps.</p>"
                + "<p><a href=\"https://videos.example.gouv.fr/embed/1\">"
                + "Le wébinaire &lt;en entier&gt;</a></p>\n"
                + "<p><a href=\"https://slides.example.org/player/2\">"
                + "https://slides.example.org/player/2</a></p>\n");
    SyndEntry entry = FeedFixtures.rome(feeds.atom(FRENCH, List.of(webinar))).getEntries().get(0);
    assertThat(entry.getContents().get(0).getValue())
        .contains("<a href=\"https://videos.example.gouv.fr/embed/1\">");
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    assertThatThrownBy(() -> FeedWriter.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUrl");
    for (String wrong : List.of("", "/fr/", "ftp://x.org", "https://", "https://x.org/?a=1")) {
      assertThatThrownBy(() -> FeedWriter.builder().baseUrl(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("https://code.gouv.fr");
    }
    assertThat(FeedWriter.builder().baseUrl(" https://x.org/site// ").build().baseUrl())
        .isEqualTo("https://x.org/site");
  }

  @Test
  void metadataNeedsTitleAndHomePage() {
    assertThatThrownBy(() -> FeedMetadata.builder().title("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("homePageUrl");
    assertThatThrownBy(() -> FeedMetadata.builder().title(" ").homePageUrl("/").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedAuthor.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void baseUrlWithAPathPrefixesSiteRelativeUrls() throws Exception {
    FeedWriter feeds =
        FeedWriter.builder().baseUrl("https://example.org/site").content(BODY).build();
    SyndFeed feed = FeedFixtures.rome(feeds.atom(FRENCH, samplePosts()));
    assertThat(feed.getEntries().get(0).getLink())
        .isEqualTo("https://example.org/site/fr/blog/guide/");
    assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
        .contains("href=\"https://example.org/site/fr/blog/autre/\"");
  }

  @Test
  void nonAsciiUrlsArePercentEncoded() throws Exception {
    Post post = post("été").url("/fr/blog/été à paris/").image("./photo d'été.jpg").build();
    SyndEntry entry = FeedFixtures.rome(writer().atom(FRENCH, List.of(post))).getEntries().get(0);
    assertThat(entry.getLink()).isEqualTo(BASE + "/fr/blog/%C3%A9t%C3%A9%20%C3%A0%20paris/");
    assertThat(entry.getEnclosures().get(0).getUrl())
        .isEqualTo(BASE + "/fr/blog/%C3%A9t%C3%A9%20%C3%A0%20paris/photo%20d'%C3%A9t%C3%A9.jpg");
    assertThat(entry.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");
  }

  private static void assertAbsoluteContent(String html, String page) {
    assertThat(html)
        .contains("href=\"" + BASE + "/fr/blog/autre/\"")
        .contains("href=\"" + page + "#note\"")
        .contains("src=\"" + page + "schema.png\"")
        .contains("srcset=\"" + page + "a.png 1x, " + BASE + "/img/b.png 2x\"")
        .contains("href=\"https://ailleurs.org/x\"")
        .contains("href=\"mailto:a@b.fr\"")
        .contains("href=\"https://cdn.example.org/y\"")
        .contains("href=\"" + page + "?page=2\"")
        .doesNotContain("=\"/fr/", "=\"./");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Date midnight(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
