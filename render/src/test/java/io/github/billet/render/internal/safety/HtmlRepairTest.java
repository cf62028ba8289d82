package io.github.billet.render.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.render.Fixtures;
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
    assertThat(r.repairs()).hasSize(3);
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
    assertThat(body.problems()).extracting(p -> p.code()).containsExactly("html.repaired");
  }
}
