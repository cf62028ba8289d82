package io.github.billet.render.body;

/**
 * Renders a shortcode of a site's own, as Eleventy's {@code addShortcode} and {@code
 * addPairedShortcode} do: a line {@code {% name arguments %}}, or a pair {@code {% name arguments
 * %}} ... {@code {% endname %}} whose inner Markdown is rendered first.
 *
 * <p>What the renderer returns is written into the page as it is: it is trusted HTML, from the
 * site's own Java code. Its arguments are not: they are what the post's author wrote, so the
 * renderer must escape every one it puts in the HTML ({@link ShortcodeCall#escape}) and pass URLs
 * through {@link ShortcodeCall#url}. The {@link HtmlPolicy#SANITIZE} policy still cleans the whole
 * body afterwards. A renderer may be called from several threads at once.
 *
 * <pre>{@code
 * BodyRenderer renderer = BodyRenderer.builder()
 *     .shortcode("dailymotion", call ->
 *         "<iframe title=\"Dailymotion\" src=\"https://geo.dailymotion.com/player.html?video="
 *             + ShortcodeCall.escape(call.string(0)) + "\"></iframe>")
 *     .pairedShortcode("transcription", call ->
 *         "<details><summary>Transcription</summary>" + call.innerHtml().orElse("")
 *             + "</details>")
 *     .build();
 * }</pre>
 *
 * <p>A renderer that throws {@link IllegalArgumentException} (as {@link ShortcodeCall#string} does
 * for a missing argument) gets a {@code shortcode.invalid} warning with its message, any other
 * exception a {@code shortcode.failed} warning; the shortcode is then shown as written.
 */
@FunctionalInterface
public interface Shortcode {

  /**
   * Renders one use of the shortcode.
   *
   * @param call the name, the author's arguments and, for a paired shortcode, the inner HTML
   * @return the HTML to put in the page (null for none)
   */
  String render(ShortcodeCall call);
}
