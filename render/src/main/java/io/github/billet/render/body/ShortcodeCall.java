package io.github.billet.render.body;

import io.github.billet.render.internal.html.Markup;
import java.util.List;
import java.util.Optional;

/**
 * One use of a {@link Shortcode} in a post: its name, its arguments as the author wrote them
 * (strings, numbers, lists, in the Nunjucks call syntax {@code "text", 12, [1, 2]}; a bare word is
 * a string), the rendered inner Markdown of a paired shortcode, and helpers to write safe HTML.
 *
 * <pre>{@code
 * Shortcode video = call -> "<a href=\"" + call.url(call.string(0)) + "\">"
 *     + ShortcodeCall.escape(call.arguments().size() > 1 ? call.string(1) : "Vidéo") + "</a>";
 * }</pre>
 */
public interface ShortcodeCall {

  /**
   * Returns the shortcode's name.
   *
   * @return the name, such as {@code dailymotion}
   */
  String name();

  /**
   * Returns the arguments, as written by the author: not escaped, not trusted.
   *
   * @return strings, numbers ({@link Double}) and lists of those; unmodifiable
   */
  List<Object> arguments();

  /**
   * Returns the HTML rendered from the Markdown between a paired shortcode's opening and closing
   * lines (safe: made by the body renderer under its policy).
   *
   * @return the inner HTML, empty for a single shortcode
   */
  Optional<String> innerHtml();

  /**
   * Returns the URL of the page the post is rendered to.
   *
   * @return the page URL, such as {@code /fr/blog/hello/}
   */
  String pageUrl();

  /**
   * Returns a URL safe to put in an attribute: resolved against the page (for relative ones),
   * percent-encoded, and {@code about:invalid#unsafe-url} (with a {@code url.unsafe} warning) for
   * one that could run script.
   *
   * @param url a URL the author wrote
   * @return the URL to write, still to be {@linkplain #escape escaped}
   */
  String url(String url);

  /**
   * Returns an argument as text.
   *
   * @param index the argument's position, from 0
   * @return the string, or a number written without a useless {@code .0}
   * @throws IllegalArgumentException when there is no such argument, or it is a list
   */
  default String string(int index) {
    List<Object> arguments = arguments();
    if (index < 0 || index >= arguments.size()) {
      throw new IllegalArgumentException(
          name() + " expects at least " + (index + 1) + " argument(s), found " + arguments.size());
    }
    Object value = arguments.get(index);
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return String.valueOf(d.longValue());
    }
    if (value instanceof List) {
      throw new IllegalArgumentException(
          name() + " expects a text as argument " + (index + 1) + ", found a list");
    }
    return String.valueOf(value);
  }

  /**
   * Escapes a text for HTML content or a double-quoted attribute value: {@code & < > " '} become
   * character references, and characters HTML does not allow are replaced (as the pages' own text
   * is escaped).
   *
   * @param text the text, such as an argument
   * @return the escaped text
   */
  static String escape(String text) {
    return Markup.text(text);
  }
}
