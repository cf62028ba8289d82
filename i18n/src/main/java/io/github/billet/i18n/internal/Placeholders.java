package io.github.billet.i18n.internal;

import java.util.function.Function;

/**
 * Fills {@code {name}} placeholders in a label's text. A placeholder whose value is unknown, a
 * brace that does not open a well-formed name, and an unclosed brace are all kept as written, so
 * that a mistake shows on the page instead of failing.
 */
public final class Placeholders {

  private Placeholders() {}

  /**
   * Replaces every {@code {name}} whose value is known.
   *
   * @param template the text with placeholders
   * @param values gives the value of a name, or null when unknown
   * @return the filled text
   */
  public static String fill(String template, Function<String, String> values) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int from = 0;
    while (open >= 0) {
      int close = nameEnd(template, open + 1);
      if (close < 0) {
        out.append(template, from, open + 1);
        from = open + 1;
        open = template.indexOf('{', from);
        continue;
      }
      String value = values.apply(template.substring(open + 1, close));
      if (value == null) {
        out.append(template, from, close + 1);
      } else {
        out.append(template, from, open).append(value);
      }
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return out.append(template, from, template.length()).toString();
  }

  /** Returns the index of the '}' closing a well-formed name starting at start, or -1. */
  private static int nameEnd(String s, int start) {
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '}') {
        return i > start ? i : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
        return -1;
      }
      i++;
    }
    return -1;
  }
}
