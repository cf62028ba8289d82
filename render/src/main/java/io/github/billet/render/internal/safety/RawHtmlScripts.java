package io.github.billet.render.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Finds what can run script in a piece of raw HTML: {@code <script>} elements and event handler
 * attributes ({@code on*}), each with its place in the piece.
 *
 * <p>The piece is read tag by tag with the HTML tokenizer (jsoup's XML tree builder over it), not
 * with the HTML tree builder: a raw HTML block is a fragment ({@code <td onclick=...>} without its
 * table) that the tree builder would drop, while the browser, reading the whole page, keeps it.
 */
public final class RawHtmlScripts {

  /** What was found: a script element (attribute null) or an event handler attribute. */
  public record Found(String tag, String attribute, int line, int column) {
    /**
     * Tells whether this is a script element.
     *
     * @return true for a {@code <script>} element, false for an event handler attribute
     */
    public boolean isScript() {
      return attribute == null;
    }
  }

  private RawHtmlScripts() {}

  /**
   * Finds scripts and event handlers.
   *
   * @param html a raw HTML block or inline tag, as written
   * @return what was found, in order, lines and columns 1-based within {@code html}
   */
  public static List<Found> find(String html) {
    if (!mayHold(html)) {
      return List.of();
    }
    Document doc = Jsoup.parse(html, "", Parser.xmlParser().setTrackPosition(true));
    List<Found> found = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e == doc) {
        continue;
      }
      String tag = e.tagName().toLowerCase(Locale.ROOT);
      Range at = e.sourceRange();
      if (tag.equals("script")) {
        found.add(new Found(tag, null, line(at), column(at)));
      }
      for (Attribute attribute : e.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") && name.length() > 2) {
          Range where = attribute.sourceRange().nameRange();
          found.add(
              new Found(
                  tag,
                  name,
                  where.isTracked() ? line(where) : line(at),
                  where.isTracked() ? column(where) : column(at)));
        }
      }
    }
    return List.copyOf(found);
  }

  private static int line(Range range) {
    return range.isTracked() ? range.start().lineNumber() : 1;
  }

  private static int column(Range range) {
    return range.isTracked() ? range.start().columnNumber() : 1;
  }

  /**
   * Tells cheaply whether a piece may hold a script or a handler: the word {@code script}, or
   * {@code on} where an attribute name can start (after white space, a slash or a quote).
   */
  static boolean mayHold(String html) {
    int n = html.length();
    for (int i = 0; i + 1 < n; i++) {
      char c = html.charAt(i);
      if ((c == 's' || c == 'S') && html.regionMatches(true, i, "script", 0, 6)) {
        return true;
      }
      if ((c == 'o' || c == 'O') && (html.charAt(i + 1) == 'n' || html.charAt(i + 1) == 'N')) {
        char before = i == 0 ? ' ' : html.charAt(i - 1);
        if (Character.isWhitespace(before) || before == '/' || before == '"' || before == '\'') {
          return true;
        }
      }
    }
    return false;
  }
}
