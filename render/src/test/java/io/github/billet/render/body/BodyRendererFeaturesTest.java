package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Problem;
import io.github.billet.render.Fixtures;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyRendererFeaturesTest {

  @Test
  void tablesAreWrappedInDsfrMarkup() {
    Document doc = dom(render("| Nom | Prix |\n|:---:|---:|\n| pomme | ~~3~~ 2 |\n"));
    Element table = doc.selectFirst("div.fr-table > table");
    assertThat(table).isNotNull();
    assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Nom", "Prix");
    assertThat(table.selectFirst("th").className()).isEqualTo("fr-cell--center");
    assertThat(table.selectFirst("tbody td:eq(1) del").text()).isEqualTo("3");
  }

  @Test
  void autolinksAndStrikethrough() {
    Document doc = dom(render("Voir www.exemple.fr et <https://a.fr/b> ~~barré~~.\n"));
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("http://www.exemple.fr", "https://a.fr/b");
    assertThat(doc.select("del").text()).isEqualTo("barré");
  }

  @Test
  void footnotesWorkOnCommonmark032() {
    Document doc = dom(render("Un fait[^src] et [un lien](https://a.fr).\n\n[^src]: La source.\n"));
    assertThat(doc.selectFirst("sup a[href=#fn-src]")).isNotNull();
    assertThat(doc.selectFirst("section.footnotes li#fn-src").text()).startsWith("La source.");
    assertThat(doc.selectFirst("p a[href=https://a.fr]").text()).isEqualTo("un lien");
  }

  @Test
  void headingsGetUniqueSlugIdsAndAnchors() {
    RenderedBody body = render("## Données ouvertes\n\n## Données ouvertes\n\n### Été 2024 !\n");
    Document doc = dom(body);
    assertThat(doc.select("h2, h3").eachAttr("id"))
        .containsExactly("donnees-ouvertes", "donnees-ouvertes-1", "ete-2024");
    Element anchor = doc.selectFirst("h2 a.heading-anchor");
    assertThat(anchor.attr("href")).isEqualTo("#donnees-ouvertes");
    assertThat(body.tableOfContents())
        .containsExactly(
            new TocEntry(2, "donnees-ouvertes", "Données ouvertes"),
            new TocEntry(2, "donnees-ouvertes-1", "Données ouvertes"),
            new TocEntry(3, "ete-2024", "Été 2024 !"));
  }

  @Test
  void aTitleHeadingInTheBodyIsDemotedUnderThePageTitleAndListed() {
    RenderedBody body = render("Intro.\n\n# Contexte\n\nTexte.\n\n## Détails\n");
    Document doc = dom(body);
    assertThat(doc.select("h1")).isEmpty();
    assertThat(doc.select("h2").eachAttr("id")).containsExactly("contexte", "details");
    assertThat(body.tableOfContents())
        .containsExactly(
            new TocEntry(2, "contexte", "Contexte"), new TocEntry(2, "details", "Détails"));
    assertThat(body.problems()).extracting(Problem::code).containsExactly("heading.h1-in-body");
    Problem problem = body.problems().get(0);
    assertThat(problem.isError()).isFalse();
    assertThat(problem.line()).isEqualTo(12); // body line 3, body starts at line 10
    assertThat(problem.column()).isEqualTo(1);
  }

  @Test
  void headingsNestedInBlocksGetIdsInDocumentOrder() {
    // In a container, a quote, a list item, a footnote (commonmark's renderer), and a custom id
    // given further down that the earlier heading's slug must avoid.
    RenderedBody body =
        render(
            ":::callout Encadré\n## Dans le bloc\n:::\n\n> ### Citée\n\n- ## En liste\n\n"
                + "Note[^n].\n\n## Plus bas {#citee}\n\n[^n]: ## Dans la note\n");
    Document doc = dom(body);
    assertThat(doc.select("h2, h3").eachAttr("id"))
        .containsExactly("dans-le-bloc", "citee-1", "en-liste", "citee", "dans-la-note");
    assertThat(body.tableOfContents())
        .extracting(TocEntry::id)
        .containsExactly("dans-le-bloc", "citee-1", "en-liste", "citee", "dans-la-note");
  }

  @Test
  void customHeadingIdWinsAndSlugsAvoidIt() {
    RenderedBody body = render("## Intro\n\n## Autre {#intro .fr-h4}\n");
    Document doc = dom(body);
    assertThat(doc.select("h2").eachAttr("id")).containsExactly("intro-1", "intro");
    assertThat(doc.select("h2").get(1).className()).isEqualTo("fr-h4");
    assertThat(body.tableOfContents().get(1).text()).isEqualTo("Autre");
  }

  @Test
  void attributeBlocksApplyToLinksAndImages() {
    Document doc =
        dom(
            render(
                "[Lire](https://a.fr){.fr-link .fr-fi-arrow-right-line #lire title=\"Lire la suite\"}"
                    + " ![logo](/l.png){width=120}\n"));
    Element link = doc.selectFirst("a");
    assertThat(link.className()).isEqualTo("fr-link fr-fi-arrow-right-line");
    assertThat(link.id()).isEqualTo("lire");
    assertThat(link.attr("title")).isEqualTo("Lire la suite");
    assertThat(doc.selectFirst("img").attr("width")).isEqualTo("120");
    assertThat(doc.text()).doesNotContain("{");
  }

  @Test
  void malformedOrStrayAttributeBlocksStayText() {
    Document doc = dom(render("Texte {.x} puis [l](/a){.y et [m](/b){} fin {a=\"b}\n"));
    assertThat(doc.text()).isEqualTo("Texte {.x} puis l{.y et m{} fin {a=\"b}");
    assertThat(doc.select("a")).hasSize(2);
    assertThat(doc.select("a[class]")).isEmpty();
  }

  @Test
  void calloutContainer() {
    Document doc = dom(render(":::callout À retenir\nDu *Markdown* dedans.\n:::\n"));
    Element callout = doc.selectFirst("div.fr-callout");
    assertThat(callout.selectFirst(".fr-callout__title").text()).isEqualTo("À retenir");
    assertThat(callout.selectFirst("p.fr-callout__text em").text()).isEqualTo("Markdown");
  }

  @Test
  void quoteContainerWithImage() {
    Document doc = dom(render(":::quote /img/portrait.png\nUne phrase.\n:::\n"));
    Element figure = doc.selectFirst("figure.fr-quote.fr-quote--column");
    assertThat(figure.selectFirst("blockquote p").text()).isEqualTo("Une phrase.");
    assertThat(figure.selectFirst("figcaption .fr-quote__image img").attr("src"))
        .isEqualTo("/img/portrait.png");
  }

  @Test
  void alertContainers() {
    Document doc =
        dom(
            render(
                ":::warning Attention\nTexte.\n:::\n\n:::success\nFait.\n:::\n\n:::error x\ny\n:::\n"));
    assertThat(doc.selectFirst("div.fr-alert.fr-alert--warning .fr-alert__title").text())
        .isEqualTo("Attention");
    assertThat(doc.selectFirst("div.fr-alert.fr-alert--success.fr-alert--sm").text())
        .isEqualTo("Fait.");
    assertThat(doc.select("div.fr-alert--error")).hasSize(1);
  }

  @Test
  void aPostsBodyReportsProblemsAtTheInlineNodeItself() throws Exception {
    // PostParser keeps no source spans; rendering the MarkdownBody finds the link's own place.
    BodyRenderer renderer = BodyRenderer.builder().build();
    io.github.billet.core.Post post =
        io.github.billet.core.PostParser.builder()
            .extensions(renderer.extensions())
            .build()
            .parse(
                "fr/liens.md",
                "---\ntitle: Liens\n---\nIntro.\n\n- un\n- deux et [piège](javascript:alert(1))\n");
    BodyContext context = new BodyContext("/fr/liens/", "fr/liens.md", post.body().startLine());
    Problem exact = renderer.render(post.body(), context).problems().get(0);
    assertThat(exact.code()).isEqualTo("url.unsafe");
    assertThat(exact.line()).isEqualTo(7);
    assertThat(exact.column()).isEqualTo(11);
    // A copy from document() keeps every span: the problem is at the link itself.
    Problem copied = renderer.render(post.body().document(), context).problems().get(0);
    assertThat(copied.line()).isEqualTo(7);
    assertThat(copied.column()).isEqualTo(11);
    // A document alone without spans has none to tell: the problem names the file, at no line.
    org.commonmark.node.Node bare =
        org.commonmark.parser.Parser.builder()
            .extensions(renderer.extensions())
            .build()
            .parse(post.body().markdown());
    Problem fileOnly = renderer.render(bare, context).problems().get(0);
    assertThat(fileOnly.code()).isEqualTo("url.unsafe");
    assertThat(fileOnly.file()).isEqualTo("fr/liens.md");
    assertThat(fileOnly.line()).isZero();
    // A document parsed with block spans knows the enclosing block: the list item's paragraph.
    org.commonmark.node.Node blocks =
        org.commonmark.parser.Parser.builder()
            .extensions(renderer.extensions())
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS)
            .build()
            .parse(post.body().markdown());
    Problem blockOnly = renderer.render(blocks, context).problems().get(0);
    assertThat(blockOnly.line()).isEqualTo(7);
    assertThat(blockOnly.column()).isEqualTo(3);
  }

  @Test
  void nestedContainersCloseInnermostFirst() {
    Document doc = dom(render(":::info Dehors\n:::callout Dedans\nA\n:::\nB\n:::\nC\n"));
    Element info = doc.selectFirst("div.fr-alert--info");
    assertThat(info.selectFirst("div.fr-callout").text()).contains("A");
    assertThat(info.children().last().text()).isEqualTo("B");
    assertThat(doc.body().children().last().text()).isEqualTo("C");
  }

  @Test
  void unclosedContainerEndsWithTheDocumentWithAWarningAtItsOpeningLine() {
    RenderedBody body = render("Avant.\n\n:::info Note\nJamais fermé.\n");
    assertThat(dom(body).selectFirst("div.fr-alert--info").text()).contains("Jamais fermé.");
    Problem problem = body.problems().get(0);
    assertThat(problem.code()).isEqualTo("container.unclosed");
    assertThat(problem.line()).isEqualTo(12); // body line 3, body starts at line 10
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.file()).isEqualTo("fr/mon-billet.md");
  }

  @Test
  void imageContentShortcodeBecomesAFigure() {
    Document doc = dom(render("{% imageContent \"./photo.jpg\", \"Une photo\", [1000] %}\n"));
    Element figure = doc.selectFirst("figure.fr-content-media:not([role])");
    Element img = figure.selectFirst("img.fr-responsive-img");
    assertThat(img.attr("src")).isEqualTo("/fr/blog/mon-billet/photo.jpg");
    assertThat(img.attr("alt")).isEqualTo("Une photo");
    assertThat(figure.selectFirst("figcaption.fr-content-media__caption").text())
        .isEqualTo("Une photo");
  }

  @Test
  void unknownShortcodesStayAsTextWithAWarning() {
    RenderedBody body = render("Intro.\n\n{% youtube \"abc\" %}\n\nTexte {% inline %} ici.\n");
    assertThat(dom(body).text()).contains("{% youtube \"abc\" %}", "{% inline %}");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shortcode.unknown", 12),
            org.assertj.core.groups.Tuple.tuple("shortcode.inline", 14));
  }

  @Test
  void malformedImageContentIsKeptWithAWarning() {
    RenderedBody body = render("{% imageContent ./x.png %}\n");
    assertThat(dom(body).text()).isEqualTo("{% imageContent ./x.png %}");
    assertThat(body.problems()).extracting(Problem::code).containsExactly("shortcode.invalid");
  }

  @Test
  void relativeUrlsAreResolvedAgainstThePage() {
    Document doc =
        dom(
            render(
                "![a](./a.png) [b](../autre/) [c](c.html#x) [d](/fr/d/) [e](https://e.fr/f)"
                    + " [f](#haut) [g](../../../../g)\n"));
    assertThat(doc.select("img").attr("src")).isEqualTo("/fr/blog/mon-billet/a.png");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly(
            "/fr/blog/autre/",
            "/fr/blog/mon-billet/c.html#x",
            "/fr/d/",
            "https://e.fr/f",
            "#haut",
            "/g");
  }

  @Test
  void absolutePageUrlsResolveToo() {
    BodyRenderer renderer = BodyRenderer.builder().build();
    Node doc = Fixtures.parse(renderer, "[x](./y/) <img src=\"./z.png\">\n");
    String html = renderer.render(doc, "https://code.gouv.fr/fr/blog/p/", "p.md", 1).html();
    assertThat(html)
        .contains("href=\"https://code.gouv.fr/fr/blog/p/y/\"")
        .contains("src=\"https://code.gouv.fr/fr/blog/p/z.png\"");
  }

  @Test
  void tableOfContentsRendersAsDsfrSummary() {
    BodyRenderer renderer = BodyRenderer.builder().build();
    RenderedBody body = render(renderer, "## Un\n\n### Un.a\n\n### Un.b\n\n## Deux\n");
    String nav = renderer.tableOfContentsHtml(body.tableOfContents(), "Sommaire");
    Document doc = org.jsoup.Jsoup.parseBodyFragment(nav);
    assertThat(doc.selectFirst("nav.fr-summary .fr-summary__title").text()).isEqualTo("Sommaire");
    assertThat(doc.select("nav > ol > li > a.fr-summary__link").eachAttr("href"))
        .containsExactly("#un", "#deux");
    assertThat(doc.select("nav > ol > li:eq(0) > ol > li > a").eachText())
        .containsExactly("Un.a", "Un.b");
    assertThat(renderer.tableOfContentsHtml(List.of(), "Sommaire")).isEmpty();
  }

  @Test
  void renderingDoesNotChangeTheDocument() {
    BodyRenderer renderer = BodyRenderer.builder().build();
    Node doc =
        Fixtures.parse(
            renderer,
            "## T {#t}\n\n[a](./a){.x}\n\n:::info\nx\n\n{% imageContent \"a\", \"b\" %}\n");
    HtmlRenderer plain = HtmlRenderer.builder().build();
    String before = plain.render(doc);
    String first = renderer.render(doc, "/p/", "p.md", 1).html();
    String second = renderer.render(doc, "/p/", "p.md", 1).html();
    assertThat(plain.render(doc)).isEqualTo(before);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void rendersConcurrently() throws Exception {
    BodyRenderer renderer = BodyRenderer.builder().policy(HtmlPolicy.SANITIZE).build();
    Node doc = Fixtures.parse(renderer, "## A\n\n## A\n\n[x](./y)\n");
    String expected = renderer.render(doc, "/p/", "p.md", 1).html();
    List<java.util.concurrent.Callable<String>> tasks =
        java.util.Collections.nCopies(64, () -> renderer.render(doc, "/p/", "p.md", 1).html());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (java.util.concurrent.Future<String> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void builderValidatesHostsAndExposesSettings() {
    BodyRenderer renderer =
        BodyRenderer.builder()
            .policy(HtmlPolicy.ESCAPE)
            .allowedIframeHosts("Tube.Numerique.Gouv.Fr")
            .build();
    assertThat(renderer.policy()).isEqualTo(HtmlPolicy.ESCAPE);
    assertThat(renderer.allowedIframeHosts()).containsExactly("tube.numerique.gouv.fr");
    assertThat(renderer.extensionsEnabled()).isTrue();
    // GFM tables, strikethrough, autolinks and the dialect (footnotes included).
    assertThat(renderer.extensions()).hasSize(4);
    assertThatThrownBy(() -> BodyRenderer.builder().allowedIframeHosts("https://x.fr/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host name");
    assertThatThrownBy(() -> new BodyContext("/", "x.md", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainCommonMarkModeHasNoExtensions() {
    BodyRenderer plain = BodyRenderer.builder().extensionsEnabled(false).build();
    assertThat(plain.extensions()).isEmpty();
    String html = render(plain, "## Titre {#x}\n\n| a |\n|---|\n").html();
    assertThat(html).isEqualTo("<h2>Titre {#x}</h2>\n<p>| a |\n|---|</p>\n");
  }
}
