package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Données ouvertes | donnees-ouvertes",
        "plan action logiciels libres et communs numeriques"
            + " | plan-action-logiciels-libres-et-communs-numeriques",
        "mentions legales | mentions-legales",
        "  Été 2024 : l'œuvre !  | ete-2024-l-oeuvre",
        "C++ & Java | c-java",
        "Straße | strasse",
        "ÀÉÎÕÜ ç | aeiou-c",
        "already-a-slug | already-a-slug",
        "a___b---c | a-b-c",
        "Wébinaire BlueHats 🧢 n°18 | webinaire-bluehats-n-18",
        "日本語 | ''",
        "--- | ''",
      })
  void slugify(String text, String expected) {
    assertThat(Slugs.slugify(text)).isEqualTo(expected);
  }

  /** The table decomposition gives the normalizer's slug on Latin text with stray marks. */
  @Test
  void decomposingLetterByLetterGivesTheNormalizersSlug() {
    Random random = new Random(3);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        int pick = random.nextInt(10);
        char c =
            pick < 6
                ? (char) random.nextInt(0x250)
                : pick < 8
                    ? (char) (0x300 + random.nextInt(0x70))
                    : "- 'œßŁ".charAt(random.nextInt(6));
        s.append(c);
      }
      String text = s.toString();
      assertThat(Slugs.slugify(text))
          .as(text)
          .isEqualTo(Slugs.slugOfDecomposed(Normalizer.normalize(text, Normalizer.Form.NFKD)));
    }
  }

  @Test
  void latinLettersLoseTheirMarksOneByOne() {
    for (char c = 0; c < 0x250; c++) {
      String one = String.valueOf(c);
      assertThat(Slugs.slugify(one))
          .as("U+%04X", (int) c)
          .isEqualTo(Slugs.slugOfDecomposed(Normalizer.normalize(one, Normalizer.Form.NFKD)));
    }
  }
}
