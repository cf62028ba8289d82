package io.github.billet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real corpus for the tests of every module (core's test jar); tests that need
 * it skip with a clear message when absent. In a package of its own: the module path refuses a
 * package split between core's module and its test jar.
 */
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

  /**
   * The content folder of code.gouv.fr, or the test skipped.
   *
   * @return the folder
   */
  public static Path content() {
    return root().resolve("code.gouv.fr/content");
  }

  /**
   * The site configuration file of code.gouv.fr in the examples module.
   *
   * @return the file
   */
  public static Path siteConfig() {
    return Path.of("../examples/sites/code.gouv.fr.yaml").toAbsolutePath().normalize();
  }

  /**
   * The site configuration of code.gouv.fr, read.
   *
   * @return the configuration
   * @throws SiteConfigException when it has errors
   */
  public static SiteConfig config() throws SiteConfigException {
    return SiteConfig.read(siteConfig());
  }

  /**
   * The content tree of code.gouv.fr loaded with its configuration, or the test skipped.
   *
   * @return the tree
   * @throws SiteConfigException when the configuration has errors
   */
  public static ContentTree tree() throws SiteConfigException {
    return ContentLoader.builder().config(config()).build().load(content());
  }
}
