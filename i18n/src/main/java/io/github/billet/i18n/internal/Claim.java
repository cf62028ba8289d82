package io.github.billet.i18n.internal;

import io.github.billet.core.Post;
import io.github.billet.i18n.TranslationMethod;

/** A claim that {@code to} translates {@code from}, made at {@code at} (found when asked). */
record Claim(Post from, Post to, TranslationMethod method, LinkAt at) {
  int line() {
    return at.line();
  }

  int column() {
    return at.column();
  }

  /** How a claim of this method is named in a problem's message. */
  static String describe(TranslationMethod method) {
    switch (method) {
      case TRANSLATION_KEY:
        return "the translationKey";
      case TRANSLATIONS_MAP:
        return "the 'translations' map";
      case FIRST_LINE_LINK:
        return "the first-line translation link";
      default:
        return "the same path";
    }
  }
}
