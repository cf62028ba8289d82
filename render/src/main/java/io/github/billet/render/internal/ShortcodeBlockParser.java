package io.github.billet.render.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses a line holding only {@code {% name arguments %}}. */
final class ShortcodeBlockParser extends AbstractBlockParser {

  private static final Pattern SHORTCODE =
      Pattern.compile("\\{%-?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(.*?)\\s*-?%\\}\\s*");

  private final ShortcodeBlock block;

  private ShortcodeBlockParser(ShortcodeBlock block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    return BlockContinue.none();
  }

  /** Starts a shortcode block on a line that is exactly one shortcode. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      if (!ContainerBlockParser.startsWith(line, state.getNextNonSpaceIndex(), '{', '%')) {
        // Most lines: no substring and no regular expression.
        return BlockStart.none();
      }
      CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
      Matcher m = SHORTCODE.matcher(rest);
      if (!m.matches() || m.group(2).contains("%}") || TemplateCode.KEYWORDS.contains(m.group(1))) {
        // Two tags on a line, or a Nunjucks tag: template code, the TemplateBlockParser's.
        return BlockStart.none();
      }
      ShortcodeBlock block = new ShortcodeBlock(m.group(1), m.group(2), rest.toString().trim());
      return BlockStart.of(new ShortcodeBlockParser(block)).atIndex(line.length());
    }
  }
}
