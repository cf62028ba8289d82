package io.github.billet.render.internal.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses lines of template-engine code: a line that starts with {@code {{}, {@code {%} or {@code
 * {#} and holds only such constructs, or one that opens an output or a tag closed on a later line
 * (as {@code {{ component("callout", {} ... {@code }) }}} is written), before a blank line. A line holding one shortcode is
 * the {@link ShortcodeBlockParser}'s, which is asked first.
 */
final class TemplateBlockParser extends AbstractBlockParser {

  private final TemplateBlock block = new TemplateBlock();
  private String awaited;
  private boolean done;

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (done) {
      return BlockContinue.none();
    }
    if (state.isBlank()) {
      // An unclosed construct ends at a blank line; it is shown as text.
      done = true;
      return BlockContinue.none();
    }
    CharSequence line = state.getLine().getContent();
    accept(line, state.getNextNonSpaceIndex());
    return BlockContinue.atIndex(line.length());
  }

  private void accept(CharSequence line, int from) {
    block.append(line.subSequence(from, line.length()));
    TemplateCode.Scan scan = TemplateCode.scan(line, from, awaited);
    awaited = scan.awaited();
    if (awaited == null) {
      done = true;
      block.close(
          scan.textAt() < 0
              ? ""
              : line.subSequence(scan.textAt(), line.length()).toString().strip());
    }
  }

  /** Starts on a line of template code. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      if (TemplateCode.closerAt(line, start) == null) {
        return BlockStart.none();
      }
      TemplateCode.Scan scan = TemplateCode.scan(line, start, null);
      if (scan.textAt() >= 0) {
        // Code then text on one line: the paragraph's, whose inline code is left out as it is
        // rendered.
        return BlockStart.none();
      }
      if ("#}".equals(scan.awaited())) {
        // A comment runs over lines rarely; "{#" opening a line is more likely text.
        return BlockStart.none();
      }
      TemplateBlockParser parser = new TemplateBlockParser();
      parser.accept(line, start);
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
