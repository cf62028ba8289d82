package io.github.billet.render.internal;

import org.commonmark.parser.Parser;

/**
 * The parser side of Billet's Markdown: containers, shortcode lines, template-engine code and
 * attribute blocks.
 *
 * <p>Rendering is done by {@link BodyHtml}, which needs per-page state (page URL, heading ids).
 */
public final class BilletMarkdownExtension implements Parser.ParserExtension {

  private BilletMarkdownExtension() {}

  /**
   * Creates the extension.
   *
   * @return a new extension
   */
  public static BilletMarkdownExtension create() {
    return new BilletMarkdownExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new ContainerBlockParser.Factory());
    parserBuilder.customBlockParserFactory(new ShortcodeBlockParser.Factory());
    parserBuilder.customBlockParserFactory(new TemplateBlockParser.Factory());
    parserBuilder.customInlineContentParserFactory(new AttributeBlockParser.Factory());
  }
}
