package io.github.billet.render.internal.feed;

import io.github.billet.render.internal.html.Markup;

/**
 * A small XML 1.0 writer for feeds and sitemaps: two-space indentation, {@code \n} line ends, every
 * text and attribute value cleaned of characters XML 1.0 forbids and escaped. Not thread-safe; one
 * instance per document.
 */
public final class XmlOutput {

  private final StringBuilder out = new StringBuilder(4096);
  private int depth;

  /** Starts a document with the XML declaration. */
  public XmlOutput() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /**
   * Opens an element on its own line.
   *
   * @param name the qualified name
   * @param attributes name and value pairs; a pair with a null value is left out
   * @return this
   */
  public XmlOutput start(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  /**
   * Closes an element opened with {@link #start}.
   *
   * @param name the qualified name
   * @return this
   */
  public XmlOutput end(String name) {
    depth--;
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /**
   * Writes an element without content.
   *
   * @param name the qualified name
   * @param attributes name and value pairs; a pair with a null value is left out
   * @return this
   */
  public XmlOutput empty(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /**
   * Writes an element holding text.
   *
   * @param name the qualified name
   * @param text the text, escaped here
   * @param attributes name and value pairs; a pair with a null value is left out
   * @return this
   */
  public XmlOutput text(String name, String text, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    escapeText(out, text);
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      escapeAttribute(out, attributes[i + 1]);
      out.append('"');
    }
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /**
   * Appends text content: {@code & < >} as entities ({@code >} so that {@code ]]>} never appears),
   * carriage returns as {@code &#13;} so that they survive end-of-line handling, characters XML 1.0
   * forbids left out.
   */
  static void escapeText(StringBuilder out, String text) {
    String s = FeedText.clean(text);
    out.ensureCapacity(out.length() + s.length() + s.length() / 8);
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      String entity;
      switch (s.charAt(i)) {
        case '&' -> entity = "&amp;";
        case '<' -> entity = "&lt;";
        case '>' -> entity = "&gt;";
        case '\r' -> entity = "&#13;";
        default -> entity = null;
      }
      if (entity != null) {
        Markup.appendRange(out, s, from, i);
        out.append(entity);
        from = i + 1;
      }
    }
    Markup.appendRange(out, s, from, s.length());
  }

  /**
   * Appends an attribute value for double quotes: {@code & < > "} as entities, tab, line feed and
   * carriage return as character references (attribute normalization would turn them into spaces).
   */
  static void escapeAttribute(StringBuilder out, String value) {
    String s = FeedText.clean(value);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
