package io.github.billet.i18n;

import java.util.Locale;

/**
 * A rough throughput figure for {@link LanguageDetector}, not a test: run its {@code main} from the
 * test class path. A JMH benchmark should replace it once the project has a benchmark module.
 *
 * <pre>{@code
 * java -cp i18n/target/classes:i18n/target/test-classes:$(deps) \
 *     io.github.billet.i18n.DetectorThroughput
 * }</pre>
 */
final class DetectorThroughput {

  private DetectorThroughput() {}

  public static void main(String[] args) {
    String fr = LanguageDetectorTest.fixture("fr-long.md");
    String en = LanguageDetectorTest.fixture("en-long.md");
    String tech = LanguageDetectorTest.fixture("fr-tech-english.md");
    String[] posts = {
      (fr + "\n\n" + tech + fr).substring(0, 5000),
      (en + "\n\n" + en + en).substring(0, 5000),
      (tech + "\n\n" + fr + en).substring(0, 5000)
    };
    LanguageDetector detector = LanguageDetector.defaults();
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      int n = 30_000;
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += detector.detect(posts[i % posts.length]).words();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT, "round %d: %.0f posts of 5 KB per second%n", round, n / seconds);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
