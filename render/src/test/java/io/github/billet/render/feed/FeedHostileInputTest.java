package io.github.billet.render.feed;

import static io.github.billet.render.feed.FeedFixtures.BASE;
import static io.github.billet.render.feed.FeedFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.github.billet.core.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Hostile titles, descriptions, tags, authors and content: the feeds stay well-formed XML and valid
 * JSON, the text survives escaped, markup never leaks, characters XML forbids are dropped.
 */
class FeedHostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a hostile value becomes: the same text without the characters XML 1.0 forbids. */
  private static String cleaned(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
          && !Character.isSurrogate(c)
          && c != '\uFFFE'
          && c != '\uFFFF') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final List<String> HOSTILE =
      List.of(
          "<script>alert('x')</script>",
          "fin de CDATA ]]> et <![CDATA[ début",
          "Tom & Jerry &amp; &lt;b&gt; &#0; &unknown;",
          "\"guillemets\" et 'apostrophes' « français »",
          "contrôles \u0000\u0001\u0008\u000B\u000C\u000E\u001F\u007F\u0085 fin",
          "substituts \uD800 seul \uDC00 et à l'envers \uDC00\uD800, paire \uD83D\uDE00",
          "non-caractères \uFFFE\uFFFF et BOM \uFEFF",
          "retours\r\nà la ligne\r et\ttabulation",
          "</title></entry><entry><title>injecté",
          "\"},\"injected\":{\"a\":\"",
          "\u2028séparateurs\u2029 et \\ barre");

  private static final FeedMetadata META =
      FeedMetadata.builder()
          .title(HOSTILE.get(0) + HOSTILE.get(4))
          .subtitle(HOSTILE.get(1) + HOSTILE.get(5))
          .homePageUrl("/fr/?a=1&b=<2>\"")
          .atomUrl("/feed/feed.xml")
          .jsonUrl("/feed/feed.json")
          .author(FeedAuthor.of(HOSTILE.get(2)))
          .build();

  private static List<Post> posts() {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String h = HOSTILE.get(i);
      posts.add(
          post("hostile-" + i)
              .language(i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH)
              .title(h)
              .description(h + " (description)")
              .tags(h, "tag " + i)
              .image("./image " + i + "\".png")
              .frontMatter(Map.of("author", Map.of("name", h, "url", "/auteurs/" + i + "/")))
              .build());
    }
    return posts;
  }

  private static String content(Post post) {
    return "<p>"
        + post.title().replace("&", "&amp;").replace("<", "&lt;")
        + "</p>"
        + "<p><a href=\"/fr/x/?a=1&amp;b=2\">lien</a></p><script>var s = ']]>';</script>";
  }

  private static FeedWriter writer() {
    return FeedWriter.builder()
        .baseUrl(BASE)
        .limit(50)
        .content(FeedHostileInputTest::content)
        .build();
  }

  @Test
  void atomIsWellFormedAndKeepsTheText() throws Exception {
    String xml = writer().atom(META, posts());
    Document doc = FeedFixtures.dom(xml);
    SyndFeed feed = FeedFixtures.rome(xml);
    assertThat(feed.getTitle()).isEqualTo(cleaned(HOSTILE.get(0) + HOSTILE.get(4)));
    assertThat(feed.getDescription()).isEqualTo(cleaned(HOSTILE.get(1) + HOSTILE.get(5)));
    assertThat(feed.getLinks())
        .filteredOn(l -> l.getRel().equals("alternate") && l.getType().equals("text/html"))
        .extracting(l -> l.getHref())
        .containsExactly(BASE + "/fr/?a=1&b=%3C2%3E%22");
    assertThat(feed.getEntries()).hasSize(HOSTILE.size());
    for (SyndEntry entry : feed.getEntries()) {
      int i = Integer.parseInt(entry.getLink().replaceAll(".*hostile-(\\d+)/$", "$1"));
      String h = cleaned(HOSTILE.get(i));
      assertThat(entry.getTitle()).as("title %d", i).isEqualTo(h);
      assertThat(entry.getDescription().getValue()).isEqualTo(h + " (description)");
      assertThat(entry.getCategories())
          .extracting(SyndCategory::getName)
          .containsExactly(h, "tag " + i);
      assertThat(entry.getAuthors().get(0).getName()).as("names are trimmed").isEqualTo(h.strip());
      assertThat(entry.getContents().get(0).getValue())
          .contains("href=\"" + BASE + "/fr/x/?a=1&amp;b=2\"")
          .contains("<script>var s = ']]>';</script>");
      assertThat(entry.getEnclosures().get(0).getUrl())
          .isEqualTo(entry.getLink() + "image%20" + i + "%22.png");
    }
    // Only the writer's own elements: no markup from the values leaked into the document.
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(HOSTILE.size());
    NodeList titles = doc.getElementsByTagNameNS("*", "title");
    assertThat(titles.getLength()).isEqualTo(HOSTILE.size() + 1);
    assertThat(xml).doesNotContain("<script>", "]]>", "\u0000", "\u0001", "\uFFFE");
  }

  @Test
  void jsonIsValidAndKeepsTheText() throws Exception {
    String json = writer().json(META, posts());
    FeedFixtures.JsonFeedSchema.assertValid(json);
    JsonNode feed = JSON.readTree(json);
    assertThat(feed.fieldNames()).toIterable().doesNotContain("injected");
    assertThat(feed.get("title").asText()).isEqualTo(cleaned(HOSTILE.get(0) + HOSTILE.get(4)));
    assertThat(feed.get("authors").get(0).get("name").asText()).isEqualTo(HOSTILE.get(2));
    JsonNode items = feed.get("items");
    assertThat(items).hasSize(HOSTILE.size());
    for (JsonNode item : items) {
      assertThat(item.fieldNames()).toIterable().doesNotContain("injected");
      int i = Integer.parseInt(item.get("url").asText().replaceAll(".*hostile-(\\d+)/$", "$1"));
      String h = cleaned(HOSTILE.get(i));
      assertThat(item.get("title").asText()).isEqualTo(h);
      assertThat(item.get("summary").asText()).isEqualTo(h + " (description)");
      assertThat(item.get("tags").get(0).asText()).isEqualTo(h);
      assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo(h.strip());
      assertThat(item.get("content_html").asText()).contains("<script>var s = ']]>';</script>");
    }
    assertThat(json).doesNotContain("\u0000", "\\u0000", "\uD800", "\\uD800");
  }

  @Test
  void bothFormatsCarryTheSameText() throws Exception {
    SyndFeed atom = FeedFixtures.rome(writer().atom(META, posts()));
    JsonNode json = JSON.readTree(writer().json(META, posts()));
    for (int i = 0; i < atom.getEntries().size(); i++) {
      assertThat(json.get("items").get(i).get("title").asText())
          .isEqualTo(atom.getEntries().get(i).getTitle());
      assertThat(json.get("items").get(i).get("url").asText())
          .isEqualTo(atom.getEntries().get(i).getLink());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDFFF", "a\uD800", "\uDC00\uD800b", "\u0000", "\uFFFF"})
  void loneSurrogatesAndControlsAlone(String value) throws Exception {
    Post post = post("x").title(value).description(value).tags(value).build();
    FeedWriter feeds = FeedWriter.builder().baseUrl(BASE).content(p -> value).build();
    FeedMetadata meta = FeedMetadata.builder().title("t" + value).homePageUrl("/").build();
    String xml = feeds.atom(meta, List.of(post));
    FeedFixtures.dom(xml);
    assertThat(FeedFixtures.rome(xml).getEntries().get(0).getTitle()).isEqualTo(cleaned(value));
    String json = feeds.json(meta, List.of(post));
    FeedFixtures.JsonFeedSchema.assertValid(json);
    assertThat(JSON.readTree(json).get("items").get(0).get("title").asText())
        .isEqualTo(cleaned(value));
  }
}
