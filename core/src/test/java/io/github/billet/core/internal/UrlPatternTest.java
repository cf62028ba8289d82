package io.github.billet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPatternTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/fr/blog/x/ | /fr/blog/x/",
        "//fr//blog///x/ | /fr/blog/x/",
        "/fr/blog// | /fr/blog/",
        "a//b | a/b",
        "/ | /",
        "// | /",
        "abc | abc",
      })
  void collapsesEveryRunOfSlashes(String path, String expected) {
    assertThat(UrlPattern.collapseSlashes(path)).isEqualTo(expected);
    assertThat(UrlPattern.collapseSlashes(new StringBuilder(path))).isEqualTo(expected);
  }

  @Test
  void collapsingMatchesAPlainCharacterLoopOnRandomPaths() {
    Random random = new Random(11);
    String alphabet = "//ab.-";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String path = s.toString();
      assertThat(UrlPattern.collapseSlashes(path)).as(path).isEqualTo(reference(path));
    }
  }

  /** Keeps a character unless it is a '/' right after a kept '/'. */
  private static String reference(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
