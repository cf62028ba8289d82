package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

  @Test
  void titlesKeepTheOrderTheyWereGivenIn() throws Exception {
    // Eight titles: an unordered map would give this order by chance once in 40,320 runs.
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            """
            title: {it: Uno, de: Zwei, fr: Trois, es: Cuatro, en: Five, nl: Zes, pt: Sete, pl: Osiem}
            languages: [fr, en]
            """);

    assertThat(config.titles().keySet())
        .containsExactly("it", "de", "fr", "es", "en", "nl", "pt", "pl");
    assertThat(config.title(Locale.GERMAN)).contains("Zwei");
  }

  @Test
  void titlesGivenToTheBuilderKeepTheirOrder() {
    SiteConfig config =
        SiteConfig.builder()
            .title(Locale.ENGLISH, "The blog")
            .title(Locale.FRENCH, "Le blog")
            .title(Locale.ITALIAN, "Il blog")
            .build();

    assertThat(config.titles().keySet()).containsExactly("en", "fr", "it");
  }
}
