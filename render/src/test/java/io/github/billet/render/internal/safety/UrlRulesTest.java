package io.github.billet.render.internal.safety;

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
      String u = randomUrl(pieces, random, 6);
      boolean image = random.nextBoolean();
      assertEquals(UrlRules.isUnsafeDecoded(u, image), UrlRules.isUnsafe(u, image), u);
    }
  }

  @Test
  void resolvesRelativePathsAgainstThePageWithoutClimbingAboveTheRoot() {
    UrlRules page = new UrlRules("/en/blog/post/");
    String[][] resolved = {
      {"./cover.png", "/en/blog/post/cover.png"},
      {"cover.png", "/en/blog/post/cover.png"},
      {"././cover.png", "/en/blog/post/cover.png"},
      {"./", "/en/blog/post/"},
      {".", "/en/blog/post/"},
      {"./.", "/en/blog/post/"},
      {".//x", "/en/blog/post//x"},
      {"../other/", "/en/blog/other/"},
      {"./a/../b.png", "/en/blog/post/b.png"},
      {"./.well/x", "/en/blog/post/.well/x"},
      {"../../../../x", "/x"},
      {"./i.png?v=1#top", "/en/blog/post/i.png?v=1#top"},
      {"./i.png#../x", "/en/blog/post/i.png#../x"},
    };
    for (String[] c : resolved) {
      assertEquals(c[1], page.resolve(c[0]), c[0]);
    }
    // Kept as written: site-relative, absolute, fragments and queries.
    for (String kept : List.of("/fr/", "https://example.org/./a", "#top", "?q", "//cdn/x")) {
      assertEquals(kept, page.resolve(kept));
    }
    assertEquals("/en/blog/x.png", new UrlRules("/en/blog/post").resolve("./x.png"));
    assertEquals("https://example.org/a/c", new UrlRules("https://example.org/a/b").resolve("./c"));
  }

  /**
   * Relative paths resolve as {@link java.net.URI#resolve} resolves them (RFC 3986) wherever they
   * stay below the root, on paths built from the pieces that matter.
   */
  @Test
  void resolvesAsTheJdkDoesBelowTheRoot() {
    String[] pieces = {"./", "../", "a/", "b", ".", "..", "/", "c.png", ".x", "x."};
    Random random = new Random(20261201L);
    UrlRules page = new UrlRules("/p/q/r/s/");
    for (int n = 0; n < 50_000; n++) {
      String u = randomUrl(pieces, random, 5);
      if (!UrlRules.isRelativePath(u) || u.contains("//")) {
        continue; // "//" makes an authority for the JDK, and an empty segment here
      }
      String jdk = java.net.URI.create("https://h/p/q/r/s/").resolve(u).getRawPath();
      if (jdk.startsWith("/..")) {
        continue; // the JDK keeps ".." segments above the root; the page never climbs there
      }
      assertEquals(jdk, page.resolve(u), u);
    }
  }

  /** One to {@code maxParts} pieces, each drawn at random. */
  private static String randomUrl(String[] pieces, Random random, int maxParts) {
    StringBuilder url = new StringBuilder();
    int parts = 1 + random.nextInt(maxParts);
    for (int i = 0; i < parts; i++) {
      url.append(pieces[random.nextInt(pieces.length)]);
    }
    return url.toString();
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
