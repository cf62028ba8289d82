package io.github.billet.core.internal.markdown;

import io.github.billet.core.markdown.TemplateBlock;
import io.github.billet.core.markdown.TemplateCode;
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
    Scan scan = scan(line, from, awaited);
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
      Scan scan = scan(line, start, null);
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

  /** What a line holds after a scan: only constructs, a construct still open, or text. */
  private record Scan(String awaited, int textAt) {
    /** Tells whether the line held nothing but constructs and white space. */
    boolean onlyCode() {
      return awaited == null && textAt < 0;
    }
  }

  /**
   * Scans a line from {@code from}: constructs and white space, until text outside any construct or
   * the end of the line.
   *
   * @param awaited the closing mark of a construct opened on an earlier line, or null
   * @return the closing mark still awaited at the end of the line (or null), and where text outside
   *     constructs starts (or -1)
   */
  private static Scan scan(CharSequence line, int from, String awaited) {
    String s = line.toString();
    int i = from;
    if (awaited != null) {
      int end = s.indexOf(awaited, i);
      if (end < 0) {
        return new Scan(awaited, -1);
      }
      i = end + 2;
    }
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        return new Scan(null, -1);
      }
      String closer = TemplateCode.closerAt(s, i);
      if (closer == null) {
        return new Scan(null, i);
      }
      int end = s.indexOf(closer, i + 2);
      if (end < 0) {
        return new Scan(closer, -1);
      }
      i = end + 2;
    }
  }
}
