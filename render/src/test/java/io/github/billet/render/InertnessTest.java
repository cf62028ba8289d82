package io.github.billet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety oracle of the tests sees a script URL in every attribute the library treats as one.
 */
class InertnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div profile=\"javascript:alert(1)\"></div>",
        "<div itemscope itemtype=\"javascript:alert(1)\"></div>",
        "<img srcset=\"javascript:alert(1) 1x\">"
      })
  void aScriptUrlIsAViolation(String html) {
    assertThat(Inertness.urlViolations(html)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a href=\"https://code.gouv.fr/\">x</a>",
        "<div itemscope itemtype=\"https://schema.org/BlogPosting\"></div>"
      })
  void aWebUrlIsNot(String html) {
    assertThat(Inertness.urlViolations(html)).isEmpty();
  }
}
