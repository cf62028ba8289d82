package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.billet.core.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Template-engine code in a post (Nunjucks, as Eleventy runs it) is reported, never shown. */
class TemplateCodeTest {

  @Test
  void blockTemplateCodeIsLeftOutWithALocatedWarning() {
    RenderedBody body =
        render(
            "{% from \"components/component.njk\" import component with context %}\n\n"
                + "{{ component(\"callout\", {\n  title: \"Titre\",\n  description: \"Texte\"\n}) }}\n\n"
                + "Suite.\n");
    assertThat(body.html()).doesNotContain("{").doesNotContain("component").doesNotContain("Titre");
    assertThat(dom(body).text()).isEqualTo("Suite.");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line, Problem::column, Problem::file)
        .containsExactly(
            tuple("template.unsupported", 10, 1, "fr/mon-billet.md"),
            tuple("template.unsupported", 12, 1, "fr/mon-billet.md"));
    assertThat(body.problems().get(0).message()).contains("{% from \"components/component.njk\"");
    assertThat(body.problems().get(1).message()).contains("{{ component(\"callout\", {");
    assertThat(body.problems().get(0).hint()).contains("template engine");
  }

  @Test
  void tagsAroundMarkdownAreLeftOutAndTheMarkdownKept() {
    RenderedBody body = render("{% if site.fr %}\nContenu *gardé*.\n{%- endif %}\n");
    Document doc = dom(body);
    assertThat(doc.select("p em").text()).isEqualTo("gardé");
    assertThat(doc.text()).isEqualTo("Contenu gardé.");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(tuple("template.unsupported", 10), tuple("template.unsupported", 12));
  }

  @Test
  void inlineTemplateCodeIsLeftOutWhereItIs() {
    RenderedBody body = render("Bonjour {{ user.name }} et {# note #}{% if a %}oui{% endif %}.\n");
    assertThat(dom(body).text()).isEqualTo("Bonjour et oui.");
    assertThat(body.html()).doesNotContain("{");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(
            tuple("template.unsupported", 10, 9),
            tuple("template.unsupported", 10, 28),
            tuple("template.unsupported", 10, 38),
            tuple("template.unsupported", 10, 51));
  }

  @Test
  void headingsIdsAndTableOfContentsHoldNoTemplateCode() {
    RenderedBody body = render("## Bonjour {{ user.name }} !\n");
    assertThat(dom(body).selectFirst("h2").id()).isEqualTo("bonjour");
    assertThat(body.tableOfContents().get(0).text()).isEqualTo("Bonjour !");
    assertThat(body.html()).doesNotContain("{");
  }

  @Test
  void codeSpansAndFencedCodeAreShownAsWritten() {
    RenderedBody body =
        render(
            "Écrire `{{ x }}` ou `{% if %}`.\n\n```njk\n{% if a %}\n{{ b }}\n{% endif %}\n```\n");
    Document doc = dom(body);
    assertThat(doc.select("code").eachText())
        .containsExactly("{{ x }}", "{% if %}", "{% if a %}\n{{ b }}\n{% endif %}");
    assertThat(body.problems()).isEmpty();
  }

  @Test
  void shortcodesKeepTheirWarnings() {
    RenderedBody body = render("{% dailymotion x7tgad0 %}\n\nTexte {% inline %} ici.\n");
    assertThat(dom(body).select("p").eachText())
        .containsExactly("{% dailymotion x7tgad0 %}", "Texte {% inline %} ici.");
    assertThat(body.problems())
        .extracting(Problem::code)
        .containsExactly("shortcode.unknown", "shortcode.inline");
  }

  @Test
  void unclosedCodeIsShownAsTextWithAWarning() {
    RenderedBody body = render("{{ component(\"x\",\nsans fin\n\nSuite.\n");
    assertThat(dom(body).select("p").eachText())
        .containsExactly("{{ component(\"x\", sans fin", "Suite.");
    Problem problem = body.problems().get(0);
    assertThat(problem.code()).isEqualTo("template.unsupported");
    assertThat(problem.message()).contains("never closed");
    assertThat(problem.line()).isEqualTo(10);
  }

  @Test
  void textAfterMultiLineCodeIsKept() {
    RenderedBody body = render("{{ a(\n  b) }} reste <b>ici</b>\n");
    assertThat(dom(body).select("p").eachText()).containsExactly("reste <b>ici</b>");
    assertThat(body.problems()).extracting(Problem::code).containsExactly("template.unsupported");
  }

  @Test
  void noPolicyLetsTemplateCodeThrough() {
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      RenderedBody body =
          render(
              BodyRenderer.builder().policy(policy).build(),
              "{% set x = 1 %}\n\nA {{ x }} b.\n\n- {{ y | safe }}\n\n> {% include \"f.njk\" %}\n");
      assertThat(body.html()).as("%s", policy).doesNotContain("{{").doesNotContain("{%");
      assertThat(dom(body).text()).as("%s", policy).isEqualTo("A b.");
      assertThat(body.problems()).as("%s", policy).hasSize(4);
    }
  }
}
