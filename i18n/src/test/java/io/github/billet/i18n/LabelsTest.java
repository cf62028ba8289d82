package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {

  private static final Language GERMAN = Language.of("de");

  private final Labels labels = Labels.defaults();

  @Test
  void everyBuiltInLabelHasFrenchAndEnglishText() {
    for (Label label : Label.values()) {
      assertThat(labels.template(Language.FRENCH, label.key())).as(label.key()).isPresent();
      assertThat(labels.get(Language.FRENCH, label)).as(label.key()).isNotEqualTo(label.key());
      assertThat(labels.get(Language.ENGLISH, label)).as(label.key()).isNotEqualTo(label.key());
    }
    assertThat(labels.missingKeys(Language.FRENCH)).isEmpty();
    assertThat(labels.missingKeys(Language.ENGLISH)).isEmpty();
    assertThat(labels.languages()).containsExactly(Language.FRENCH, Language.ENGLISH);
  }

  @Test
  void publishedOnFormatsTheDateInTheTextsLanguage() {
    LocalDate d = LocalDate.of(2024, 3, 26);
    assertThat(labels.publishedOn(Language.FRENCH, d)).isEqualTo("Publié le 26 mars 2024");
    assertThat(labels.publishedOn(Language.ENGLISH, d)).isEqualTo("Published on 26 March 2024");
    assertThat(labels.publishedOn(Language.FRENCH, LocalDate.of(2024, 3, 1)))
        .isEqualTo("Publié le 1er mars 2024");
    assertThat(labels.updatedOn(Language.ENGLISH, d)).isEqualTo("Updated on 26 March 2024");
  }

  @Test
  void getWithPlaceholderValuesAsInTheIssue() {
    assertThat(labels.get(Language.FRENCH, "post.publishedOn", Map.of("date", "26 mars 2024")))
        .isEqualTo("Publié le 26 mars 2024");
  }

  @Test
  void commonLabels() {
    assertThat(labels.get(Language.FRENCH, Label.TABLE_OF_CONTENTS)).isEqualTo("Sommaire");
    assertThat(labels.get(Language.ENGLISH, Label.TABLE_OF_CONTENTS)).isEqualTo("Contents");
    assertThat(labels.get(Language.FRENCH, Label.NEXT_POST)).isEqualTo("Article suivant");
    assertThat(labels.get(Language.ENGLISH, Label.PREVIOUS_PAGE)).isEqualTo("Previous page");
    assertThat(labels.pageOf(Language.FRENCH, 2, 5)).isEqualTo("Page 2 sur 5");
    assertThat(labels.pageOf(Language.ENGLISH, 2, 5)).isEqualTo("Page 2 of 5");
    assertThat(labels.postsTagged(Language.FRENCH, "Données ouvertes"))
        .isEqualTo("Articles avec le tag « Données ouvertes »");
    assertThat(labels.postsTagged(Language.ENGLISH, "Europe")).isEqualTo("Posts tagged “Europe”");
    assertThat(labels.translationOf(Language.ENGLISH, "Guide OSOR"))
        .isEqualTo("Translation of “Guide OSOR”");
  }

  @Test
  void readInNamesTheTargetLanguageInItself() {
    assertThat(labels.readIn(Language.ENGLISH)).isEqualTo("Read in English");
    assertThat(labels.readIn(Language.FRENCH)).isEqualTo("Lire en français");
    assertThat(labels.readIn(GERMAN)).isEqualTo("Deutsch");
    assertThat(labels.languageName(Language.FRENCH)).isEqualTo("français");
    assertThat(labels.languageName(Language.of("es"))).isEqualTo("español");
    Labels withGerman =
        Labels.builder()
            .add(GERMAN, Map.of("post.readInThisLanguage", "Auf Deutsch lesen"))
            .build();
    assertThat(withGerman.readIn(GERMAN)).isEqualTo("Auf Deutsch lesen");
  }

  @Test
  void countsFollowTheLanguagesPluralRule() {
    assertThat(labels.postCount(Language.FRENCH, 0)).isEqualTo("0 article");
    assertThat(labels.postCount(Language.FRENCH, 1)).isEqualTo("1 article");
    assertThat(labels.postCount(Language.FRENCH, 12)).isEqualTo("12 articles");
    assertThat(labels.postCount(Language.ENGLISH, 0)).isEqualTo("0 posts");
    assertThat(labels.postCount(Language.ENGLISH, 1)).isEqualTo("1 post");
  }

  @Test
  void addedLanguageFallsBackAlongTheChain() {
    Labels l =
        Labels.builder()
            .add(GERMAN, Map.of("post.publishedOn", "Veröffentlicht am {date}"))
            .add(Language.ENGLISH, Map.of("custom.only.en", "English only"))
            .add(Language.FRENCH, Map.of("custom.only.fr", "Seulement en français"))
            .fallback(Language.ENGLISH, Language.FRENCH)
            .build();
    assertThat(l.fallbackChain(GERMAN)).containsExactly(GERMAN, Language.ENGLISH, Language.FRENCH);
    assertThat(l.fallbackChain(Language.ENGLISH))
        .containsExactly(Language.ENGLISH, Language.FRENCH);
    assertThat(l.publishedOn(GERMAN, LocalDate.of(2024, 3, 26)))
        .isEqualTo("Veröffentlicht am 26. März 2024");
    assertThat(l.get(GERMAN, Label.NEXT_PAGE)).isEqualTo("Next page");
    assertThat(l.get(GERMAN, "custom.only.en")).isEqualTo("English only");
    assertThat(l.get(GERMAN, "custom.only.fr")).isEqualTo("Seulement en français");
    assertThat(l.get(Language.ENGLISH, "custom.only.fr")).isEqualTo("Seulement en français");
    assertThat(l.missingKeys(GERMAN)).contains("post.toc").doesNotContain("post.publishedOn");
    assertThat(l.missingKeys(Language.ENGLISH)).containsExactly("custom.only.fr");
  }

  @Test
  void fallbackDatesAreFormattedInTheFallbackTextsLanguage() {
    Labels l = Labels.builder().add(GERMAN, Map.of("post.toc", "Inhalt")).build();
    assertThat(l.publishedOn(GERMAN, LocalDate.of(2024, 3, 26)))
        .isEqualTo("Published on 26 March 2024");
  }

  @Test
  void missingKeyIsShownNotThrown() {
    assertThat(labels.get(Language.FRENCH, "no.such.key")).isEqualTo("no.such.key");
    assertThat(labels.get(GERMAN, "no.such.key", Map.of("x", 1))).isEqualTo("no.such.key");
    assertThat(labels.template(GERMAN, "no.such.key")).isEmpty();
    Labels noFallback =
        Labels.builder().add(GERMAN, Map.of("post.toc", "Inhalt")).fallback().build();
    assertThat(noFallback.fallbackChain(GERMAN)).containsExactly(GERMAN);
    assertThat(noFallback.get(GERMAN, Label.TABLE_OF_CONTENTS)).isEqualTo("Inhalt");
    assertThat(noFallback.get(GERMAN, Label.HOME)).isEqualTo("nav.home");
  }

  @Test
  void unknownPlaceholdersStayVisible() {
    Labels l =
        Labels.builder()
            .add(
                Language.ENGLISH,
                Map.of(
                    "t.unknown", "Hello {name}, see {other}",
                    "t.odd", "{} { name} {unclosed {name",
                    "t.repeat", "{name}{name}!"))
            .build();
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Ada");
    assertThat(l.get(Language.ENGLISH, "t.unknown", values)).isEqualTo("Hello Ada, see {other}");
    assertThat(l.get(Language.ENGLISH, "t.odd", values)).isEqualTo("{} { name} {unclosed {name");
    assertThat(l.get(Language.ENGLISH, "t.repeat", values)).isEqualTo("AdaAda!");
    assertThat(l.get(Language.ENGLISH, "t.unknown")).isEqualTo("Hello {name}, see {other}");
    assertThat(labels.get(Language.FRENCH, Label.PUBLISHED_ON)).isEqualTo("Publié le {date}");
  }

  @Test
  void laterTextsReplaceEarlierOnes() {
    Labels l = Labels.builder().add(Language.FRENCH, Map.of("post.tags", "Étiquettes")).build();
    assertThat(l.get(Language.FRENCH, Label.TAGS)).isEqualTo("Étiquettes");
    assertThat(l.get(Language.FRENCH, Label.TABLE_OF_CONTENTS)).isEqualTo("Sommaire");
  }

  @Test
  void propertiesAreReadAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labels_de.properties");
    Files.writeString(
        file, "post.toc=Inhaltsübersicht\npost.publishedOn=Veröffentlicht am {date}\n");
    byte[] spanish = "post.toc=Índice\n".getBytes(StandardCharsets.UTF_8);
    Labels l =
        Labels.builder()
            .addProperties(GERMAN, file)
            .addProperties(Language.of("es"), new ByteArrayInputStream(spanish))
            .addProperties(Language.of("it"), new StringReader("post.toc=Sommario"))
            .build();
    assertThat(l.get(GERMAN, Label.TABLE_OF_CONTENTS)).isEqualTo("Inhaltsübersicht");
    assertThat(l.get(Language.of("es"), Label.TABLE_OF_CONTENTS)).isEqualTo("Índice");
    assertThat(l.get(Language.of("it"), Label.TABLE_OF_CONTENTS)).isEqualTo("Sommario");
  }

  @Test
  void latin1BytesAreRejectedNotGarbled() {
    byte[] latin1 = "post.toc=Inhaltsübersicht\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> Labels.builder().addProperties(GERMAN, new ByteArrayInputStream(latin1)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void nullsAreRejectedWhenBuilding() {
    Map<String, String> withNull = new HashMap<>();
    withNull.put("post.toc", null);
    assertThatThrownBy(() -> Labels.builder().add(GERMAN, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("post.toc");
    assertThatThrownBy(() -> Labels.builder().fallback(List.of(GERMAN, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builtLabelsDoNotChangeWhenTheBuilderDoes() {
    Labels.Builder b = Labels.builder();
    Labels first = b.build();
    b.add(Language.FRENCH, Map.of("post.toc", "Table"));
    assertThat(first.get(Language.FRENCH, Label.TABLE_OF_CONTENTS)).isEqualTo("Sommaire");
    assertThat(b.build().get(Language.FRENCH, Label.TABLE_OF_CONTENTS)).isEqualTo("Table");
  }

  @Test
  void customDateFormatterIsUsed() {
    Labels l =
        Labels.builder()
            .dates(DateFormatter.builder().pattern(Language.ENGLISH, "MMMM d, yyyy").build())
            .build();
    assertThat(l.publishedOn(Language.ENGLISH, LocalDate.of(2024, 3, 26)))
        .isEqualTo("Published on March 26, 2024");
    assertThat(l.dates().format(LocalDate.of(2024, 3, 1), Language.FRENCH))
        .isEqualTo("1er mars 2024");
  }
}
