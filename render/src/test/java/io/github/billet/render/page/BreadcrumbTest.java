package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.render.Blog;
import io.github.billet.render.NuChecker;
import io.github.billet.render.body.BodyRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DSFR breadcrumb of a page whose front matter sets {@code showBreadcrumb: true}. */
class BreadcrumbTest {

  private static NuChecker checker;

  @BeforeAll
  static void setUp() {
    checker = new NuChecker();
  }

  private static Page render(String source, String frontMatter) {
    return Blog.onePostPage(
        BodyRenderer.builder().build(),
        source,
        Blog.post("date: 2024-06-07\n" + frontMatter, "Le texte.\n"));
  }

  private static Page renderFr(String frontMatter) {
    return render("fr/blog/posts/marches/index.md", frontMatter);
  }

  @Test
  void homeThenSegmentsThenThePageItself() {
    Page page =
        renderFr(
            """
            title: "Les marchés <de support>"
            showBreadcrumb: true
            segments:
              - url: /utiliser/
                title: Utiliser
              - url: /fr/utiliser/marches/
                title: "Marchés & contrats"
              - url: https://ailleurs.example.org/page/
                title: Ailleurs
            """);
    assertThat(page.problems()).isEmpty();
    assertThat(checker.errors(page.html())).isEmpty();
    Document doc = Jsoup.parse(page.html());
    Element nav = doc.selectFirst("main nav.fr-breadcrumb");
    assertThat(nav).isNotNull();
    assertThat(nav.attr("aria-label")).isEqualTo("Vous êtes ici :");
    assertThat(nav.selectFirst("button.fr-breadcrumb__button").text())
        .isEqualTo("Voir le fil d’Ariane");
    assertThat(nav.selectFirst("button").attr("aria-controls"))
        .isEqualTo(nav.selectFirst("div.fr-collapse").id());
    Elements links = nav.select("ol.fr-breadcrumb__list > li > a.fr-breadcrumb__link");
    assertThat(links.eachText())
        .containsExactly(
            "Accueil", "Utiliser", "Marchés & contrats", "Ailleurs", "Les marchés <de support>");
    // A segment written without the language folder gets the page's; the others stay.
    assertThat(links.eachAttr("href"))
        .containsExactly(
            "/fr/", "/fr/utiliser/", "/fr/utiliser/marches/", "https://ailleurs.example.org/page/");
    Element current = links.last();
    assertThat(current.hasAttr("href")).isFalse();
    assertThat(current.attr("aria-current")).isEqualTo("page");
    assertThat(page.html()).contains("Les marchés &lt;de support&gt;</a></li>");
    // It opens the content, before the article and its heading.
    assertThat(nav.nextElementSibling().tagName()).isEqualTo("article");
  }

  @Test
  void headingsNeverTakeAnIdThePageUses() {
    Page page =
        Blog.onePostPage(
            BodyRenderer.builder().build(),
            "fr/blog/posts/ids/index.md",
            Blog.post(
                "title: Des ids\ndate: 2024-06-07\nshowBreadcrumb: true\n",
                "## Footer\n\n## Main content\n\n## Breadcrumb 1\n\n## Autre {#footer}\n"));
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("main h2").eachAttr("id"))
        .containsExactly("footer-1", "main-content-1", "breadcrumb-1-1", "autre");
    assertThat(doc.getElementById("footer").tagName()).isEqualTo("footer");
    assertThat(doc.getElementById("main-content").tagName()).isEqualTo("main");
    assertThat(doc.getElementById("breadcrumb-1").hasClass("fr-collapse")).isTrue();
    assertThat(checker.errors(page.html())).isEmpty();
    assertThat(page.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("heading.duplicate-id");
              assertThat(p.message()).contains("'footer' is the page's own");
            });
  }

  @Test
  void englishLabelsAndNoSegments() {
    Page page = render("en/blog/posts/tenders/index.md", "title: Tenders\nshowBreadcrumb: true\n");
    assertThat(page.problems()).isEmpty();
    Element nav = Jsoup.parse(page.html()).selectFirst("nav.fr-breadcrumb");
    assertThat(nav.attr("aria-label")).isEqualTo("You are here:");
    assertThat(nav.select("a").eachText()).containsExactly("Home", "Tenders");
    assertThat(nav.select("a[href]").eachAttr("href")).containsExactly("/en/");
  }

  @Test
  void noBreadcrumbUnlessAskedFor() {
    for (String flag : List.of("", "showBreadcrumb: false\n")) {
      Page page = renderFr("title: Sans fil\n" + flag + "segments:\n  - url: /a/\n    title: A\n");
      assertThat(page.problems()).isEmpty();
      assertThat(Jsoup.parse(page.html()).select(".fr-breadcrumb")).as(flag).isEmpty();
    }
  }

  @Test
  void unusableSegmentsAreLeftOutWithAWarningAtTheirKey() {
    Page page =
        renderFr(
            """
            title: Une page
            showBreadcrumb: true
            segments:
              - url: /utiliser/
              - title: Sans adresse
              - url: javascript:alert(1)
                title: Piège
              - url: /bon/
                title: Bon
            """);
    Element nav = Jsoup.parse(page.html()).selectFirst("nav.fr-breadcrumb");
    assertThat(nav.select("a").eachText()).containsExactly("Accueil", "Bon", "Une page");
    assertThat(page.html()).doesNotContain("javascript:");
    List<Problem> problems = page.problems();
    assertThat(problems).extracting(Problem::code).containsOnly("breadcrumb.segment");
    assertThat(problems).hasSize(3);
    // lines of the file: ---, date, title, showBreadcrumb, segments, then the items
    assertThat(problems.get(0).line()).isEqualTo(6);
    assertThat(problems.get(0).message()).contains("segment 1 needs a 'url' and a 'title'");
    assertThat(problems.get(1).line()).isEqualTo(7);
    assertThat(problems.get(2).line()).isEqualTo(8);
    assertThat(problems.get(2).message()).contains("can run script");
    assertThat(problems.get(2).hint()).contains("/fr/rubrique/");
  }

  @Test
  void segmentsThatAreNotAListGiveTheHomePageOnly() {
    Page page = renderFr("title: Une page\nshowBreadcrumb: true\nsegments: /utiliser/\n");
    Element nav = Jsoup.parse(page.html()).selectFirst("nav.fr-breadcrumb");
    assertThat(nav.select("a").eachText()).containsExactly("Accueil", "Une page");
    assertThat(page.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("breadcrumb.segment");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("must be a list");
            });
  }
}
