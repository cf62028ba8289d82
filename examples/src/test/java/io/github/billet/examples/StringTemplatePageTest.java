package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The String-template recipe: a post page made by the user's own template. */
class StringTemplatePageTest {

  @Test
  void thePostPageIsTheTemplateFilledWithEscapedValues() throws Exception {
    Post post =
        PostParser.builder()
            .build()
            .parse(
                "fr/blog/essai.md",
                """
                ---
                title: "<script>alert(1)</script> & co"
                date: 2024-03-26
                lang: fr
                tags: [Données ouvertes, "a<b"]
                ---
                Le **corps** du billet.
                """);
    Page page =
        PageRenderer.builder()
            .baseUrl("https://example.org")
            .layout(StringTemplatePage.LAYOUT)
            .build()
            .renderPost(post);

    String html = page.html();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">");
    assertThat(html).doesNotContain("<script>").doesNotContain("{{");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script> & co");
    assertThat(doc.title()).isEqualTo("<script>alert(1)</script> & co");
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org" + page.url());
    assertThat(doc.select("article > p").first().text()).isEqualTo("Publié le 26 mars 2024");
    assertThat(doc.select("ul li").eachText()).containsExactly("Données ouvertes", "a<b");
    assertThat(doc.select("article strong").text()).isEqualTo("corps");
    // No DSFR markup: the page is the user's template and nothing else.
    assertThat(html).doesNotContain("fr-");
  }

  @Test
  void theRecipeMainPrintsAPage() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      StringTemplatePage.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    Document doc = Jsoup.parse(printed.toString(StandardCharsets.UTF_8));
    assertThat(doc.select("h1").text()).isEqualTo("Bonjour & bienvenue");
    assertThat(doc.select("article strong").text()).isEqualTo("votre");
  }
}
