package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

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
        // compatibility forms decompose to plain letters and digits; marks are dropped
        "ĳssel ﬁchier | ijssel-fichier",
        "Ǆemal x² | dzemal-x2",
        "½ | 1-2",
        "cafe\u0301 E\u0301te\u0301 | cafe-ete",
        "ǖ ǻ ȁ | u-a-a",
      })
  void slugify(String text, String expected) {
    assertThat(Slugs.slugify(text)).isEqualTo(expected);
  }
}
