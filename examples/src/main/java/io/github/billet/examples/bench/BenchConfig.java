package io.github.billet.examples.bench;

import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;

/**
 * The site configuration of corpora made by {@code gen_corpus.py}: {@code fr/} and {@code en/},
 * blog posts at {@code /<lang>/blog/<slug>/}.
 *
 * <pre>{@code
 * SiteConfig config = BenchConfig.generated();
 * }</pre>
 */
public final class BenchConfig {

  private BenchConfig() {}

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public static SiteConfig generated() {
    try {
      return SiteConfig.parse(
          "bench-site.yaml",
          """
          baseUrl: https://example.gouv.fr
          languages: [fr, en]
          rules:
            - match: "fr/**"
              lang: fr
            - match: "en/**"
              lang: en
            - match: "*/blog/posts/**"
              tags: [posts]
              url: "/{lang}/blog/{slug}/"
          """);
    } catch (SiteConfigException e) {
      throw new IllegalStateException(e);
    }
  }
}
