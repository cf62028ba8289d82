package io.github.billet.core.markdown;

import org.commonmark.node.CustomBlock;

/**
 * What a shortcode line says, {@code {% name arguments %}}: shared by the single-line {@link
 * ShortcodeBlock} and the {@link PairedShortcodeBlock} that it opens.
 *
 * <pre>{@code
 * if (node instanceof AbstractShortcodeBlock shortcode) {
 *   String name = shortcode.name(); // such as "imageContent" or "transcription"
 * }
 * }</pre>
 */
public abstract sealed class AbstractShortcodeBlock extends CustomBlock
    permits ShortcodeBlock, PairedShortcodeBlock {

  private final String name;
  private final String arguments;
  private final String source;

  AbstractShortcodeBlock(String name, String arguments, String source) {
    this.name = name;
    this.arguments = arguments;
    this.source = source;
  }

  /**
   * Returns the shortcode name.
   *
   * @return the name, such as {@code imageContent} or {@code transcription}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the text between the name and {@code %}} on the (opening) line, trimmed.
   *
   * @return the arguments
   */
  public String arguments() {
    return arguments;
  }

  /**
   * Returns the (opening) line as written, trimmed.
   *
   * @return the source text
   */
  public String source() {
    return source;
  }
}
