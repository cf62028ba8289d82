package io.github.billet.render.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Billet's URL encoding gives exactly what commonmark-java's gives, on chosen and random URLs. */
class PercentEncodingTest {

  /**
   * commonmark-java's own encoder (internal: reached by reflection, tests run on the class path).
   */
  private static String commonmark(String url) {
    try {
      Method encode =
          Class.forName("org.commonmark.internal.util.Escaping")
              .getMethod("percentEncodeUrl", String.class);
      return (String) encode.invoke(null, url);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void chosenUrlsEncodeLikeCommonmark() {
    for (String url :
        new String[] {
          "",
          "https://code.gouv.fr/fr/blog/",
          "./image.png",
          "/fr/blog/été/",
          "a b",
          "100%",
          "%",
          "%2",
          "%2F",
          "%zz",
          "%%41",
          "q?a=1&b=[2]",
          "emoji-😀",
          "lone-\uD83D-surrogate",
          "low-\uDE00",
          "tab\there",
          "quote\"back\\slash`{|}^<>",
          "mailto:équipe@exemple.gouv.fr"
        }) {
      assertThat(PercentEncoding.encodeUrl(url)).as(url).isEqualTo(commonmark(url));
    }
    String plain = "https://example.gouv.fr/a/b?c=d#e";
    assertThat(PercentEncoding.encodeUrl(plain)).isSameAs(plain);
  }

  @Test
  void randomUrlsEncodeLikeCommonmark() {
    Random random = new Random(20261130);
    String alphabet = "aZ09:/?#@!$&'()*+,;=-._~% \t\"<>\\^`{|}[]éß€\uD83D\uDE00\uD83D\u0000\u007f";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder url = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        url.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = url.toString();
      assertThat(PercentEncoding.encodeUrl(s)).as(s).isEqualTo(commonmark(s));
    }
  }
}
