package io.github.billet.core.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A line holding only a shortcode, {@code {% name arguments %}}, as Eleventy writes them.
 *
 * <p>Known shortcodes ({@code imageContent}) become markup; unknown ones are shown as written.
 */
public final class ShortcodeBlock extends CustomBlock {

  private final String name;
  private final String arguments;
  private final String source;

  /**
   * Creates a shortcode; the parser does.
   *
   * @param name the name
   * @param arguments the arguments, trimmed
   * @param source the line, trimmed
   */
  public ShortcodeBlock(String name, String arguments, String source) {
    this.name = name;
    this.arguments = arguments;
    this.source = source;
  }

  /**
   * Returns the shortcode name.
   *
   * @return the name, such as {@code imageContent}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the text between the name and {@code %}}, trimmed.
   *
   * @return the arguments
   */
  public String arguments() {
    return arguments;
  }

  /**
   * Returns the line as written, trimmed.
   *
   * @return the source text
   */
  public String source() {
    return source;
  }
}
