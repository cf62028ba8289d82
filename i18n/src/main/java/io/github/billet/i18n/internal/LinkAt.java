package io.github.billet.i18n.internal;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.SourcePosition;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A link found in a post body (or a translation named in front matter): its destination as written,
 * its text and where it is in the source file.
 *
 * <p>The position of a link in a body is found when first asked, which is only to report a problem:
 * bodies keep the source spans of blocks only, and {@link MarkdownBody#positionOf} parses the text
 * again for those of inline nodes. The link is remembered by its place in the document, not by its
 * node, so that the document can still be let go.
 */
public final class LinkAt {

  private final String href;
  private final String text;
  private final MarkdownBody body;
  private final int index;
  private final Supplier<SourcePosition> position;

  private LinkAt(
      String href, String text, MarkdownBody body, int index, Supplier<SourcePosition> position) {
    this.href = Objects.requireNonNull(href, "href");
    this.text = Objects.requireNonNull(text, "text");
    this.body = body;
    this.index = index;
    this.position = position;
  }

  /**
   * Returns a link whose position is known.
   *
   * @param href the destination as written
   * @param text the link's visible text, or the key naming it
   * @param line the 1-based line in the source file, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @return the link
   */
  public static LinkAt at(String href, String text, int line, int column) {
    SourcePosition at = new SourcePosition(line, column);
    return new LinkAt(href, text, null, -1, () -> at);
  }

  /**
   * Returns a link of a body, whose position is found when first asked.
   *
   * @param href the destination as written
   * @param text the link's visible text
   * @param body the body
   * @param index the link's place in {@link MarkdownBody#walk}
   * @return the link
   */
  static LinkAt inBody(String href, String text, MarkdownBody body, int index) {
    return new LinkAt(href, text, body, index, body.positionLater(index));
  }

  /**
   * Returns the destination as written.
   *
   * @return the destination
   */
  public String href() {
    return href;
  }

  /**
   * Returns the link's visible text, or the key naming it.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the line, finding it first when the link is in a body.
   *
   * @return the 1-based line in the source file, 0 when unknown
   */
  public int line() {
    return position.get().line();
  }

  /**
   * Returns the column, finding it first when the link is in a body.
   *
   * @return the 1-based column in the source file, 0 when unknown
   */
  public int column() {
    return position.get().column();
  }

  /**
   * Tells whether two links are the same link of the same body.
   *
   * @param other another link, may be null
   * @return true when both are the same place of the same body
   */
  public boolean sameLinkAs(LinkAt other) {
    return other != null
        && (other == this || body != null && other.body == body && other.index == index);
  }

  @Override
  public String toString() {
    return "LinkAt[" + href + ", " + text + (body == null ? "" : ", #" + index) + "]";
  }
}
