package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.render.page.PageRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A parser and a renderer built with their defaults agree on the whole dialect; one built with less
 * reports what it could not handle instead of printing syntax as text or dropping it.
 */
class DialectDefaultsTest {

  /** Front matter of four lines: the body starts on line 5. */
  private static final String POST =
      """
      ---
      title: Notes
      date: 2024-03-26
      ---
      :::callout Bon à savoir
      Le texte[^1].
      :::

      [^1]: La note.
      """;

  private static Post parse(PostParser parser, String name) throws Exception {
    return parser.parse(name, POST);
  }

  private static RenderedBody render(BodyRenderer renderer, Post post) {
    return renderer.render(
        post.body(), new BodyContext("/fr/blog/notes/", post.source(), post.body().startLine()));
  }

  private static List<String> codes(RenderedBody body) {
    return body.problems().stream().map(Problem::code).toList();
  }

  @Test
  void theDefaultParserAndRendererRenderCalloutsAndFootnotes() throws Exception {
    Post post = parse(PostParser.builder().build(), "fr/notes.md");
    RenderedBody body = render(BodyRenderer.builder().build(), post);
    Document dom = Jsoup.parseBodyFragment(body.html());
    assertThat(dom.select("div.fr-callout > p.fr-callout__title").text()).isEqualTo("Bon à savoir");
    assertThat(dom.select("sup.footnote-ref > a").attr("href")).isEqualTo("#fn-1");
    assertThat(dom.select("section.footnotes li#fn-1").text()).startsWith("La note.");
    assertThat(body.html()).doesNotContain(":::").doesNotContain("/fr/blog/notes/La");
    assertThat(body.problems()).isEmpty();
  }

  @Test
  void aParserWithoutTheDialectIsReportedAtEachLineLeftAsText() throws Exception {
    Post post = parse(PostParser.builder().billetSyntax(false).build(), "fr/notes.md");
    RenderedBody body = render(BodyRenderer.builder().build(), post);
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("markdown.not-parsed", 5),
            org.assertj.core.groups.Tuple.tuple("markdown.not-parsed", 9));
    Problem first = body.problems().get(0);
    assertThat(first.message()).contains(":::callout Bon à savoir");
    assertThat(first.hint()).contains("BilletMarkdown.extensions()");
  }

  @Test
  void aRendererWithoutExtensionsReportsTheNodesItDoesNotKnowAndKeepsTheirText() throws Exception {
    Post post = parse(PostParser.builder().build(), "fr/notes.md");
    RenderedBody body = render(BodyRenderer.builder().extensionsEnabled(false).build(), post);
    assertThat(codes(body)).contains("markdown.unknown-node");
    assertThat(body.problems())
        .filteredOn(p -> p.code().equals("markdown.unknown-node"))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("ContainerBlock"))
        .anySatisfy(m -> assertThat(m).contains("FootnoteDefinition"));
    Problem container =
        body.problems().stream()
            .filter(p -> p.message().contains("ContainerBlock"))
            .findFirst()
            .orElseThrow();
    assertThat(container.line()).isEqualTo(5);
    // The container's and the note's text are kept, not dropped with their node.
    assertThat(body.html()).contains("Le texte").contains("La note.");
  }

  @Test
  void theFootnoteBackLinkIsLabelledInThePostsLanguage() throws Exception {
    Post post = parse(PostParser.builder().build(), "fr/notes.md");
    BodyRenderer renderer = BodyRenderer.builder().build();
    BodyContext context = new BodyContext("/fr/blog/notes/", post.source(), 5);
    String french = renderer.render(post.body(), context.withLanguage(Language.FRENCH)).html();
    String english = renderer.render(post.body(), context.withLanguage(Language.ENGLISH)).html();
    assertThat(Jsoup.parseBodyFragment(french).select("a.footnote-backref").attr("aria-label"))
        .isEqualTo("Retour à la référence 1");
    assertThat(Jsoup.parseBodyFragment(english).select("a.footnote-backref").attr("aria-label"))
        .isEqualTo("Back to reference 1");
  }

  @Test
  void aPostPageLabelsTheBackLinkInThePostsLanguage() throws Exception {
    Post post = parse(PostParser.builder().build(), "fr/notes.md");
    RenderedBody body = PageRenderer.builder().build().renderBody(post);
    assertThat(Jsoup.parseBodyFragment(body.html()).select("a.footnote-backref").attr("aria-label"))
        .isEqualTo("Retour à la référence 1");
  }
}
