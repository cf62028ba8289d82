package io.github.billet.render.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.render.Fixtures;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.TocEntry;
import org.junit.jupiter.api.Test;

class HtmlRepairTest {

  @Test
  void validHtmlIsKeptByteForByte() {
    String html = "<p>Un <em>texte</em> &amp; <a href=\"/fr/x/#a\">lien</a></p>\n<br/>\n";
    HtmlRepair.Result r = HtmlRepair.repair(html);
    assertThat(r.html()).isSameAs(html);
    assertThat(r.repairs()).isEmpty();
  }

  @Test
  void buttonHoldingALinkBecomesTheLink() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<p>\n<center>\n<button class=\"fr-btn fr-btn--secondary\">\n"
                + "<a title=\"Lire\" href=\"https://example.org/\">Lire</a>\n</button>\n</center>\n</p>");
    assertThat(r.html())
        .contains("<div style=\"text-align: center\">")
        .contains(
            "<a title=\"Lire\" href=\"https://example.org/\" class=\"fr-btn fr-btn--secondary\">")
        .doesNotContain("button")
        .doesNotContain("center>");
    assertThat(r.repairs())
        .extracting(HtmlRepair.Repair::what)
        .anyMatch(w -> w.startsWith("misnested or stray tag"))
        .contains(
            "<center> became a centred <div>",
            "a <button> holding a link was replaced by the link");
  }

  @Test
  void iframeAttributes() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<iframe src=\"https://tube.example.org/embed/1\" allowfullscreen=\"true\""
                + " mozallowfullscreen=\"true\" webkitallowfullscreen frameborder=\"0\""
                + " sandbox=\"allow-same-origin allow-scripts allow-popups\"></iframe>");
    assertThat(r.html())
        .isEqualTo(
            "<iframe src=\"https://tube.example.org/embed/1\" allowfullscreen"
                + " sandbox=\"allow-scripts allow-popups\"></iframe>");
  }

  @Test
  void iframeDimensionsAreNumbersOfPixelsAndTypeIsDropped() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<iframe src=\"https://tube.example.org/embed/1\" title=\"Vidéo\" width=\"100%\""
                + " height=\"110px\" type=\"text/html\"></iframe>");
    assertThat(r.html())
        .isEqualTo(
            "<iframe src=\"https://tube.example.org/embed/1\" title=\"Vidéo\" height=\"110\""
                + " style=\"width: 100%\"></iframe>");
    assertThat(r.repairs())
        .extracting(HtmlRepair.Repair::what)
        .containsExactly(
            "width=\"100%\" became a style (the attribute takes pixels only)",
            "height=\"110px\" became 110",
            "the attribute type was dropped: the standard does not allow it on <iframe>");
    assertThat(r.repairs())
        .extracting(HtmlRepair.Repair::at)
        .allMatch(at -> at.startsWith("<iframe src="));
    assertThat(
            HtmlRepair.repair("<img src=\"/a.png\" alt=\"\" width=\"auto\" height=\"12.5\">")
                .html())
        .isEqualTo("<img src=\"/a.png\" alt=\"\" height=\"12\">");
  }

  @Test
  void buttonInsideALinkGivesTheLinkItsContentAndClasses() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<p><a href=\"/fr/x/\"><button class=\"fr-btn\" type=\"button\">Voir</button></a></p>");
    assertThat(r.html()).isEqualTo("<p><a href=\"/fr/x/\" class=\"fr-btn\">Voir</a></p>");
  }

  @Test
  void otherInteractiveContentIsMovedOutOfTheLink() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<div><a href=\"/fr/x/\">Voir <iframe src=\"https://x.org/\" title=\"x\"></iframe>"
                + "<span tabindex=\"0\">ici</span></a></div>");
    assertThat(r.html())
        .isEqualTo(
            "<div><a href=\"/fr/x/\">Voir <span>ici</span></a>"
                + "<iframe src=\"https://x.org/\" title=\"x\"></iframe></div>");
  }

  @Test
  void imageWithoutAltGetsAnEmptyAltAndAnAccessibilityWarning() {
    RenderedBody body =
        Fixtures.render(
            BodyRenderer.builder().policy(HtmlPolicy.PASS).build(),
            "Texte.\n\n<div>\n  <img src=\"/a.png\">\n</div>\n");
    assertThat(body.html()).contains("<img src=\"/a.png\" alt=\"\">");
    assertThat(body.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("html.repaired");
              assertThat(p.message()).contains("alt", "accessibility");
              assertThat(p.hint()).contains("describe the image");
              // The fixture's body starts at line 10: the <div> is its third line.
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.column()).isEqualTo(3);
            });
  }

  @Test
  void rawHeadingsFollowTheLevelRulesOfMarkdownOnes() {
    RenderedBody body =
        Fixtures.render(
            BodyRenderer.builder().policy(HtmlPolicy.PASS).build(),
            "<h3>Trois</h3>\n\n## Deux\n\n<h1>Un</h1>\n\n<h5>Cinq</h5>\n");
    assertThat(Fixtures.dom(body).select("h1, h2, h3, h4, h5, h6").eachText())
        .containsExactly("Trois", "Deux #", "Un", "Cinq");
    assertThat(Fixtures.dom(body).select("h1, h2, h3, h4, h5, h6"))
        .extracting(e -> e.normalName())
        .containsExactly("h2", "h2", "h2", "h3");
    assertThat(body.problems())
        .filteredOn(p -> p.code().equals("html.repaired"))
        .extracting(p -> p.line())
        .containsExactly(10, 14, 16);
  }

  @Test
  void styleInTheBodyIsRemoved() {
    HtmlRepair.Result r =
        HtmlRepair.repair("<style>\n.x { color: red }\n</style>\n<p class=\"x\">Rouge</p>");
    assertThat(r.html()).isEqualTo("\n<p class=\"x\">Rouge</p>");
    assertThat(r.repairs())
        .singleElement()
        .satisfies(x -> assertThat(x.what()).contains("<style>", ".x { color: red }"));
  }

  @Test
  void blockInPhrasingContentIsUnwrappedOrItsHolderBecomesADiv() {
    assertThat(HtmlRepair.repair("<span class=\"a\"><div>x</div></span>").html())
        .isEqualTo("<div class=\"a\"><div>x</div></div>");
    assertThat(HtmlRepair.repair("<h2><em>a <ul><li>b</li></ul></em></h2>").html())
        .isEqualTo("<h2><em>a b</em></h2>");
    assertThat(HtmlRepair.repair("<ul>texte<p>b</p><li>c</li></ul>").html())
        .isEqualTo("<ul><li>texte</li><li><p>b</p></li><li>c</li></ul>");
  }

  @Test
  void attributeValuesTheStandardRefuses() {
    assertThat(
            HtmlRepair.repair(
                    "<p align=\"center\" id=\"a b\"><a href=\"/x/\" target=\"_new\">x</a>"
                        + "<video src=\"/v.mp4\" controls=\"true\" preload=\"yes\"></video></p>"
                        + "<p id=\"a-b\" hidden=\"maybe\">y</p><td colspan=\"2px\">")
                .html())
        .isEqualTo(
            "<p id=\"a-b\" style=\"text-align: center\"><a href=\"/x/\" target=\"_blank\">x</a>"
                + "<video src=\"/v.mp4\" controls=\"\"></video></p><p>y</p>");
  }

  @Test
  void urls() {
    assertThat(HtmlRepair.validUrl("https://matrix.to/#/#bluehats:matrix.org"))
        .isEqualTo("https://matrix.to/#/%23bluehats:matrix.org");
    assertThat(HtmlRepair.validUrl("mailto:a@b.fr?subject=Send me news"))
        .isEqualTo("mailto:a@b.fr?subject=Send%20me%20news");
    assertThat(HtmlRepair.validUrl(" /x/ ")).isEqualTo(" /x/ ");
    assertThat(HtmlRepair.validUrl("/a%zz|b")).isEqualTo("/a%25zz%7Cb");
    HtmlRepair.Result r = HtmlRepair.repair("<p><a href=\"https://x.org/#/#y\">y</a></p>");
    assertThat(r.html()).isEqualTo("<p><a href=\"https://x.org/#/%23y\">y</a></p>");
  }

  @Test
  void figureWithCaptionLosesItsRole() {
    HtmlRepair.Result r =
        HtmlRepair.repair(
            "<figure role=\"group\"><img src=\"/a.png\" alt=\"\"><figcaption>a</figcaption></figure>");
    assertThat(r.html()).startsWith("<figure><img");
  }

  @Test
  void headingsNeverSkipALevel() {
    RenderedBody body = Fixtures.render("### Trois\n\n#### Quatre\n\n## Deux\n\n#### Quatre bis\n");
    assertThat(Fixtures.dom(body).select("h2, h3, h4").eachAttr("id"))
        .containsExactly("trois", "quatre", "deux", "quatre-bis");
    assertThat(Fixtures.dom(body).select("h2").eachAttr("id")).containsExactly("trois", "deux");
    assertThat(body.tableOfContents()).extracting(TocEntry::level).containsExactly(2, 3, 2, 3);
    assertThat(body.problems()).extracting(p -> p.code()).contains("heading.level-skipped");
  }

  @Test
  void bodyRendererReportsRepairs() {
    RenderedBody body =
        Fixtures.render("<p><button class=\"fr-btn\"><a href=\"/x/\">x</a></button></p>\n");
    assertThat(body.html()).contains("<a href=\"/x/\" class=\"fr-btn\">x</a>");
    assertThat(body.problems()).extracting(p -> p.code()).containsOnly("html.repaired");
  }
}
