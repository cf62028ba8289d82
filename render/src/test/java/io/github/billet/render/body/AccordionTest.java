package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.render.Blog;
import io.github.billet.render.page.Page;
import io.github.billet.testing.NuChecker;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accordions as eleventy-dsfr sites write them: {@code ??? Title} and their groups. */
class AccordionTest {

  private static NuChecker checker;

  @BeforeAll
  static void setUp() {
    checker = new NuChecker();
  }

  @AfterAll
  static void tearDown() {
    checker = null;
  }

  @Test
  void accordionIsDsfrMarkupWithItsContentRenderedAsMarkdown() {
    RenderedBody body =
        render("??? Qui peut contribuer ?\nTout le monde, *vraiment*.\n\n- a\n???\n\nAprès.\n");
    Document doc = dom(body);
    Element accordion = doc.selectFirst("section.fr-accordion");
    Element button = accordion.selectFirst("h2.fr-accordion__title > button.fr-accordion__btn");
    assertThat(button.text()).isEqualTo("Qui peut contribuer ?");
    assertThat(button.attr("type")).isEqualTo("button");
    assertThat(button.attr("aria-expanded")).isEqualTo("false");
    assertThat(button.attr("aria-controls")).isEqualTo("accordion-qui-peut-contribuer");
    Element collapse = accordion.selectFirst("div.fr-collapse#accordion-qui-peut-contribuer");
    assertThat(collapse.selectFirst("p em").text()).isEqualTo("vraiment");
    assertThat(collapse.select("li").eachText()).containsExactly("a");
    assertThat(doc.body().children().last().text()).isEqualTo("Après.");
    assertThat(body.problems()).isEmpty();
    assertThat(body.tableOfContents()).isEmpty();
  }

  @Test
  void groupHoldsItsAccordionsAtOneHeadingLevel() {
    RenderedBody body =
        render(
            "## Questions\n\n????accordionsgroup\n??? Une\n### Détail\nA\n???\n??? Deux\nB\n???\n????\n\n"
                + "Fin.\n");
    Document doc = dom(body);
    Element group = doc.selectFirst("div.fr-accordions-group");
    assertThat(group.children()).extracting(Element::className).containsOnly("fr-accordion");
    assertThat(group.select(".fr-accordion__title"))
        .extracting(Element::tagName)
        .containsExactly("h3", "h3");
    assertThat(group.select("button").eachText()).containsExactly("Une", "Deux");
    assertThat(doc.body().children().last().text()).isEqualTo("Fin.");
    assertThat(body.problems()).isEmpty();
    assertThat(checker.errors(EleventyDsfrContainersTest.document(body.html()))).isEmpty();
  }

  @Test
  void idsAreUniqueAndHeadingsKeepTheirs() {
    RenderedBody body =
        render(
            "## Accordion FAQ\n\n## Accordion\n\n??? FAQ\na\n???\n\n??? FAQ\nb\n???\n\n??? !!!\nc\n???\n");
    Document doc = dom(body);
    assertThat(doc.select("h2[id]").eachAttr("id")).containsExactly("accordion-faq", "accordion");
    assertThat(doc.select("div.fr-collapse").eachAttr("id"))
        .containsExactly("accordion-faq-1", "accordion-faq-2", "accordion-1");
    assertThat(doc.select("button").eachAttr("aria-controls"))
        .containsExactly("accordion-faq-1", "accordion-faq-2", "accordion-1");
    assertThat(checker.errors(EleventyDsfrContainersTest.document(body.html()))).isEmpty();
  }

  @Test
  void onAPageEveryIdIsUniqueAndThePageIsValid() {
    String text =
        Blog.post(
            "title: Foire aux questions\ndate: 2024-03-26\n",
            "??? Main content\nx\n???\n\n## Footer\n\n????accordionsgroup\n??? Footer\ny\n???\n"
                + "??? Footer\nz\n???\n????\n");
    Page page = Blog.onePostPage(BodyRenderer.builder().build(), "fr/blog/posts/faq.md", text);
    Document doc = Jsoup.parse(page.html());
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
    }
    for (Element button : doc.select("button.fr-accordion__btn")) {
      assertThat(doc.getElementById(button.attr("aria-controls"))).isNotNull();
    }
    assertThat(doc.select("main div.fr-collapse")).hasSize(3);
    assertThat(checker.errors(page.html())).isEmpty();
  }

  @Test
  void unclosedAccordionAndGroupAreWarnedAboutWhereTheyOpen() {
    RenderedBody body = render("Avant.\n\n????accordionsgroup\n??? Question\nRéponse.\n");
    assertThat(dom(body).selectFirst("div.fr-accordions-group div.fr-collapse").text())
        .isEqualTo("Réponse.");
    List<Problem> problems = body.problems();
    assertThat(problems)
        .extracting(Problem::code, Problem::line, Problem::column, Problem::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("container.unclosed", 12, 1, "fr/mon-billet.md"),
            org.assertj.core.groups.Tuple.tuple("container.unclosed", 13, 1, "fr/mon-billet.md"));
    assertThat(problems.get(0).message()).contains("????accordionsgroup");
    assertThat(problems.get(0).hint()).contains("????");
    assertThat(problems.get(1).message()).contains("??? Question");
  }

  @Test
  void theGroupsClosingLineClosesItEvenWithAnAccordionLeftOpen() {
    RenderedBody body = render("????accordionsgroup\n??? A\nx\n????\nDehors.\n");
    Document doc = dom(body);
    assertThat(doc.selectFirst("div.fr-accordions-group").text()).isEqualTo("A x");
    assertThat(doc.body().children().last().text()).isEqualTo("Dehors.");
    assertThat(body.problems()).extracting(Problem::code).containsExactly("container.unclosed");
  }

  @Test
  void aFenceWithoutTitleOpensNothing() {
    RenderedBody body = render("???\nTexte.\n\nQuoi ??? Rien.\n");
    assertThat(dom(body).select("section")).isEmpty();
    assertThat(dom(body).text()).isEqualTo("??? Texte. Quoi ??? Rien.");
  }

  @Test
  void titleIsEscapedUnderEveryPolicy() {
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      BodyRenderer renderer = BodyRenderer.builder().policy(policy).build();
      RenderedBody body =
          render(renderer, "??? <img src=x onerror=alert(1)> \" & <b>\nContenu <i>x</i>.\n???\n");
      Document doc = dom(body);
      Element button = doc.selectFirst("section.fr-accordion button.fr-accordion__btn");
      assertThat(button).as("%s", policy).isNotNull();
      assertThat(button.text()).as("%s", policy).isEqualTo("<img src=x onerror=alert(1)> \" & <b>");
      assertThat(button.children()).as("%s", policy).isEmpty();
      assertThat(doc.select("img")).as("%s", policy).isEmpty();
      String id = button.attr("aria-controls");
      assertThat(id).as("%s", policy).startsWith("accordion-");
      assertThat(doc.getElementById(id)).as("%s", policy).isNotNull();
      assertThat(button.attr("aria-expanded")).as("%s", policy).isEqualTo("false");
    }
  }
}
