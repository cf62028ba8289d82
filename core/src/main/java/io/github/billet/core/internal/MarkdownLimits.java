package io.github.billet.core.internal;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Problem;
import io.github.billet.core.internal.shared.SharedDocument;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/**
 * Checks a parsed body against the nesting and table-size limits, without recursion, so that
 * hostile documents (10,000 nested quotes, a million-cell table) are refused before anything walks
 * them recursively.
 *
 * @param maxDepth the deepest nesting of blocks and inlines
 * @param maxTableCells the most cells in one table
 */
public record MarkdownLimits(int maxDepth, int maxTableCells) {

  /**
   * Returns the first limit the document exceeds.
   *
   * @param body the body
   * @param source the source name for the problem
   * @return the problem, or null when within limits
   */
  public Problem check(MarkdownBody body, String source) {
    // Pre-order walk by the tree's own links: no stack, no boxed depths.
    Node root = SharedDocument.of(body);
    Node node = root;
    int depth = 0;
    while (node != null) {
      if (depth > maxDepth) {
        int line = lineOf(node, body);
        return Problem.error(
            source,
            line,
            0,
            "markdown.too-deep",
            "the Markdown nests more than " + maxDepth + " levels deep (quotes, lists, emphasis)",
            "flatten the nesting, or raise the limit with PostParser.builder().maxNesting(...)");
      }
      boolean table = node instanceof TableBlock;
      if (table) {
        int cells = countCells(node);
        if (cells > maxTableCells) {
          return Problem.error(
              source,
              lineOf(node, body),
              0,
              "markdown.table-too-large",
              "a table has " + cells + " cells, more than the limit of " + maxTableCells,
              "split the table, or raise the limit with PostParser.builder().maxTableCells(...)");
        }
      }
      if (!table && node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == root ? null : node.getNext();
    }
    return null;
  }

  private static int countCells(Node table) {
    int cells = 0;
    Node node = table;
    while (node != null) {
      if (node instanceof TableCell) {
        cells++;
      } else if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != table && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == table ? null : node.getNext();
    }
    return cells;
  }

  private static int lineOf(Node node, MarkdownBody body) {
    int line = body.positionOf(node).line();
    return line > 0 ? line : body.startLine();
  }
}
