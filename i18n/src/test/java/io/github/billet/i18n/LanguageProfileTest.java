package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageProfileTest {

  @Test
  void builtInProfilesAreSubstantial() {
    LanguageProfile fr = LanguageProfile.french();
    LanguageProfile en = LanguageProfile.english();
    assertThat(fr.language()).isEqualTo(Language.FRENCH);
    assertThat(en.language()).isEqualTo(Language.ENGLISH);
    assertThat(fr.stopWords()).hasSizeGreaterThan(100).contains("le", "l'", "qu'", "être");
    assertThat(en.stopWords()).hasSizeGreaterThan(100).contains("the", "of", "and");
    assertThat(fr.letters()).contains("é", "ç", "œ");
    assertThat(en.letters()).isEmpty();
    assertThat(fr.trigrams()).allMatch(t -> t.length() == 3);
    assertThat(fr.toString()).startsWith("LanguageProfile[fr, ");
    assertThat(LanguageProfile.french()).isSameAs(fr);
  }

  @Test
  void builtInStopWordsDoNotOverlap() {
    Set<String> both = new HashSet<>(LanguageProfile.french().stopWords());
    both.retainAll(LanguageProfile.english().stopWords());
    assertThat(both).as("ambiguous words such as 'on' or 'a' are left out of both").isEmpty();
  }

  @Test
  void builderNormalizesAndChecks() {
    LanguageProfile p =
        LanguageProfile.builder(Language.of("it"))
            .stopWords("Il", "dell’", "che")
            .trigrams("ZIO", "_ch")
            .letters("ÀÈ")
            .build();
    assertThat(p.stopWords()).containsExactlyInAnyOrder("il", "dell'", "che");
    assertThat(p.trigrams()).containsExactlyInAnyOrder("zio", "_ch");
    assertThat(p.letters()).isEqualTo("àè");
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).stopWords("l'a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).stopWords(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).stopWords("deux mots"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).trigrams("ab"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).trigrams("a1b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).trigrams("___"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder(Language.FRENCH).letters("é1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharedStopWordsTellNothing() {
    LanguageProfile a = LanguageProfile.builder(Language.of("aa")).stopWords("zo", "ka").build();
    LanguageProfile b = LanguageProfile.builder(Language.of("bb")).stopWords("zo", "mi").build();
    LanguageDetector d =
        LanguageDetector.builder()
            .profiles(java.util.List.of(a, b))
            .minWords(0)
            .threshold(0.1)
            .build();
    assertThat(d.detect("zo zo zo zo zo zo").candidate()).isEmpty();
    assertThat(d.detect("zo zo zo ka ka ka ka ka ka ka").language()).contains(Language.of("aa"));
  }
}
