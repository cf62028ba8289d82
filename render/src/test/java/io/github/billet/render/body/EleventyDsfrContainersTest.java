package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.render.NuChecker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The containers as eleventy-dsfr sites write them (markdown-it-container's fence rules). */
class EleventyDsfrContainersTest {

  private static NuChecker checker;

  @BeforeAll
  static void setUp() {
    checker = new NuChecker();
  }

  @AfterAll
  static void tearDown() {
    checker = null;
  }

  /** A body fragment in the smallest valid document, for the Nu HTML checker. */
  static String document(String body) {
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>t</title></head>"
        + "<body><main><h1>Titre</h1>\n"
        + body
        + "</main></body></html>\n";
  }

  @Test
  void highlightIsADsfrHighlightHoldingMarkdown() {
    RenderedBody body = render(":::highlight\nUn *texte* mis en exergue.\n\n- et une liste\n:::\n");
    Element highlight = dom(body).selectFirst("div.fr-highlight");
    assertThat(highlight).isNotNull();
    assertThat(highlight.selectFirst("p em").text()).isEqualTo("texte");
    assertThat(highlight.select("li").eachText()).containsExactly("et une liste");
    assertThat(body.problems()).isEmpty();
    assertThat(checker.errors(document(body.html()))).isEmpty();
  }

  @Test
  void highlightArgumentIsKeptAsAParagraphWithAWarning() {
    RenderedBody body = render(":::highlight <b>Note</b>\nSuite.\n:::\n");
    Element highlight = dom(body).selectFirst("div.fr-highlight");
    assertThat(highlight.select("p").eachText()).containsExactly("<b>Note</b>", "Suite.");
    assertThat(highlight.select("b")).isEmpty();
    Problem problem = body.problems().get(0);
    assertThat(problem.code()).isEqualTo("container.argument-ignored");
    assertThat(problem.line()).isEqualTo(10);
    assertThat(problem.column()).isEqualTo(1);
  }

  @Test
  void longerFenceLetsAContainerHoldOneClosedByTheShorterFence() {
    Document doc = dom(render("::::callout Dehors\n:::info Dedans\nA\n:::\nB\n::::\nC\n"));
    Element callout = doc.selectFirst("div.fr-callout");
    assertThat(callout.selectFirst("div.fr-alert--info").text()).contains("A");
    assertThat(callout.children().last().text()).isEqualTo("B");
    assertThat(doc.body().children().last().text()).isEqualTo("C");
  }

  @Test
  void theLongerClosingLineClosesTheOuterContainerAndTheInnerOneIsWarnedAbout() {
    // markdown-it-container ends the outer container at the first line with enough colons.
    RenderedBody body = render("::::info Dehors\n:::callout Dedans\nA\n::::\nB\n");
    Document doc = dom(body);
    assertThat(doc.selectFirst("div.fr-alert--info div.fr-callout").text()).contains("A");
    assertThat(doc.body().children().last().text()).isEqualTo("B");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "container.unclosed", 11, "the :::callout container is never closed"));
  }

  @Test
  void aClosingLineMayBeLongerButNotShorterThanItsFence() {
    Document longer = dom(render(":::info\nx\n:::::\nDehors\n"));
    assertThat(longer.selectFirst("div.fr-alert").text()).isEqualTo("x");
    assertThat(longer.body().children().last().text()).isEqualTo("Dehors");

    RenderedBody shorter = render("::::info\nx\n:::\nDedans\n");
    assertThat(dom(shorter).selectFirst("div.fr-alert").text()).isEqualTo("x ::: Dedans");
    assertThat(shorter.problems()).extracting(Problem::code).containsExactly("container.unclosed");
    assertThat(shorter.problems().get(0).hint()).contains("::::");
  }

  @Test
  void alertTitleIsOneLevelBelowTheHeadingBeforeIt() {
    // The template writes every alert title as <h3>: right under the page's <h1> that skips a
    // level, which the Nu checker reports as an error.
    RenderedBody body =
        render(
            ":::info D'abord\nA\n:::\n\n## Partie\n\n:::warning Ensuite\nB\n:::\n\n### Sous-partie\n");
    Document doc = dom(body);
    assertThat(doc.select(".fr-alert__title").eachAttr("class")).hasSize(2);
    assertThat(doc.select(".fr-alert__title"))
        .extracting(Element::tagName)
        .containsExactly("h2", "h3");
    assertThat(body.problems()).isEmpty();
    assertThat(checker.errors(document(body.html()))).isEmpty();
  }

  @Test
  void alertsInARowShareOneTitleLevel() {
    RenderedBody body =
        render(
            ":::info Un\nA\n:::\n\n:::warning Deux\n### Dedans\nB\n:::\n\n:::error Trois\nC\n:::\n");
    assertThat(dom(body).select(".fr-alert__title"))
        .extracting(Element::tagName)
        .containsExactly("h2", "h2", "h2");
    assertThat(checker.errors(document(body.html()))).isEmpty();
  }

  @Test
  void everyContainerKindIsNuValid() {
    RenderedBody body =
        render(
            ":::callout À retenir\nA\n:::\n\n:::callout\nSans titre\n:::\n\n:::highlight\nB\n:::\n\n"
                + ":::quote /img/p.png\nC\n:::\n\n:::quote\nD\n:::\n\n:::info Titre\nE\n:::\n\n"
                + ":::warning\nF\n:::\n\n:::error x\nG\n:::\n\n:::success\nH\n:::\n");
    assertThat(body.problems()).isEmpty();
    assertThat(checker.errors(document(body.html()))).isEmpty();
    Document doc = dom(body);
    assertThat(doc.select("div.fr-alert").eachAttr("class"))
        .containsExactly(
            "fr-alert fr-alert--info",
            "fr-alert fr-alert--warning fr-alert--sm",
            "fr-alert fr-alert--error",
            "fr-alert fr-alert--success fr-alert--sm");
    assertThat(doc.select("div.fr-callout .fr-callout__title").eachText())
        .containsExactly("À retenir");
  }
}
