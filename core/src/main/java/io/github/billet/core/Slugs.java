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
    return slugOfDecomposed(decompose(text));
  }

  /** The slug of a text already in NFKD form (or decomposed as far as {@link #decompose}). */
  static String slugOfDecomposed(String decomposed) {
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

  /** The NFKD decomposition of each character below {@link #TABLE_END}, made once. */
  private static final String[] DECOMPOSED = decompositionTable();

  /** The end of the table: ASCII, Latin-1 and the Latin Extended-A and B blocks. */
  private static final int TABLE_END = 0x250;

  private static String[] decompositionTable() {
    // One normalizer call over every character, each followed by U+0000 (which decomposes to
    // itself and stops the reordering of combining marks), instead of one call per character.
    StringBuilder all = new StringBuilder(TABLE_END * 2);
    for (char c = 1; c < TABLE_END; c++) {
      all.append(c).append('\u0000');
    }
    String decomposed = Normalizer.normalize(all, Normalizer.Form.NFKD);
    String[] table = new String[TABLE_END];
    table[0] = "\u0000";
    int from = 0;
    for (char c = 1; c < TABLE_END; c++) {
      int end = decomposed.indexOf('\u0000', from);
      table[c] = decomposed.substring(from, end);
      from = end + 1;
    }
    return table;
  }

  /**
   * The text's NFKD decomposition, as far as the slug can tell: ASCII and Latin letters are
   * decomposed one by one from the table, anything else by the normalizer. Decomposing character by
   * character differs from the normalizer only in the order of combining marks, which the slug
   * drops.
   */
  private static String decompose(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= TABLE_END) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD);
      }
      ascii &= c < 128;
    }
    if (ascii) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      out.append(DECOMPOSED[text.charAt(i)]);
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
