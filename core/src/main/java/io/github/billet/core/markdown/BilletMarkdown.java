package io.github.billet.core.markdown;

import io.github.billet.core.internal.markdown.BilletMarkdownExtension;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;

/**
 * Billet's Markdown dialect as commonmark extensions: what {@code PostParser.builder().build()}
 * parses, for a commonmark {@code Parser} of one's own.
 *
 * <p>The dialect is CommonMark plus GFM tables, strikethrough and autolinks, and Billet's syntax:
 * footnotes ({@code [^1]} and {@code [^1]: text}, as {@code FootnoteReference} and {@code
 * FootnoteDefinition} of commonmark-ext-footnotes), attribute blocks ({@link AttributeBlock}), the
 * eleventy-dsfr containers and accordions ({@link ContainerBlock}), shortcodes ({@link
 * ShortcodeBlock}, {@link PairedShortcodeBlock}) and template-engine code ({@link TemplateBlock}).
 * Parsing only builds these nodes; the render module's {@code BodyRenderer} turns them into DSFR
 * HTML, and a renderer of one's own can handle them.
 *
 * <pre>{@code
 * Parser parser = Parser.builder().extensions(BilletMarkdown.extensions()).build();
 * Node document = parser.parse(":::callout Note\nText\n:::\n");
 * ContainerBlock callout = (ContainerBlock) document.getFirstChild();
 * }</pre>
 */
public final class BilletMarkdown {

  private BilletMarkdown() {}

  /**
   * Returns the extension for Billet's own syntax (footnotes, attribute blocks, containers,
   * accordions, shortcodes, template code), without the GFM extensions.
   *
   * @return a new extension
   */
  public static Extension extension() {
    return BilletMarkdownExtension.create();
  }

  /**
   * Returns the extension for Billet's own syntax, parsing {@code {% name %}} ... {@code {% endname
   * %}} as a {@link PairedShortcodeBlock} for each name given.
   *
   * @param pairedShortcodes the names of the paired shortcodes
   * @return a new extension
   */
  public static Extension extension(Set<String> pairedShortcodes) {
    return BilletMarkdownExtension.create(Objects.requireNonNull(pairedShortcodes));
  }

  /**
   * Returns the whole dialect: GFM tables, strikethrough, autolinks and {@link #extension()}.
   *
   * @return the extensions, an unmodifiable list
   */
  public static List<Extension> extensions() {
    return extensions(Set.of());
  }

  /**
   * Returns the whole dialect, with paired shortcodes of these names.
   *
   * @param pairedShortcodes the names of the paired shortcodes
   * @return the extensions, an unmodifiable list
   */
  public static List<Extension> extensions(Set<String> pairedShortcodes) {
    return List.of(
        TablesExtension.create(),
        StrikethroughExtension.create(),
        AutolinkExtension.create(),
        extension(pairedShortcodes));
  }
}
