package io.github.billet.core.internal.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/**
 * A block parser whose block holds any Markdown blocks (containers, paired shortcodes, footnote
 * definitions): the commonmark answers they share, so that each says only when it continues.
 *
 * @param <B> the block it builds
 */
abstract class ContainerParser<B extends Block> extends AbstractBlockParser {

  /** The block being built. */
  final B block;

  ContainerParser(B block) {
    this.block = block;
  }

  @Override
  public final Block getBlock() {
    return block;
  }

  @Override
  public final boolean isContainer() {
    return true;
  }

  @Override
  public final boolean canContain(Block childBlock) {
    return true;
  }
}
