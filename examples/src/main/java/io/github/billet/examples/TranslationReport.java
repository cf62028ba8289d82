package io.github.billet.examples;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationPairing;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Example: list the translation pairs of a content tree and its bilingual integrity report.
 *
 * <p>Shows the i18n module on top of core: load a tree with its site configuration, let {@link
 * TranslationPairing} decide languages and pair posts, then print each pair with how it was found
 * and every problem of the report.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.TranslationReport \
 *     content/ site.yaml
 * </pre>
 */
public final class TranslationReport {

  private TranslationReport() {}

  /**
   * Runs the example.
   *
   * @param args the content folder and the site configuration; the bundled sample when absent
   * @throws Exception when the sample cannot be extracted or the configuration is invalid
   */
  public static void main(String[] args) throws Exception {
    Path content;
    SiteConfig config;
    if (args.length >= 2) {
      content = Path.of(args[0]);
      config = SiteConfig.read(Path.of(args[1]));
    } else {
      Path sample = SampleSite.extractTo(SampleSite.besideJar().resolve("sample"));
      content = sample.resolve("content");
      config = SiteConfig.read(sample.resolve("site.yaml"));
    }
    ContentTree tree = ContentLoader.builder().config(config).build().load(content);
    PairedCorpus corpus =
        TranslationPairing.builder().baseUrl(config.baseUrl()).build().pair(tree.posts());
    for (TranslationIndex.Pair pair : corpus.index().pairs()) {
      System.out.printf(
          "%s %s  <->  %s %s   (%s)%n",
          pair.first().language().map(Language::code).orElse("?"),
          pair.first().url().orElse(pair.first().source()),
          pair.second().language().map(Language::code).orElse("?"),
          pair.second().url().orElse(pair.second().source()),
          pair.method().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    tree.problems().forEach(System.out::println);
    corpus.report().forEach(System.out::println);
    System.out.printf(
        "%d posts, %d translation pairs, %d problems%n",
        corpus.posts().size(),
        corpus.index().pairs().size(),
        tree.problems().size() + corpus.report().size());
  }
}
