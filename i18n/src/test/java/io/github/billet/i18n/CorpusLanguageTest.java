package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the detector on every Markdown file of the code.gouv.fr corpus, found under the system
 * property {@code billet.corpus} + {@code /code.gouv.fr/content}; skipped when absent.
 *
 * <p>Expected: the files under {@code en/} and the two English posts filed under {@code fr/} are
 * English with at least {@link LanguageDetector#DEFAULT_THRESHOLD}; every other file with a body of
 * at least {@link LanguageDetector#DEFAULT_MIN_WORDS} prose words is French with at least that
 * confidence, except the files listed in {@link #KNOWN_MIXED}, which must still never be detected
 * as English.
 */
class CorpusLanguageTest {

  private static final Set<String> ENGLISH_UNDER_FR =
      Set.of(
          "fr/blog/posts/osor-handbook-on-open-source-software-in-public-administration/index.md",
          "fr/blog/posts/interview-with-johan-linaker-RISE-2024/index.md");

  /**
   * French pages whose body is genuinely half English: a press review listing article titles in
   * French and in English ("En français" / "En anglais" sections). The detector says "mixed".
   */
  private static final Set<String> KNOWN_MIXED = Set.of("fr/bluehats/gazettes/bluehats_23.md");

  private final LanguageDetector detector = LanguageDetector.defaults();

  private static Path content() {
    String corpus = System.getProperty("billet.corpus");
    assumeTrue(
        corpus != null && !corpus.isBlank(),
        "system property billet.corpus is not set: corpus tests skipped");
    Path content = Path.of(corpus, "code.gouv.fr", "content");
    assumeTrue(
        Files.isDirectory(content),
        "corpus not found at "
            + content
            + ": corpus tests skipped (run with -Dbillet.corpus=/path/to/shared/corpus)");
    return content;
  }

  private static List<Path> markdownFiles(Path content) {
    try (Stream<Path> files = Files.walk(content)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path content, Path file) {
    return content.relativize(file).toString().replace('\\', '/');
  }

  private static boolean isEnglish(String rel) {
    return rel.startsWith("en/") || ENGLISH_UNDER_FR.contains(rel);
  }

  private Detection detect(Path file) {
    try {
      return detector.detect(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileIsInItsLanguage() {
    Path content = content();
    return markdownFiles(content).stream()
        .map(
            file -> {
              String rel = relative(content, file);
              return DynamicTest.dynamicTest(rel, () -> check(rel, detect(file)));
            });
  }

  private void check(String rel, Detection d) {
    if (isEnglish(rel)) {
      assertThat(d.is(Language.ENGLISH)).as(rel + ": " + d).isTrue();
      assertThat(d.confidence()).isGreaterThanOrEqualTo(LanguageDetector.DEFAULT_THRESHOLD);
      return;
    }
    assertThat(d.candidate())
        .as(rel + ": " + d)
        .isNotEqualTo(java.util.Optional.of(Language.ENGLISH));
    if (d.words() < detector.minWords()) {
      assertThat(d.isReliable()).as(rel + " has no real body: " + d).isFalse();
    } else if (KNOWN_MIXED.contains(rel)) {
      assertThat(d.isReliable()).as(rel + ": " + d).isFalse();
      assertThat(d.reason()).startsWith("mixed: ");
    } else {
      assertThat(d.is(Language.FRENCH)).as(rel + ": " + d).isTrue();
    }
  }

  @Test
  void corpusIsWhatTheTestExpects() {
    Path content = content();
    List<Path> files = markdownFiles(content);
    assertThat(files).hasSize(211);
    Set<String> rels = files.stream().map(f -> relative(content, f)).collect(Collectors.toSet());
    assertThat(rels).containsAll(ENGLISH_UNDER_FR).containsAll(KNOWN_MIXED);
  }

  @Test
  void thresholdSeparatesTheLanguages() {
    Path content = content();
    double lowestEnglish = 1;
    double highestEnglishAmongFrench = 0;
    for (Path file : markdownFiles(content)) {
      String rel = relative(content, file);
      Detection d = detect(file);
      if (isEnglish(rel)) {
        lowestEnglish = Math.min(lowestEnglish, d.confidence());
      } else if (d.candidate().filter(Language.ENGLISH::equals).isPresent()) {
        highestEnglishAmongFrench = Math.max(highestEnglishAmongFrench, d.confidence());
      }
    }
    assertThat(lowestEnglish).isGreaterThanOrEqualTo(LanguageDetector.DEFAULT_THRESHOLD);
    assertThat(highestEnglishAmongFrench).isLessThan(LanguageDetector.DEFAULT_THRESHOLD);
  }
}
