package io.github.billet.render.feed;

import static io.github.billet.render.feed.FeedFixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Post;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapWriterTest {

  private static final String SM = SitemapWriter.SITEMAP_NAMESPACE;
  private static final String XHTML = SitemapWriter.XHTML_NAMESPACE;

  private static final Map<String, String> GUIDE =
      Map.of("fr", "/fr/blog/guide-osor/", "en", "/fr/blog/osor-handbook/");
  private static final Map<String, String> MISSION =
      Map.of(
          "fr", "/fr/mission/",
          "en", "/en/mission/",
          "de", "https://code.gouv.fr/de/mission/",
          "x-default", "/en/mission/");

  private static List<SitemapEntry> entries() {
    return List.of(
        SitemapEntry.of("/fr/blog/guide-osor/", LocalDate.of(2024, 3, 26)).withAlternates(GUIDE),
        SitemapEntry.of("/fr/blog/osor-handbook/", LocalDate.of(2024, 3, 27)).withAlternates(GUIDE),
        SitemapEntry.of("/fr/mission/").withAlternates(MISSION),
        SitemapEntry.of("/en/mission/").withAlternates(MISSION),
        SitemapEntry.of("https://code.gouv.fr/de/mission/").withAlternates(MISSION),
        SitemapEntry.of("/fr/blog/seul/", LocalDate.of(2023, 1, 1)),
        SitemapEntry.of("/"));
  }

  private static SitemapWriter writer() {
    return SitemapWriter.builder()
        .baseUrl("https://code.gouv.fr")
        .defaultLanguage(io.github.billet.core.Language.FRENCH)
        .build();
  }

  /** Reads the sitemap back: loc to (hreflang to href), checking namespaces on the way. */
  private static Map<String, Map<String, String>> read(Document doc) {
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SM);
    assertThat(root.getLocalName()).isEqualTo("urlset");
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    NodeList urls = doc.getElementsByTagNameNS(SM, "url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = url.getElementsByTagNameNS(SM, "loc").item(0).getTextContent();
      Map<String, String> links = new LinkedHashMap<>();
      NodeList alternates = url.getElementsByTagNameNS(XHTML, "link");
      for (int j = 0; j < alternates.getLength(); j++) {
        Element link = (Element) alternates.item(j);
        assertThat(link.getPrefix()).isEqualTo("xhtml");
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
      }
      out.put(loc, links);
    }
    return out;
  }

  @Test
  void wellFormedSortedWithNamespaces() throws Exception {
    String xml = writer().sitemap(entries());
    Document doc = FeedFixtures.dom(xml);
    assertThat(doc.getXmlEncoding()).isEqualTo("UTF-8");
    Map<String, Map<String, String>> pages = read(doc);
    assertThat(pages.keySet())
        .containsExactly(
            "https://code.gouv.fr/",
            "https://code.gouv.fr/de/mission/",
            "https://code.gouv.fr/en/mission/",
            "https://code.gouv.fr/fr/blog/guide-osor/",
            "https://code.gouv.fr/fr/blog/osor-handbook/",
            "https://code.gouv.fr/fr/blog/seul/",
            "https://code.gouv.fr/fr/mission/");
    assertThat(pages.get("https://code.gouv.fr/")).isEmpty();
    assertThat(pages.get("https://code.gouv.fr/fr/blog/seul/")).isEmpty();
    NodeList lastmods = doc.getElementsByTagNameNS(SM, "lastmod");
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < lastmods.getLength(); i++) {
      dates.add(lastmods.item(i).getTextContent());
    }
    assertThat(dates).containsExactly("2024-03-26", "2024-03-27", "2023-01-01");
  }

  @Test
  void everyAlternateIsListedBothWaysWithItselfAndXDefault() throws Exception {
    Map<String, Map<String, String>> pages = read(FeedFixtures.dom(writer().sitemap(entries())));
    for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
      Map<String, String> links = page.getValue();
      if (links.isEmpty()) {
        continue;
      }
      assertThat(links).as(page.getKey()).containsKey("x-default");
      assertThat(new ArrayList<>(links.keySet())).last().isEqualTo("x-default");
      assertThat(links.values()).as("lists itself").contains(page.getKey());
      for (Map.Entry<String, String> link : links.entrySet()) {
        Map<String, String> other = pages.get(link.getValue());
        assertThat(other).as(link.getValue() + " is in the sitemap").isNotNull();
        assertThat(other.values()).as(link.getValue() + " links back").contains(page.getKey());
        assertThat(other).as("same cluster").isEqualTo(links);
      }
    }
    assertThat(pages.get("https://code.gouv.fr/fr/blog/guide-osor/"))
        .containsExactly(
            Map.entry("en", "https://code.gouv.fr/fr/blog/osor-handbook/"),
            Map.entry("fr", "https://code.gouv.fr/fr/blog/guide-osor/"),
            Map.entry("x-default", "https://code.gouv.fr/fr/blog/guide-osor/"));
    assertThat(pages.get("https://code.gouv.fr/fr/mission/").get("x-default"))
        .as("an x-default given is kept")
        .isEqualTo("https://code.gouv.fr/en/mission/");
  }

  @Test
  void xDefaultFallsBackToTheFirstHreflangWithoutDefaultLanguage() throws Exception {
    SitemapWriter plain = SitemapWriter.builder().baseUrl("https://code.gouv.fr").build();
    Map<String, Map<String, String>> pages = read(FeedFixtures.dom(plain.sitemap(entries())));
    assertThat(pages.get("https://code.gouv.fr/fr/blog/guide-osor/").get("x-default"))
        .isEqualTo("https://code.gouv.fr/fr/blog/osor-handbook/");
  }

  @Test
  void deterministicWhateverTheOrder() throws Exception {
    List<SitemapEntry> shuffled = new ArrayList<>(entries());
    String xml = writer().sitemap(shuffled);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(writer().sitemap(shuffled)).isEqualTo(xml);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer().write(shuffled, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
  }

  @Test
  void mistakesAreReportedWithWhatToDo() {
    assertThatThrownBy(
            () ->
                writer()
                    .sitemap(
                        List.of(
                            SitemapEntry.of("/fr/a/"),
                            SitemapEntry.of("https://code.gouv.fr/fr/a/"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two sitemap entries have the URL https://code.gouv.fr/fr/a/");
    assertThatThrownBy(
            () ->
                writer()
                    .sitemap(
                        List.of(SitemapEntry.of("/fr/a/").withAlternates(Map.of("en", "/en/a/")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not list the page itself");
    assertThatThrownBy(() -> SitemapEntry.of("/fr/a/").withAlternates(Map.of("français", "/fr/a/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x-default");
    assertThatThrownBy(() -> SitemapEntry.of("/fr/a/").withAlternates(Map.of("fr", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitemapEntry.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitemapWriter.builder().build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SitemapWriter.builder().baseUrl("code.gouv.fr"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entriesOfPostsAndHostileUrls() throws Exception {
    Post post = FeedFixtures.post("été").url("/fr/blog/été & \"<co>\"/").build();
    SitemapEntry entry = SitemapEntry.of(post);
    assertThat(entry.lastModified()).contains(LocalDate.of(2024, 3, 26));
    assertThatThrownBy(() -> SitemapEntry.of(FeedFixtures.post("x").unpublished().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not published");
    Map<String, String> alternates = new TreeMap<>();
    alternates.put("fr", post.url().orElseThrow());
    alternates.put("en", "/en/blog/a?x=1&y=<2>/");
    String xml =
        SitemapWriter.builder()
            .baseUrl(BASE)
            .build()
            .sitemap(
                List.of(
                    entry.withAlternates(alternates),
                    new SitemapEntry("/en/blog/a?x=1&y=<2>/", Optional.empty(), alternates)));
    Map<String, Map<String, String>> pages = read(FeedFixtures.dom(xml));
    assertThat(pages)
        .containsKeys(
            BASE + "/fr/blog/%C3%A9t%C3%A9%20&%20%22%3Cco%3E%22/",
            BASE + "/en/blog/a?x=1&y=%3C2%3E/");
    assertThat(xml).contains("?x=1&amp;y=%3C2%3E/").doesNotContain("<co>", "été");
  }
}
