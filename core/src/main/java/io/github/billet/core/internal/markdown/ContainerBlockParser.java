package io.github.billet.core.internal.markdown;

import io.github.billet.core.markdown.ContainerBlock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code :::kind argument} containers closed by a line holding only colons, at least as many
 * as opened it (the rules of markdown-it-container, which the eleventy-dsfr template uses).
 *
 * <p>Containers nest: a closing line closes the innermost open container whose fence has exactly
 * its length, or else the innermost one it is long enough for; the containers inside the one it
 * closes are left unclosed (and warned about).
 */
final class ContainerBlockParser extends AbstractBlockParser {

  private static final Pattern OPENING = Pattern.compile("\\s*([a-z]+)(?:\\s+(.*?))?\\s*");

  /** The shortest fence. */
  static final int MIN_FENCE = 3;

  private final ContainerBlock block;

  ContainerBlockParser(ContainerBlock block) {
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
      int length = closingFence(state, block.kind().marker());
      if (length >= block.fenceLength() && closedBy(block, length) == block) {
        block.markClosed();
        return BlockContinue.finished();
      }
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  /**
   * The container a closing line of {@code length} markers closes, among {@code outer} and the open
   * containers of the same marker it holds as last children: the innermost whose fence has that
   * length, else the innermost whose fence is not longer.
   */
  static ContainerBlock closedBy(ContainerBlock outer, int length) {
    ContainerBlock exact = null;
    ContainerBlock shorter = null;
    Node node = outer;
    while (node instanceof ContainerBlock && !((ContainerBlock) node).isClosed()) {
      ContainerBlock c = (ContainerBlock) node;
      if (c.kind().marker() == outer.kind().marker()) {
        if (c.fenceLength() == length) {
          exact = c;
        } else if (c.fenceLength() < length) {
          shorter = c;
        }
      }
      node = c.getLastChild();
    }
    return exact != null ? exact : shorter;
  }

  /**
   * The number of {@code marker} characters on a line that holds only them (three or more) and
   * white space, or 0.
   */
  static int closingFence(ParserState state, char marker) {
    CharSequence line = state.getLine().getContent();
    int start = state.getNextNonSpaceIndex();
    int end = fenceEnd(line, start, marker);
    if (end - start < MIN_FENCE) {
      return 0;
    }
    for (int i = end; i < line.length(); i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return 0;
      }
    }
    return end - start;
  }

  /** The index after the run of {@code marker} characters that starts at {@code start}. */
  static int fenceEnd(CharSequence line, int start, char marker) {
    int i = start;
    while (i < line.length() && line.charAt(i) == marker) {
      i++;
    }
    return i;
  }

  /** Tells whether {@code line} holds {@code a} then {@code b} at {@code index}. */
  static boolean startsWith(CharSequence line, int index, char a, char b) {
    return index + 1 < line.length() && line.charAt(index) == a && line.charAt(index + 1) == b;
  }

  /**
   * Starts an accordion on {@code ??? Title}, or a group of them on {@code ????accordionsgroup}; a
   * fence without title opens nothing (it is text, or the closing line of an open accordion).
   */
  private static BlockStart accordion(CharSequence line, int start) {
    int end = fenceEnd(line, start, '?');
    if (end - start < MIN_FENCE) {
      return BlockStart.none();
    }
    String rest = line.subSequence(end, line.length()).toString().strip();
    if (rest.isEmpty()) {
      return BlockStart.none();
    }
    ContainerBlock block =
        rest.equals("accordionsgroup")
            ? new ContainerBlock(ContainerBlock.Kind.ACCORDIONS_GROUP, "", end - start)
            : new ContainerBlock(ContainerBlock.Kind.ACCORDION, rest, end - start);
    return BlockStart.of(new ContainerBlockParser(block)).atIndex(line.length());
  }

  /** Starts a container on {@code :::kind} or an accordion; unknown kinds stay paragraph text. */
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
        return startsWith(line, start, '?', '?') ? accordion(line, start) : BlockStart.none();
      }
      int end = fenceEnd(line, start, ':');
      if (end - start < MIN_FENCE) {
        return BlockStart.none();
      }
      Matcher m = OPENING.matcher(line.subSequence(end, line.length()));
      if (!m.matches()) {
        return BlockStart.none();
      }
      Optional<ContainerBlock.Kind> kind = ContainerBlock.Kind.named(m.group(1));
      if (kind.isEmpty()) {
        return BlockStart.none();
      }
      String argument = m.group(2) == null ? "" : m.group(2).trim();
      return BlockStart.of(
              new ContainerBlockParser(new ContainerBlock(kind.get(), argument, end - start)))
          .atIndex(line.length());
    }
  }
}
