package io.github.billet.core.internal.markdown;

import java.util.Set;
import org.commonmark.parser.Parser;

/**
 * The parser side of Billet's Markdown: containers and accordions, shortcode lines (single and
 * paired), template-engine code, attribute blocks and footnotes; made by {@code
 * io.github.billet.core.markdown.BilletMarkdown}.
 */
public final class BilletMarkdownExtension implements Parser.ParserExtension {

  private final Set<String> pairedShortcodes;

  private BilletMarkdownExtension(Set<String> pairedShortcodes) {
    this.pairedShortcodes = Set.copyOf(pairedShortcodes);
  }

  /**
   * Creates the extension.
   *
   * @return a new extension
   */
  public static BilletMarkdownExtension create() {
    return new BilletMarkdownExtension(Set.of());
  }

  /**
   * Creates the extension knowing the names of paired shortcodes, which open a block closed by
   * {@code {% endname %}}.
   *
   * @param pairedShortcodes the names
   * @return a new extension
   */
  public static BilletMarkdownExtension create(Set<String> pairedShortcodes) {
    return new BilletMarkdownExtension(pairedShortcodes);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new ContainerBlockParser.Factory());
    parserBuilder.customBlockParserFactory(new ShortcodeBlockParser.Factory(pairedShortcodes));
    parserBuilder.customBlockParserFactory(new TemplateBlockParser.Factory());
    parserBuilder.customInlineContentParserFactory(new AttributeBlockParser.Factory());
    FootnoteParsing.extend(parserBuilder);
  }

  /**
   * Returns the names of the paired shortcodes it parses.
   *
   * @return the names
   */
  public Set<String> pairedShortcodes() {
    return pairedShortcodes;
  }
}
