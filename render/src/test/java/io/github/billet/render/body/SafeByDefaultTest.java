package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.Severity;
import io.github.billet.render.Fixtures;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Raw HTML is sanitized unless a site chooses otherwise, and whatever the policy each script
 * element and event handler of a post's raw HTML gets a warning at its own line and column saying
 * what happened to it. The bodies start at line 10 of {@code fr/mon-billet.md} (see {@link
 * Fixtures}).
 */
class SafeByDefaultTest {

  private static final String SCRIPT_BLOCK = "Avant.\n\n<script>alert(1)</script>\n\nAprès.\n";
  private static final String HANDLER_BLOCK = "Avant.\n\n<img src=x onerror=alert(1)>\n\nAprès.\n";

  private static RenderedBody render(HtmlPolicy policy, String markdown) {
    return Fixtures.render(BodyRenderer.builder().policy(policy).build(), markdown);
  }

  private static List<Problem> withCode(RenderedBody body, String code) {
    return body.problems().stream().filter(p -> p.code().equals(code)).toList();
  }

  @Test
  void theDefaultPolicyIsSanitize() {
    assertThat(BodyRenderer.builder().build().policy()).isEqualTo(HtmlPolicy.SANITIZE);
  }

  @Test
  void byDefaultAScriptBlockIsRemovedWithAWarningAtItsPlace() {
    RenderedBody body = Fixtures.render(SCRIPT_BLOCK);
    Document dom = Fixtures.dom(body);
    assertThat(dom.select("script")).isEmpty();
    assertThat(body.html()).doesNotContain("alert(1)");
    assertThat(dom.select("p").eachText()).containsExactly("Avant.", "Après.");
    assertThat(withCode(body, "html.script"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.file()).isEqualTo("fr/mon-billet.md");
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.column()).isEqualTo(1);
              assertThat(p.message())
                  .isEqualTo("a <script> element in raw HTML was removed (HTML policy SANITIZE)");
            });
    // The script has its own warning; the generic one does not count it again.
    assertThat(withCode(body, "html.sanitized")).isEmpty();
  }

  @Test
  void byDefaultAnEventHandlerIsRemovedWithAWarningAtTheAttribute() {
    RenderedBody body = Fixtures.render(HANDLER_BLOCK);
    Document dom = Fixtures.dom(body);
    assertThat(dom.select("img")).hasSize(1);
    assertThat(dom.selectFirst("img").attributes().asList())
        .extracting(a -> a.getKey())
        .containsExactly("src", "alt"); // the repair gives an image without alt text alt=""
    assertThat(body.html()).doesNotContain("onerror").doesNotContain("alert");
    assertThat(withCode(body, "html.event-handler"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.column()).isEqualTo(12);
              assertThat(p.message())
                  .isEqualTo(
                      "the event handler attribute 'onerror' of <img> was removed"
                          + " (HTML policy SANITIZE)");
            });
    assertThat(withCode(body, "html.sanitized")).isEmpty();
  }

  @Test
  void inlineScriptsAndHandlersAreFoundAtTheirColumn() {
    RenderedBody body =
        Fixtures.render(
            "Un texte\nqui <span onclick=\"go()\">clique</span> et <script>x()</script>.\n");
    Document dom = Fixtures.dom(body);
    assertThat(dom.select("script, [onclick]")).isEmpty();
    assertThat(body.problems())
        .filteredOn(p -> p.code().startsWith("html.script") || p.code().startsWith("html.event"))
        .extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("html.event-handler", 11, 11),
            org.assertj.core.groups.Tuple.tuple("html.script", 11, 43));
  }

  @Test
  void aHandlerOnALaterLineOfABlockIsFoundOnThatLine() {
    String markdown =
        "<table>\n  <tr>\n    <td>un</td>\n    <td onmouseover=\"steal()\">deux</td>\n  </tr>\n"
            + "</table>\n";
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      RenderedBody body = render(policy, markdown);
      assertThat(withCode(body, "html.event-handler"))
          .as(policy.name())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.line()).isEqualTo(13);
                assertThat(p.column()).isEqualTo(9);
                assertThat(p.message()).contains("'onmouseover' of <td>");
              });
    }
    assertThat(Fixtures.dom(render(HtmlPolicy.SANITIZE, markdown)).select("td").eachText())
        .containsExactly("un", "deux");
    assertThat(render(HtmlPolicy.SANITIZE, markdown).html()).doesNotContain("steal");
  }

  @Test
  void passKeepsScriptsAndHandlersAndSaysSo() {
    RenderedBody script = render(HtmlPolicy.PASS, SCRIPT_BLOCK);
    assertThat(Fixtures.dom(script).select("script").html()).isEqualTo("alert(1)");
    assertThat(withCode(script, "html.script"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.column()).isEqualTo(1);
              assertThat(p.message())
                  .isEqualTo(
                      "a <script> element in raw HTML is kept and runs in readers' browsers"
                          + " (HTML policy PASS)");
            });
    RenderedBody handler = render(HtmlPolicy.PASS, HANDLER_BLOCK);
    assertThat(Fixtures.dom(handler).selectFirst("img").attr("onerror")).isEqualTo("alert(1)");
    assertThat(withCode(handler, "html.event-handler"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.column()).isEqualTo(12);
              assertThat(p.message()).contains("is kept and runs in readers' browsers");
            });
  }

  @Test
  void escapeShowsThemAsTextAndSaysSo() {
    RenderedBody script = render(HtmlPolicy.ESCAPE, SCRIPT_BLOCK);
    Document dom = Fixtures.dom(script);
    assertThat(dom.select("script")).isEmpty();
    assertThat(dom.text()).contains("<script>alert(1)</script>");
    assertThat(withCode(script, "html.script"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.message())
                  .isEqualTo(
                      "a <script> element in raw HTML is shown as text, not run"
                          + " (HTML policy ESCAPE)");
            });
    RenderedBody handler = render(HtmlPolicy.ESCAPE, HANDLER_BLOCK);
    assertThat(Fixtures.dom(handler).select("img")).isEmpty();
    assertThat(withCode(handler, "html.event-handler"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is shown as text, not run"));
  }

  @Test
  void rawHtmlWithoutScriptGetsNoScriptWarning() {
    RenderedBody body =
        Fixtures.render(
            "Une ligne<br>\ncoupée, <strong>un mot</strong>, le mot script et une onde.\n\n"
                + "<figure><img src=\"a.png\" alt=\"only\"><figcaption>Légende</figcaption></figure>\n");
    assertThat(body.problems()).isEmpty();
  }

  @Test
  void whatElseTheSanitizerRemovesIsNamed() {
    RenderedBody body =
        Fixtures.render(
            "<div style=\"color:red\"><font color=\"red\">Voir</font>\n"
                + "<iframe src=\"https://evil.example/x\"></iframe></div>\n");
    assertThat(withCode(body, "html.sanitized"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(10);
              assertThat(p.message())
                  .isEqualTo(
                      "raw HTML was changed by the SANITIZE policy: removed attribute style of"
                          + " <div>, <font> (its text kept), <iframe> from evil.example (not an"
                          + " allowed iframe host)");
            });
    assertThat(Fixtures.dom(body).select("iframe, font, [style]")).isEmpty();
  }

  @Test
  void aDsfrButtonHoldingALinkBecomesTheSameLinkAsUnderPass() {
    String markdown =
        "<center>\n  <button class=\"fr-btn fr-btn--secondary\">\n"
            + "    <a href=\"https://example.org/\">Lire</a>\n  </button>\n</center>\n";
    RenderedBody sanitized = render(HtmlPolicy.SANITIZE, markdown);
    assertThat(sanitized.html()).isEqualTo(render(HtmlPolicy.PASS, markdown).html());
    assertThat(Fixtures.dom(sanitized).select("a.fr-btn.fr-btn--secondary").eachText())
        .containsExactly("Lire");
    assertThat(sanitized.problems())
        .extracting(Problem::code)
        .containsExactly("html.repaired", "html.repaired");
    assertThat(sanitized.problems())
        .extracting(Problem::message)
        .anyMatch(m -> m.endsWith("a <button> holding a link was replaced by the link"));
  }

  @Test
  void policiesAreNamedAsConfigurationsWriteThem() {
    assertThat(HtmlPolicy.named("sanitize")).isEqualTo(HtmlPolicy.SANITIZE);
    assertThat(HtmlPolicy.named(" Pass ")).isEqualTo(HtmlPolicy.PASS);
    assertThat(HtmlPolicy.named("ESCAPE")).isEqualTo(HtmlPolicy.ESCAPE);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> HtmlPolicy.named("allow"))
        .withMessage("'allow' is not an HTML policy: write sanitize, escape or pass");
  }

  @Test
  void markdownWithoutAuthorMarkupIsTheSameUnderEveryPolicyAndOtherSchemesAreStillCleaned() {
    // Billet's own markup from plain Markdown is escaped by construction: the sanitizer has
    // nothing to remove, and the page is what PASS gives.
    String plain =
        "## Un titre\n\nDu *texte* avec un [lien](https://example.org/?a=1&b=2) et `<code>`.\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n> Une citation.\n";
    assertThat(render(HtmlPolicy.SANITIZE, plain).html())
        .isEqualTo(render(HtmlPolicy.PASS, plain).html());
    // A scheme the allowlist does not keep is removed under SANITIZE, even without raw HTML.
    String ftp = "Un [fichier](ftp://example.org/a.txt).\n";
    assertThat(Fixtures.dom(render(HtmlPolicy.SANITIZE, ftp)).selectFirst("a").hasAttr("href"))
        .isFalse();
    assertThat(Fixtures.dom(render(HtmlPolicy.PASS, ftp)).selectFirst("a").attr("href"))
        .isEqualTo("ftp://example.org/a.txt");
  }
}
