package io.github.billet.render.internal.markdown;

import java.util.Set;

/**
 * Template-engine code as Nunjucks (Eleventy's Markdown preprocessor) writes it: tags {@code {% ...
 * %}}, outputs {@code {{ ... }}} and comments {@code {# ... #}}. Billet runs no template engine:
 * such code is found, reported and left out of the page.
 */
public final class TemplateCode {

  /**
   * The tags of the Nunjucks language itself: a {@code {% name %}} of one of these is template
   * code, any other name a shortcode.
   */
  public static final Set<String> KEYWORDS =
      Set.of(
          "if",
          "elif",
          "elseif",
          "else",
          "endif",
          "for",
          "endfor",
          "asyncEach",
          "endeach",
          "asyncAll",
          "endall",
          "macro",
          "endmacro",
          "call",
          "endcall",
          "set",
          "endset",
          "from",
          "import",
          "include",
          "extends",
          "block",
          "endblock",
          "raw",
          "endraw",
          "verbatim",
          "endverbatim",
          "filter",
          "endfilter",
          "switch",
          "case",
          "default",
          "endswitch");

  public static final String UNSUPPORTED = "template.unsupported";

  public static final String HINT =
      "Billet runs no template engine (Nunjucks, Liquid): write the content in Markdown, or"
          + " register a shortcode for it";

  private TemplateCode() {}

  /**
   * The closing mark of the construct opened at {@code i}, or null when none opens there.
   *
   * @return {@code }}}, {@code %}} or {@code #}}
   */
  public static String closerAt(CharSequence s, int i) {
    if (i + 1 >= s.length() || s.charAt(i) != '{') {
      return null;
    }
    return switch (s.charAt(i + 1)) {
      case '{' -> "}}";
      case '%' -> "%}";
      case '#' -> "#}";
      default -> null;
    };
  }

  /**
   * Tells whether a construct is template code rather than a shortcode: an output, a comment, or a
   * tag whose name is a Nunjucks keyword.
   *
   * @param construct the construct, from its opening to its closing mark
   */
  public static boolean isTemplateCode(String construct) {
    if (!construct.startsWith("{%")) {
      return true;
    }
    int i = 2;
    if (i < construct.length() && construct.charAt(i) == '-') {
      i++;
    }
    while (i < construct.length() && Character.isWhitespace(construct.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < construct.length()
        && (Character.isLetterOrDigit(construct.charAt(i)) || construct.charAt(i) == '_')) {
      i++;
    }
    return KEYWORDS.contains(construct.substring(start, i));
  }

  /**
   * A text without its template code (as the body shows it), for the heading's id and table of
   * contents entry.
   *
   * @param text a text
   * @return the text with every closed template construct removed; shortcodes are kept
   */
  public static String strip(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      String closer = closerAt(text, i);
      int end = closer == null ? -1 : text.indexOf(closer, i + 2);
      if (end < 0) {
        kept.append(text.charAt(i++));
        continue;
      }
      String construct = text.substring(i, end + 2);
      if (!isTemplateCode(construct)) {
        kept.append(construct);
      }
      i = end + 2;
    }
    return kept.toString();
  }

  /** What a line holds after a scan: only constructs, a construct still open, or text. */
  record Scan(String awaited, int textAt) {
    /** Tells whether the line held nothing but constructs and white space. */
    boolean onlyCode() {
      return awaited == null && textAt < 0;
    }
  }

  /**
   * Scans a line from {@code from}: constructs and white space, until text outside any construct or
   * the end of the line.
   *
   * @param awaited the closing mark of a construct opened on an earlier line, or null
   * @return the closing mark still awaited at the end of the line (or null), and where text outside
   *     constructs starts (or -1)
   */
  static Scan scan(CharSequence line, int from, String awaited) {
    String s = line.toString();
    int i = from;
    if (awaited != null) {
      int end = s.indexOf(awaited, i);
      if (end < 0) {
        return new Scan(awaited, -1);
      }
      i = end + 2;
    }
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        return new Scan(null, -1);
      }
      String closer = closerAt(s, i);
      if (closer == null) {
        return new Scan(null, i);
      }
      int end = s.indexOf(closer, i + 2);
      if (end < 0) {
        return new Scan(closer, -1);
      }
      i = end + 2;
    }
  }
}
