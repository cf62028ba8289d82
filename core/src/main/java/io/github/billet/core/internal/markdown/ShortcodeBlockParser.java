package io.github.billet.core.internal.markdown;

import io.github.billet.core.markdown.PairedShortcodeBlock;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.core.markdown.TemplateCode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a line holding only {@code {% name arguments %}}: a shortcode, or the opening of a paired
 * one (a name given a paired renderer), closed by {@code {% endname %}}.
 */
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

  /** The shortcode a line holds alone, or null. */
  static Matcher shortcodeLine(ParserState state) {
    CharSequence line = state.getLine().getContent();
    if (!ContainerBlockParser.startsWith(line, state.getNextNonSpaceIndex(), '{', '%')) {
      // Most lines: no substring and no regular expression.
      return null;
    }
    Matcher m = SHORTCODE.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
    return m.matches() && !m.group(2).contains("%}") ? m : null;
  }

  /** The container of a paired shortcode, up to its {@code {% endname %}} line. */
  private static final class Paired extends AbstractBlockParser {
    private final PairedShortcodeBlock block;

    Paired(PairedShortcodeBlock block) {
      this.block = block;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.getIndent() < 4) {
        Matcher m = shortcodeLine(state);
        if (m != null && m.group(1).equals("end" + block.name()) && m.group(2).isEmpty()) {
          // A nested pair of the same name that is still open takes this line for itself.
          if (block.getLastChild() instanceof PairedShortcodeBlock inner
              && !inner.isClosed()
              && inner.name().equals(block.name())) {
            return BlockContinue.atIndex(state.getIndex());
          }
          block.markClosed();
          return BlockContinue.finished();
        }
      }
      return BlockContinue.atIndex(state.getIndex());
    }
  }

  /** Starts a shortcode block on a line that is exactly one shortcode. */
  static final class Factory extends AbstractBlockParserFactory {
    private final Set<String> paired;

    Factory(Set<String> paired) {
      this.paired = paired;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      Matcher m = shortcodeLine(state);
      if (m == null || TemplateCode.isKeyword(m.group(1))) {
        // A Nunjucks tag: template code, the TemplateBlockParser's.
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      String source = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
      if (paired.contains(m.group(1))) {
        return BlockStart.of(
                new Paired(new PairedShortcodeBlock(m.group(1), m.group(2), source.trim())))
            .atIndex(line.length());
      }
      ShortcodeBlock block = new ShortcodeBlock(m.group(1), m.group(2), source.trim());
      return BlockStart.of(new ShortcodeBlockParser(block)).atIndex(line.length());
    }
  }
}
