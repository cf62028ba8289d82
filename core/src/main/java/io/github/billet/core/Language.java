package io.github.billet.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A content language, identified by its {@link Locale}; French and English are built in.
 *
 * <pre>{@code
 * Language fr = Language.FRENCH;
 * Language de = Language.of(Locale.GERMAN);
 * }</pre>
 *
 * @param locale the language's locale, language part only (for example {@code fr})
 */
public record Language(Locale locale) {

  /** French. */
  public static final Language FRENCH = new Language(Locale.FRENCH);

  /** English. */
  public static final Language ENGLISH = new Language(Locale.ENGLISH);

  /**
   * Creates a language, keeping only the language part of the locale.
   *
   * @param locale the locale, not null
   */
  public Language {
    Objects.requireNonNull(locale, "locale");
    locale = Locale.forLanguageTag(locale.getLanguage());
  }

  /**
   * Returns the language of a locale.
   *
   * @param locale the locale
   * @return its language
   */
  public static Language of(Locale locale) {
    switch (locale.getLanguage()) {
      case "fr":
        return FRENCH;
      case "en":
        return ENGLISH;
      default:
        return new Language(locale);
    }
  }

  /**
   * Returns the language of a BCP 47 tag such as {@code fr} or {@code en-GB}.
   *
   * @param tag the tag
   * @return its language
   */
  public static Language of(String tag) {
    return of(Locale.forLanguageTag(tag));
  }

  /**
   * Returns the two- or three-letter code, as used in URLs and {@code lang} attributes.
   *
   * @return the code, for example {@code fr}
   */
  public String code() {
    return locale.getLanguage();
  }

  @Override
  public String toString() {
    return code();
  }
}
