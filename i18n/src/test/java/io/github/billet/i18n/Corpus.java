package io.github.billet.i18n;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real corpus; tests that need it skip with a clear message when absent. */
final class Corpus {
  private Corpus() {}

  static Path root() {
    String property = System.getProperty("billet.corpus", "../../shared/corpus");
    Path root = Path.of(property).toAbsolutePath().normalize();
    assumeTrue(
        Files.isDirectory(root.resolve("code.gouv.fr/content")),
        "the shared corpus is absent at "
            + root
            + " (set -Dbillet.corpus=/path/to/shared/corpus); skipping the real-corpus test");
    return root;
  }

  static SiteConfig config() throws Exception {
    return SiteConfig.read(Path.of("../examples/sites/code.gouv.fr.yaml"));
  }

  static ContentTree tree() throws Exception {
    Path content = root().resolve("code.gouv.fr/content");
    return ContentLoader.builder().config(config()).build().load(content);
  }
}
