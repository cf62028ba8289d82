package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.testing.NuChecker;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One complete page from one post: no pairing, no neighbours, no configuration. */
class SinglePostPageTest {

  private static final String TEXT =
      """
      ---
      title: Bonjour le monde
      description: Un premier billet
      date: 2024-05-02
      lang: fr
      tags: [Données ouvertes]
      image:
        path: ./cover.png
        alt: Une couverture
      ---
      Premier paragraphe avec un [lien](https://example.org/).

      ## Une partie

      Texte.
      """;

  private static Post post() throws Exception {
    return PostParser.builder().build().parse("fr/blog/bonjour.md", TEXT);
  }

  @Test
  void renderPostAloneGivesACompleteValidDocument() throws Exception {
    Page page = PageRenderer.builder().build().renderPost(post());

    assertThat(page.url()).startsWith("/").endsWith("/");
    assertThat(page.html()).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">");
    assertThat(page.html()).endsWith("</html>\n");
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.title()).isEqualTo("Bonjour le monde");
    assertThat(doc.select("main h1").text()).isEqualTo("Bonjour le monde");
    assertThat(doc.select("main h2").first().ownText()).isEqualTo("Une partie");
    assertThat(doc.select("main a[href=https://example.org/]").text()).isEqualTo("lien");
    assertThat(doc.select("main .fr-tag").text()).isEqualTo("Données ouvertes");
    assertThat(doc.select("main time").attr("datetime")).isEqualTo("2024-05-02");
    // No pairing: no hreflang alternate, no language switch, no previous/next.
    assertThat(doc.select("link[rel=alternate]")).isEmpty();
    assertThat(doc.select("main a[hreflang]")).isEmpty();
    assertThat(doc.select("main a[rel=prev], main a[rel=next]")).isEmpty();
    // No base URL: the canonical URL stays site-relative.
    assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(page.url());
    assertThat(new NuChecker().errors(page.html())).isEmpty();
  }

  @Test
  void baseUrlIsGivenOnceToTheBuilder() throws Exception {
    Page page =
        PageRenderer.builder().baseUrl("https://blog.example.org").build().renderPost(post());

    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://blog.example.org" + page.url());
    assertThat(doc.select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://blog.example.org" + page.url() + "cover.png");
  }

  @Test
  void theBaseUrlGivenOnceMakesTheCanonicalAndTheAlternatesAbsolute() throws Exception {
    PostParser parser = PostParser.builder().build();
    Post fr =
        parser.parse(
            "fr/blog/bienvenue.md",
            "---\ntitle: Bienvenue\nlang: fr\ntranslationKey: hello\n---\nBonjour.\n");
    Post en =
        parser.parse(
            "en/blog/welcome.md",
            "---\ntitle: Welcome\nlang: en\ntranslationKey: hello\n---\nHello.\n");
    // The pairing knows no base URL: the renderer's, given once, makes the page's URLs absolute.
    PairedCorpus corpus = TranslationPairing.builder().build().pair(List.of(fr, en));
    Page page =
        PageRenderer.builder()
            .baseUrl("https://blog.example.org")
            .build()
            .renderPost(
                corpus.post("fr/blog/bienvenue.md").orElseThrow(),
                corpus.index(),
                Neighbours.none());

    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://blog.example.org/fr/blog/bienvenue/");
    assertThat(doc.select("link[rel=alternate][hreflang]"))
        .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
        .containsExactly(
            "en https://blog.example.org/en/blog/welcome/",
            "fr https://blog.example.org/fr/blog/bienvenue/",
            "x-default https://blog.example.org/fr/blog/bienvenue/");
  }

  @Test
  void builderBaseUrlWinsOverTheSiteOneWhicheverComesFirst() throws Exception {
    SiteConfig site =
        SiteConfig.builder().baseUrl("https://old.example.org").language(Language.FRENCH).build();
    Page page =
        PageRenderer.builder()
            .baseUrl("https://new.example.org")
            .site(site)
            .build()
            .renderPost(post());
    assertThat(Jsoup.parse(page.html()).select("link[rel=canonical]").attr("href"))
        .startsWith("https://new.example.org/");
  }

  @Test
  void aWrongBaseUrlIsRefusedWithItsReason() {
    assertThatThrownBy(() -> PageRenderer.builder().baseUrl("https://"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host");
  }
}
