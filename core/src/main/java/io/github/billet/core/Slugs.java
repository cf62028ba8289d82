package io.github.billet.core;

import java.text.Normalizer;

/**
 * Turns titles, tags and file names into URL slugs the way the reference site does.
 *
 * <p>Accents are removed, a few ligatures are spelled out ({@code œ} → {@code oe}), letters are
 * lower-cased, every run of characters other than ASCII letters and digits becomes one {@code -},
 * and leading and trailing dashes are trimmed.
 *
 * <pre>{@code
 * Slugs.slugify("Données ouvertes"); // "donnees-ouvertes"
 * }</pre>
 */
public final class Slugs {

  private Slugs() {}

  /**
   * Returns the slug of a text.
   *
   * @param text any text, not null
   * @return the slug, empty when the text has no letter or digit
   */
  public static String slugify(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingDash = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      String spelled = spelledOut(c);
      if (spelled != null) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(spelled);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (c < 128 && Character.isLetterOrDigit(c)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(Character.toLowerCase(c));
      } else {
        pendingDash = true;
      }
    }
    return out.toString();
  }

  /** Letters that Unicode decomposition leaves alone but readers expect spelled out. */
  private static String spelledOut(char c) {
    switch (c) {
      case 'œ':
      case 'Œ':
        return "oe";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'ß':
        return "ss";
      case 'ø':
      case 'Ø':
        return "o";
      case 'đ':
      case 'Đ':
        return "d";
      case 'ł':
      case 'Ł':
        return "l";
      default:
        return null;
    }
  }
}
