package io.github.billet.core;

import java.util.Objects;
import org.commonmark.node.Node;

/**
 * A post's Markdown body: the text after the front matter, the line where it starts in the source
 * file, and the parsed commonmark document.
 *
 * <p>The document is shared, not copied: treat it as read-only (renderers read it through visitors
 * and never change it), which keeps a {@link Post} safe to share between threads.
 *
 * <pre>{@code
 * MarkdownBody body = post.body();
 * int fileLine = body.fileLine(3); // the source file line of the body's third line
 * }</pre>
 *
 * @param markdown the body text, line ends normalized to {@code \n}
 * @param startLine the 1-based line of the source file where the body starts
 * @param document the parsed commonmark document; its source spans count from the body's start
 */
public record MarkdownBody(String markdown, int startLine, Node document) {

  /** Checks the components. */
  public MarkdownBody {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(document, "document");
    startLine = Math.max(1, startLine);
  }

  /**
   * Converts a 1-based line of the body (as in commonmark source spans plus one) into the 1-based
   * line of the source file.
   *
   * @param bodyLine the 1-based line within the body
   * @return the line within the source file
   */
  public int fileLine(int bodyLine) {
    return startLine + bodyLine - 1;
  }
}
