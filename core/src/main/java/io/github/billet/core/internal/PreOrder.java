package io.github.billet.core.internal;

import org.commonmark.node.Node;

/**
 * Places of nodes in the pre-order walk of their tree (a node, then its children in order), walked
 * by the tree's own links: no recursion and no stack, so a hostile depth cannot overflow it. Two
 * parses of one text by parsers that differ only in the source spans they keep give trees of the
 * same shape, where the same place holds the same node.
 */
public final class PreOrder {

  private PreOrder() {}

  /**
   * Returns the place of a node in the pre-order walk of its tree, from its topmost ancestor.
   *
   * @param node a node
   * @return its place, 0 for the root
   */
  public static int indexOf(Node node) {
    Node root = node;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    int index = 0;
    for (Node n = root; n != null; n = next(n, root)) {
      if (n == node) {
        return index;
      }
      index++;
    }
    throw new IllegalStateException("a node is not found under its own root");
  }

  /**
   * Returns the node at a place of the pre-order walk of a tree.
   *
   * @param root the tree
   * @param index the place, 0 for the root
   * @return the node, or null when the tree has fewer nodes
   */
  public static Node nodeAt(Node root, int index) {
    int i = 0;
    for (Node n = root; n != null; n = next(n, root)) {
      if (i++ == index) {
        return n;
      }
    }
    return null;
  }

  /**
   * Returns the node after {@code node} in the pre-order walk of {@code root}.
   *
   * @param node a node of the tree
   * @param root the tree
   * @return the next node, or null after the last
   */
  public static Node next(Node node, Node root) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    Node n = node;
    while (n != root && n.getNext() == null) {
      n = n.getParent();
    }
    return n == root ? null : n.getNext();
  }
}
