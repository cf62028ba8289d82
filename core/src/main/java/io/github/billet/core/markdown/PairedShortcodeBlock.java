package io.github.billet.core.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A paired shortcode, {@code {% name arguments %}} ... {@code {% endname %}}, of a name the
 * renderer was given a paired renderer for; its children are ordinary Markdown blocks.
 *
 * <p>The fields are set while parsing only; rendering never changes them.
 */
public final class PairedShortcodeBlock extends CustomBlock {

  private final String name;
  private final String arguments;
  private final String source;
  private boolean closed;

  /**
   * Creates a paired shortcode; the parser does.
   *
   * @param name the name
   * @param arguments the arguments, trimmed
   * @param source the opening line, trimmed
   */
  public PairedShortcodeBlock(String name, String arguments, String source) {
    this.name = name;
    this.arguments = arguments;
    this.source = source;
  }

  /**
   * Returns the shortcode name.
   *
   * @return the name, such as {@code transcription}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the text between the name and {@code %}} on the opening line, trimmed.
   *
   * @return the arguments
   */
  public String arguments() {
    return arguments;
  }

  /**
   * Returns the opening line as written, trimmed.
   *
   * @return the source text
   */
  public String source() {
    return source;
  }

  /**
   * Tells whether its {@code {% endname %}} line was found.
   *
   * @return false when it ran to the end of its parent
   */
  public boolean isClosed() {
    return closed;
  }

  /** Records that the closing line was found; called by the parser. */
  public void markClosed() {
    closed = true;
  }
}
