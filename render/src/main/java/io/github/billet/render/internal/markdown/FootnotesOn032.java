package io.github.billet.render.internal.markdown;

import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The HTML side of footnotes on commonmark 0.32: commonmark-ext-footnotes 0.30.0's renderer, which
 * works on 0.32.0 (its parser does not: core's {@code BilletMarkdown} parses footnotes into its
 * nodes).
 */
public final class FootnotesOn032 implements HtmlRenderer.HtmlRendererExtension {

  private final FootnotesExtension upstream = (FootnotesExtension) FootnotesExtension.create();

  private FootnotesOn032() {}

  /**
   * Creates the extension.
   *
   * @return a new extension
   */
  public static FootnotesOn032 create() {
    return new FootnotesOn032();
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    upstream.extend(rendererBuilder);
  }
}
