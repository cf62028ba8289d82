package io.github.billet.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UrlRulesTest {

  @Test
  void blocksScriptSchemesWrittenPlainlyOrHidden() {
    for (String url :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "vbscript:x",
            "LiveScript:x",
            " javascript:x",
            "java\tscript:x",
            "java&#115;cript:x",
            "&#106;avascript:x",
            "jav\u00adascript:x",
            "java\u200bscript:x",
            "data:text/html,<b>")) {
      assertTrue(UrlRules.isUnsafe(url, false), url);
    }
  }

  @Test
  void letsOrdinaryAndImageUrlsThrough() {
    for (String url :
        List.of(
            "https://example.org/a?b=1&c=2",
            "/fr/blog/",
            "../img.png",
            "#top",
            "mailto:someone@example.org",
            "javascript",
            "javascripts:x",
            "my-javascript:x",
            "")) {
      assertFalse(UrlRules.isUnsafe(url, false), url);
    }
    assertTrue(UrlRules.isUnsafe("data:text/plain,x", true));
    assertFalse(UrlRules.isUnsafe("data:image/png;base64,AAAA", true));
    assertTrue(UrlRules.isUnsafe("data:image/png;base64,AAAA", false));
  }

  /** The fast path gives the full check's answer on URLs built from the pieces that matter. */
  @Test
  void fastPathAgreesWithTheFullCheck() {
    String[] pieces = {
      "java", "script", "vb", "live", "data", ":", "image/", "png", "&", "&#58;", "&colon;",
      "&#x6A;", "&amp;", "#", "/", "?", "a", "J", "S", " ", "\t", "\u0000", "\u007f", "\u0085",
      "\u00ad", "\u200b", "\ufeff", "é", "K", "\u212a", "-", "+", ".", "1", "%3A", "http", "s", "//"
    };
    Random random = new Random(20261130L);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder url = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        url.append(pieces[random.nextInt(pieces.length)]);
      }
      String u = url.toString();
      boolean image = random.nextBoolean();
      assertEquals(UrlRules.isUnsafeDecoded(u, image), UrlRules.isUnsafe(u, image), u);
    }
  }

  /** The references an HTML writer escapes with are decoded as jsoup decodes them. */
  @Test
  void decodesAttributeReferencesAsJsoupDoes() {
    String[] pieces = {
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&#39;",
      "&amp",
      "&ampx",
      "&amp;amp;",
      "&eacute;",
      "&#233;",
      "&#xE9;",
      "&",
      "&;",
      "&#",
      "a",
      "b=1",
      "?",
      "é",
      " ",
      "&apos;",
      "&nbsp;",
      "&lt",
      "&QUOT;"
    };
    Random random = new Random(41);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        value.append(pieces[random.nextInt(pieces.length)]);
      }
      String v = value.toString();
      assertEquals(
          org.jsoup.parser.Parser.unescapeEntities(v, true), UrlRules.unescapeAttribute(v), v);
    }
  }
}
