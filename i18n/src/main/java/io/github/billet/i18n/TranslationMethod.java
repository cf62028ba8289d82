package io.github.billet.i18n;

/**
 * How two posts were found to be translations of each other, strongest first.
 *
 * <pre>{@code
 * TranslationMethod how = index.method(post, translation).orElseThrow();
 * }</pre>
 */
public enum TranslationMethod {
  /** Both posts share a {@code translationKey} in their front matter. */
  TRANSLATION_KEY,
  /** A {@code translations:} map in front matter gives the other version's URL. */
  TRANSLATIONS_MAP,
  /** The post's first paragraph is an italic line linking to the other version. */
  FIRST_LINE_LINK,
  /** The two files have the same path under each language's folder. */
  SAME_PATH
}
