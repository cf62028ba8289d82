/**
 * Billet i18n: languages, localized labels and dates for blog pages, and the detection of a post's
 * language from its text.
 *
 * <pre>{@code
 * Labels labels = Labels.defaults();
 * labels.publishedOn(Language.FRENCH, LocalDate.of(2024, 3, 1)); // "Publié le 1er mars 2024"
 * Detection d = LanguageDetector.defaults().detect(markdown);      // en 0.98 (...)
 * }</pre>
 */
module io.github.billet.i18n {
  requires transitive io.github.billet.core;
  requires org.slf4j;

  exports io.github.billet.i18n;
}
