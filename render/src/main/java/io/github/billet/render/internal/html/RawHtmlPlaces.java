package io.github.billet.render.internal.html;

import io.github.billet.core.MarkdownBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Finds where a piece of the rendered body was written in the post: the raw HTML node of the
 * Markdown document that holds a start tag, and the line and column in it, so that a repair of the
 * body is reported where the author can fix it. Asked twice for the same tag, it gives the second
 * place the tag is written, and so on.
 *
 * <pre>{@code
 * RawHtmlPlaces places = new RawHtmlPlaces(document);
 * RawHtmlPlaces.Place at = places.find("<iframe width=\"100%\">"); // null when not raw HTML
 * }</pre>
 */
public final class RawHtmlPlaces {

  /**
   * A place in a raw HTML node.
   *
   * @param node the HtmlBlock or HtmlInline
   * @param line the 1-based line within the node's literal
   * @param column the 1-based column within that line
   */
  public record Place(Node node, int line, int column) {}

  private final List<Node> raw = new ArrayList<>();
  private final Map<String, Integer> asked = new HashMap<>();

  /**
   * Collects the raw HTML of a document.
   *
   * @param document the parsed body
   */
  public RawHtmlPlaces(Node document) {
    for (Node n = document; n != null; n = MarkdownBody.nextInPreOrder(n, document)) {
      if (n instanceof HtmlBlock || n instanceof HtmlInline) {
        raw.add(n);
      }
    }
  }

  /**
   * The place of a start tag: its next occurrence as written, or else the first raw HTML that opens
   * an element of its name (a policy may have changed its attributes).
   *
   * @param startTag the start tag as the rendered body has it, or empty
   * @return the place, or null when no raw HTML holds it
   */
  public Place find(String startTag) {
    if (startTag.isEmpty()) {
      return null;
    }
    int wanted = asked.merge(startTag, 1, Integer::sum);
    int seen = 0;
    for (Node n : raw) {
      String literal = literal(n);
      for (int at = literal.indexOf(startTag); at >= 0; at = literal.indexOf(startTag, at + 1)) {
        if (++seen == wanted) {
          return place(n, literal, at);
        }
      }
    }
    int end = 1;
    while (end < startTag.length() && Character.isLetterOrDigit(startTag.charAt(end))) {
      end++;
    }
    String open = startTag.substring(0, end).toLowerCase(Locale.ROOT);
    if (open.length() < 2) {
      return null;
    }
    for (Node n : raw) {
      String literal = literal(n);
      int at = literal.toLowerCase(Locale.ROOT).indexOf(open);
      if (at >= 0) {
        return place(n, literal, at);
      }
    }
    return null;
  }

  private static String literal(Node n) {
    return n instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) n).getLiteral();
  }

  private static Place place(Node n, String literal, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (literal.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Place(n, line, offset - lineStart + 1);
  }
}
