package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = LanguageDetector.defaults();

  static String fixture(String name) {
    try (InputStream in =
        LanguageDetectorTest.class.getResourceAsStream("/io/github/billet/i18n/detector/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void longFrenchPostIsFrench() {
    Detection d = detector.detect(fixture("fr-long.md"));
    assertThat(d.is(Language.FRENCH)).as(d.toString()).isTrue();
    assertThat(d.language()).contains(Language.FRENCH);
    assertThat(d.candidate()).contains(Language.FRENCH);
    assertThat(d.confidence()).isGreaterThan(0.95);
    assertThat(d.reason()).contains("French stop words vs").contains("accented letters");
    assertThat(d.words()).isBetween(300, 450);
  }

  @Test
  void longEnglishPostIsEnglish() {
    Detection d = detector.detect(fixture("en-long.md"));
    assertThat(d.is(Language.ENGLISH)).as(d.toString()).isTrue();
    assertThat(d.confidence()).isGreaterThan(0.95);
    assertThat(d.reason()).startsWith("").contains("English stop words vs 0 French");
  }

  @Test
  void frenchFullOfEnglishTechWordsIsStillFrench() {
    Detection d = detector.detect(fixture("fr-tech-english.md"));
    assertThat(d.is(Language.FRENCH)).as(d.toString()).isTrue();
    assertThat(d.confidence()).isGreaterThan(LanguageDetector.DEFAULT_THRESHOLD);
  }

  @Test
  void frenchWithEnglishCodeUrlsAndHtmlIsFrench() {
    String english = "the value of the thing is not in the list and it will be there for you ";
    String md =
        "---\ntitle: \"The title of the post\"\n---\n\n"
            + "Nous publions aujourd'hui le code de notre outil de suivi des demandes.\n\n"
            + "```java\n// "
            + english.repeat(20)
            + "\n```\n\n"
            + "<table class=\"the table\" summary=\""
            + english
            + "\"><tr><td>Cellule</td></tr></table>\n\n"
            + "Le dépôt est sur https://example.org/"
            + english.trim().replace(' ', '-')
            + " et `"
            + english
            + "` montre un exemple.\n\n"
            + "Les agents peuvent le réutiliser dans leurs services, et nous comptons sur leurs "
            + "retours pour l'améliorer au fil des mois.";
    Detection d = detector.detect(md);
    assertThat(d.is(Language.FRENCH)).as(d.toString()).isTrue();
    assertThat(d.reason()).contains("vs 0 English");
  }

  @Test
  void translationNoticeInTheOtherLanguageIsIgnored() {
    String md =
        "*Lire la [version française de ce billet, avec les liens et les images du projet]"
            + "(/fr/blog/x/).*\n\n"
            + "We moved our forms to a shared design system and the pages now load faster for "
            + "everyone who uses them.";
    Detection d = detector.detect(md);
    assertThat(d.reason()).contains("English stop words vs 0 French");
  }

  @Test
  void shortTextIsUnknown() {
    for (String text :
        List.of(
            "Bonjour à tous",
            "Publié le 26 mars 2024 par la mission",
            "The end of the story",
            "Open source",
            "Voir le programme de la journée et les inscriptions en ligne.")) {
      Detection d = detector.detect(text);
      assertThat(d.isReliable()).as(text + " -> " + d).isFalse();
      assertThat(d.language()).isEmpty();
      assertThat(d.confidence()).isLessThan(LanguageDetector.DEFAULT_THRESHOLD);
    }
    Detection d = detector.detect("Voir le programme de la journée et les inscriptions en ligne.");
    assertThat(d.reason()).startsWith("too short: 11 words, 15 needed");
    assertThat(d.candidate()).contains(Language.FRENCH);
  }

  @Test
  void mixedTextIsUnknown() {
    Detection d = detector.detect(fixture("mixed.md"));
    assertThat(d.isReliable()).as(d.toString()).isFalse();
    assertThat(d.language()).isEmpty();
    assertThat(d.confidence()).isLessThan(0.5);
    assertThat(d.reason()).startsWith("mixed: ");
    assertThat(d.toString()).startsWith("unknown, best ");
  }

  @Test
  void halfAndHalfPostsAreUnknown() {
    String fr = fixture("fr-long.md");
    String en = fixture("en-long.md");
    Detection d = detector.detect(fr + "\n\n" + en.substring(en.indexOf("The public library")));
    assertThat(d.isReliable()).as(d.toString()).isFalse();
  }

  @Test
  void textWithoutEvidenceHasNoCandidate() {
    Detection d = detector.detect("```\ncode only\n```\n<p>");
    assertThat(d.candidate()).isEmpty();
    assertThat(d.confidence()).isZero();
    assertThat(d.words()).isZero();
    assertThat(d.toString()).startsWith("unknown (");
    Detection names = detector.detect("Xwiki Keycloak Matomo Nextcloud Collabora");
    assertThat(names.isReliable()).isFalse();
  }

  @Test
  void thresholdAndMinimumAreConfigurable() {
    LanguageDetector lenient = LanguageDetector.builder().minWords(0).threshold(0.2).build();
    assertThat(lenient.detect("Publié le 26 mars 2024 par la mission").language())
        .contains(Language.FRENCH);
    LanguageDetector strict = LanguageDetector.builder().threshold(1).build();
    Detection d = strict.detect(fixture("fr-long.md"));
    assertThat(d.isReliable()).isFalse();
    assertThat(d.reason()).startsWith("too little evidence: ");
    assertThat(lenient.threshold()).isEqualTo(0.2);
    assertThat(lenient.minWords()).isZero();
    assertThat(detector.profiles())
        .extracting(LanguageProfile::language)
        .containsExactly(Language.FRENCH, Language.ENGLISH);
    assertThatThrownBy(() -> LanguageDetector.builder().threshold(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageDetector.builder().threshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageDetector.builder().minWords(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageDetector.builder().profiles(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moreLanguagesCanBeAddedByProfile() {
    LanguageProfile german =
        LanguageProfile.builder(Language.of("de"))
            .stopWords(
                "der", "die", "das", "und", "ist", "nicht", "mit", "auf", "für", "ein", "eine",
                "wir", "sie", "es", "zu", "von", "den", "dem", "im", "auch", "wird", "werden",
                "haben", "hat", "sich", "noch", "nach", "bei", "aus", "wie", "oder", "aber")
            .trigrams("sch", "ung", "ich", "_ge", "en_")
            .letters("äöüß")
            .build();
    LanguageDetector three = LanguageDetector.builder().profile(german).build();
    String text =
        "Die Bibliothek der Stadt hat im letzten Frühjahr ihre Software für die Ausleihe "
            + "ersetzt. Das alte Programm wurde nicht mehr gepflegt, und die Mitarbeiter mussten "
            + "jeden Morgen doppelte Einträge korrigieren. Wir haben uns für eine freie Lösung "
            + "entschieden, die auch von anderen Gemeinden genutzt wird.";
    Detection d = three.detect(text);
    assertThat(d.is(Language.of("de"))).as(d.toString()).isTrue();
    assertThat(d.reason()).contains("German stop words");
    assertThat(three.detect(fixture("fr-long.md")).is(Language.FRENCH)).isTrue();
    assertThat(three.detect(fixture("en-long.md")).is(Language.ENGLISH)).isTrue();
    assertThat(LanguageDetector.defaults().detect(text).is(Language.of("de"))).isFalse();
  }

  @Test
  void profilesCanBeReplaced() {
    LanguageDetector onlyFrench =
        LanguageDetector.builder().profiles(List.of(LanguageProfile.french())).build();
    Detection d = onlyFrench.detect(fixture("fr-long.md"));
    assertThat(d.is(Language.FRENCH)).isTrue();
    assertThat(d.reason()).doesNotContain(" vs ");
    assertThat(onlyFrench.detect(fixture("en-long.md")).isReliable()).isFalse();
  }

  @Test
  void detectionIsAValue() {
    Detection a = new Detection(Language.FRENCH, 1.5, true, 10, "why");
    assertThat(a.confidence()).isEqualTo(1.0);
    assertThat(a).isEqualTo(new Detection(Language.FRENCH, 1.0, true, 10, "why"));
    assertThat(a).hasSameHashCodeAs(new Detection(Language.FRENCH, 1.0, true, 10, "why"));
    assertThat(a).isNotEqualTo(new Detection(Language.FRENCH, 1.0, false, 10, "why"));
    assertThat(a.toString()).isEqualTo("fr 1.00 (why)");
    assertThat(new Detection(null, Double.NaN, false, -3, "none").confidence()).isZero();
    assertThatThrownBy(() -> new Detection(null, 1, true, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detectorIsSafeToShareBetweenThreads() throws InterruptedException {
    String fr = fixture("fr-long.md");
    String en = fixture("en-long.md");
    Detection expectedFr = detector.detect(fr);
    Detection expectedEn = detector.detect(en);
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  if (!detector.detect(fr).equals(expectedFr)
                      || !detector.detect(en).equals(expectedEn)) {
                    wrong.incrementAndGet();
                  }
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(wrong.get()).isZero();
  }

  @Test
  void formatsTheAccentedShareAsTheFormatterDid() {
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 20_000; n++) {
      double value =
          n % 2 == 0 ? 100.0 * random.nextInt(2000) / (1 + random.nextInt(2000)) : n / 40.0;
      assertThat(LanguageDetector.oneDecimal(value))
          .as("%s", value)
          .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", value));
    }
  }

  @Test
  void namesTheBuiltInLanguagesInTheFacts() {
    Detection d =
        LanguageDetector.defaults()
            .detect("Le logiciel libre et les communs numériques sont au cœur de la mission.");
    assertThat(d.reason()).contains("French stop words vs").contains("English");
  }
}
