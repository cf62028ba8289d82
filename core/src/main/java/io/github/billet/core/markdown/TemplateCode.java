package io.github.billet.core.markdown;

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
  private static final Set<String> KEYWORDS =
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

  /** The code of the warning a renderer gives for template code. */
  public static final String UNSUPPORTED = "template.unsupported";

  /** The hint of that warning. */
  public static final String HINT =
      "Billet runs no template engine (Nunjucks, Liquid): write the content in Markdown, or"
          + " register a shortcode for it";

  private TemplateCode() {}

  /**
   * The closing mark of the construct opened at {@code i}, or null when none opens there.
   *
   * @param s a text
   * @param i an index in it
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
   * Tells whether a name is a tag of the Nunjucks language ({@code if}, {@code for}, {@code
   * set}...), which cannot name a shortcode.
   *
   * @param name a name
   * @return true for a Nunjucks keyword
   */
  public static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
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
}
