package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile bodies under the three policies. In every policy no URL attribute can carry script and
 * attribute blocks cannot add handlers. Under PASS, a raw {@code <script>} element or {@code
 * onclick} attribute written as HTML is kept by definition (authors are trusted); only the URLs of
 * raw tags are neutralized. ESCAPE and SANITIZE output is fully inert.
 */
class HostileInputTest {

  private static final String HOSTILE =
      String.join(
          "\n",
          "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](&#106;avascript:alert(3))",
          "[d](jav&#x09;ascript:alert(4)) [e](<java\tscript:alert(5)>) [f](vbscript:msgbox(6))",
          "[g](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==) ![h](data:image/png;base64,iVBOR)",
          "<javascript:alert(8)> [i](https://ok.fr){href=javascript:alert(9)}",
          "[j](/x){onclick=alert(10) onmouseover=\"alert(11)\" style=\"background:url(javascript:alert(12))\"}",
          "[k](/x){title='\"><script>alert(13)</script>'} [l](/\"onmouseover=\"alert(14))",
          "",
          "<a href=\"jav&#x09;ascript:alert(15)\">m</a> <a href='&#x6A;avascript:alert(16)'>n</a>",
          "<img src=\"JAVASCRIPT:alert(17)\"> <a href=\" javascript:alert(18)\">o</a>",
          "",
          "<div><a href=\"jav&Tab;ascript:alert(19)\">p</a><form action=\"javascript:alert(20)\"></form>",
          "<iframe src=\"javascript:alert(21)\"></iframe><svg><a xlink:href=\"javascript:alert(22)\">q</a></svg>",
          "<img srcset=\"javascript:alert(23) 1x\"><object data=\"data:text/html,x\"></object></div>",
          "",
          "<script>alert(24)</script>",
          "",
          ":::quote javascript:alert(25)",
          "x",
          ":::",
          "",
          "{% imageContent \"javascript:alert(26)\", \"alt\\\" onerror=\\\"alert(27)\" %}",
          "");

  private static Document renderWith(HtmlPolicy policy, RenderedBody[] out) {
    BodyRenderer renderer =
        BodyRenderer.builder().policy(policy).allowedIframeHosts("tube.numerique.gouv.fr").build();
    out[0] = render(renderer, HOSTILE);
    return dom(out[0]);
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void noUrlAttributeCarriesScript(HtmlPolicy policy) {
    RenderedBody[] body = new RenderedBody[1];
    Document doc = renderWith(policy, body);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        assertThat(value)
            .as("%s %s=%s under %s", e.tagName(), a.getKey(), a.getValue(), policy)
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotContain("javascript:alert");
        if (value.startsWith("data:")) {
          assertThat(e.tagName() + " " + a.getKey() + " " + value)
              .startsWith("img src data:image/");
        }
      }
    }
    assertThat(body[0].problems()).extracting(Problem::code).contains("url.unsafe");
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void attributeBlocksAndMarkdownCannotAddHandlers(HtmlPolicy policy) {
    RenderedBody[] body = new RenderedBody[1];
    Document doc = renderWith(policy, body);
    // Markdown-made elements: links, images and figures never get on* or unsafe style.
    for (Element e : doc.select("p > a, p > img, figure, figure img")) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getValue()).doesNotContain("url(");
      }
    }
    Element k = doc.select("a").stream().filter(a -> a.text().equals("k")).findFirst().get();
    assertThat(k.attr("title")).isEqualTo("\"><script>alert(13)</script>");
    assertThat(k.children()).isEmpty();
    assertThat(body[0].problems()).extracting(Problem::code).contains("attribute.unsafe");
  }

  @ParameterizedTest
  @EnumSource(
      value = HtmlPolicy.class,
      names = {"ESCAPE", "SANITIZE"})
  void escapeAndSanitizeAreFullyInert(HtmlPolicy policy) {
    RenderedBody[] body = new RenderedBody[1];
    Document doc = renderWith(policy, body);
    assertThat(doc.select("script, iframe, object, form, svg")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void passKeepsRawScriptByDefinitionButNeutralizesItsUrls() {
    RenderedBody[] body = new RenderedBody[1];
    Document doc = renderWith(HtmlPolicy.PASS, body);
    assertThat(doc.select("script")).hasSize(1); // trusted authors may write scripts
    assertThat(doc.selectFirst("form").attr("action")).isEqualTo("about:invalid#unsafe-url");
    assertThat(doc.selectFirst("iframe").attr("src")).isEqualTo("about:invalid#unsafe-url");
  }

  @org.junit.jupiter.api.Test
  void sanitizeKeepsIframesFromAllowedHostsOnly() {
    BodyRenderer renderer =
        BodyRenderer.builder()
            .policy(HtmlPolicy.SANITIZE)
            .allowedIframeHosts("tube.numerique.gouv.fr")
            .build();
    RenderedBody body =
        render(
            renderer,
            "<iframe title=\"v\" src=\"https://tube.numerique.gouv.fr/videos/embed/1\"></iframe>\n\n"
                + "<iframe src=\"https://evil.example/x\"></iframe>\n\n<p onclick=\"x()\">t</p>\n");
    Document doc = dom(body);
    assertThat(doc.select("iframe").eachAttr("src"))
        .containsExactly("https://tube.numerique.gouv.fr/videos/embed/1");
    assertThat(doc.selectFirst("p").attributes().size()).isZero();
    assertThat(body.problems()).extracting(Problem::code).contains("html.sanitized");
  }

  @org.junit.jupiter.api.Test
  void escapeShowsRawHtmlAsText() {
    BodyRenderer renderer = BodyRenderer.builder().policy(HtmlPolicy.ESCAPE).build();
    Document doc = dom(render(renderer, "<b>gras</b> et\n\n<div>bloc</div>\n"));
    assertThat(doc.select("b, div")).isEmpty();
    assertThat(doc.text()).contains("<b>gras</b>", "<div>bloc</div>");
  }
}
