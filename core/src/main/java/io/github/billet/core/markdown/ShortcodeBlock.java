package io.github.billet.core.markdown;

/**
 * A line holding only a shortcode, {@code {% name arguments %}}, as Eleventy writes them.
 *
 * <p>Known shortcodes ({@code imageContent}) become markup; unknown ones are shown as written.
 *
 * <pre>{@code
 * ShortcodeBlock block =
 *     new ShortcodeBlock("imageContent", "\"a.png\"", "{% imageContent \"a.png\" %}");
 * }</pre>
 */
public final class ShortcodeBlock extends AbstractShortcodeBlock {

  /**
   * Creates a shortcode; the parser does.
   *
   * @param name the name
   * @param arguments the arguments, trimmed
   * @param source the line, trimmed
   */
  public ShortcodeBlock(String name, String arguments, String source) {
    super(name, arguments, source);
  }
}
