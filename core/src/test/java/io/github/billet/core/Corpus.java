package io.github.billet.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real corpus; tests that need it skip with a clear message when absent. */
public final class Corpus {
  private Corpus() {}

  /**
   * The corpus root, or the test skipped.
   *
   * @return the root
   */
  public static Path root() {
    String property = System.getProperty("billet.corpus", "../../shared/corpus");
    Path root = Path.of(property).toAbsolutePath().normalize();
    assumeTrue(
        Files.isDirectory(root.resolve("code.gouv.fr/content")),
        "the shared corpus is absent at "
            + root
            + " (set -Dbillet.corpus=/path/to/shared/corpus); skipping the real-corpus test");
    return root;
  }

  static Path content() {
    return root().resolve("code.gouv.fr/content");
  }

  static Path siteConfig() {
    return Path.of("../examples/sites/code.gouv.fr.yaml").toAbsolutePath().normalize();
  }
}
