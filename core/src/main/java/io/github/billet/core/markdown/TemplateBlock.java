package io.github.billet.core.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Lines of template-engine code ({@code {% from ... import ... %}}, {@code {{ component(...) }}},
 * {@code {% if %}}), which Billet does not run: the renderer reports them and leaves them out.
 *
 * <p>The fields are set while parsing only; rendering never changes them.
 */
public final class TemplateBlock extends CustomBlock {

  private final StringBuilder source = new StringBuilder();
  private String trailing = "";
  private boolean closed;

  /** Creates an empty block; the parser fills it. */
  public TemplateBlock() {}

  /**
   * Returns the lines as written.
   *
   * @return the source, lines joined by line feeds
   */
  public String source() {
    return source.toString();
  }

  /**
   * Returns the text after the code on its last line, which is no code and is kept.
   *
   * @return the text, may be empty
   */
  public String trailing() {
    return trailing;
  }

  /**
   * Tells whether the last construct was closed before a blank line or the end of its container.
   *
   * @return false when a <code>&#123;&#123;</code>, <code>&#123;%</code> or <code>&#123;#</code> is
   *     never closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Adds a line. For the dialect's parser only, which lives in an internal package and so needs it
   * public: not for users (a renderer must not change the tree).
   *
   * @param line the line as written
   */
  public void append(CharSequence line) {
    if (source.length() > 0) {
      source.append('\n');
    }
    source.append(line);
  }

  /**
   * Records that the last construct was closed. For the dialect's parser only, which lives in an
   * internal package and so needs it public: not for users.
   *
   * @param trailingText the text after the code on the last line
   */
  public void close(String trailingText) {
    closed = true;
    trailing = trailingText;
  }
}
