package io.github.billet.core.markdown;

/**
 * A paired shortcode, {@code {% name arguments %}} ... {@code {% endname %}}, of a name the
 * renderer was given a paired renderer for; its children are ordinary Markdown blocks.
 *
 * <p>The fields are set while parsing only; rendering never changes them.
 *
 * <pre>{@code
 * PairedShortcodeBlock block =
 *     new PairedShortcodeBlock("transcription", "", "{% transcription %}");
 * }</pre>
 */
public final class PairedShortcodeBlock extends AbstractShortcodeBlock {

  private boolean closed;

  /**
   * Creates a paired shortcode; the parser does.
   *
   * @param name the name
   * @param arguments the arguments, trimmed
   * @param source the opening line, trimmed
   */
  public PairedShortcodeBlock(String name, String arguments, String source) {
    super(name, arguments, source);
  }

  /**
   * Tells whether its {@code {% endname %}} line was found.
   *
   * @return false when it ran to the end of its parent
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Records that the closing line was found. For the dialect's parser only, which lives in an
   * internal package and so needs it public: not for users (a renderer must not change the tree).
   */
  public void markClosed() {
    closed = true;
  }
}
