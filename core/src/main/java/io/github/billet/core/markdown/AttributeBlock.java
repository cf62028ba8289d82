package io.github.billet.core.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A well-formed attribute block such as <code>{.fr-link #top target="_blank"}</code>.
 *
 * <p>It applies to the link or image right before it, or to its heading when it ends one; anywhere
 * else it is shown as written. Rendering decides, so the tree is never changed.
 */
public final class AttributeBlock extends CustomNode {

  /**
   * One item of the block.
   *
   * @param name {@code class}, {@code id} or the key
   * @param value the class name, the id or the value (unescaped)
   */
  public record Item(String name, String value) {}

  private final List<Item> items;
  private final String source;

  /**
   * Creates a block; the parser does.
   *
   * @param items the items, in written order
   * @param source the block as written
   */
  public AttributeBlock(List<Item> items, String source) {
    this.items = List.copyOf(items);
    this.source = source;
  }

  /**
   * Returns the items in written order.
   *
   * @return the items, never empty
   */
  public List<Item> items() {
    return items;
  }

  /**
   * Returns the block as written, braces included.
   *
   * @return the source text
   */
  public String source() {
    return source;
  }
}
