package io.github.billet.render.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses {@code :::kind argument} containers closed by a line holding only {@code :::}. */
final class ContainerBlockParser extends AbstractBlockParser {

  private static final Pattern OPENING = Pattern.compile(":::\\s*([a-z]+)(?:\\s+(.*?))?\\s*");
  private static final Pattern CLOSING = Pattern.compile(":::\\s*");

  private final ContainerBlock block;

  private ContainerBlockParser(ContainerBlock block) {
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
    if (state.getIndent() < 4 && isClosingLine(state)) {
      // A nested container that is still open takes this closing line for itself.
      if (block.getLastChild() instanceof ContainerBlock
          && !((ContainerBlock) block.getLastChild()).isClosed()) {
        return BlockContinue.atIndex(state.getIndex());
      }
      block.markClosed();
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private static boolean isClosingLine(ParserState state) {
    CharSequence line = state.getLine().getContent();
    return CLOSING.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length())).matches();
  }

  /** Tells whether {@code line} holds {@code a} then {@code b} at {@code index}. */
  static boolean startsWith(CharSequence line, int index, char a, char b) {
    return index + 1 < line.length() && line.charAt(index) == a && line.charAt(index + 1) == b;
  }

  /** Starts a container on {@code :::kind}; unknown kinds stay paragraph text. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      if (!startsWith(line, start, ':', ':')) {
        // Most lines: no substring and no regular expression.
        return BlockStart.none();
      }
      Matcher m = OPENING.matcher(line.subSequence(start, line.length()));
      if (!m.matches()) {
        return BlockStart.none();
      }
      Optional<ContainerBlock.Kind> kind = ContainerBlock.Kind.named(m.group(1));
      if (kind.isEmpty()) {
        return BlockStart.none();
      }
      String argument = m.group(2) == null ? "" : m.group(2).trim();
      return BlockStart.of(new ContainerBlockParser(new ContainerBlock(kind.get(), argument)))
          .atIndex(line.length());
    }
  }
}
