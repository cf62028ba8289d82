package io.github.billet.i18n.internal;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * The shape of a post body, language aside: the sequence of its top-level blocks (headings with
 * their level, paragraphs, lists with their item count, tables, images, quotes, code). Two
 * translations usually share it.
 */
public final class StructureSignature {

  private StructureSignature() {}

  /**
   * Returns the signature of a document.
   *
   * @param document the parsed body
   * @param skipFirst true to leave out the first block (a translation line)
   * @return the signature and the number of blocks in it
   */
  public static Signature of(Node document, boolean skipFirst) {
    StringBuilder s = new StringBuilder();
    int blocks = 0;
    Node n = document.getFirstChild();
    if (skipFirst && n != null) {
      n = n.getNext();
    }
    for (; n != null; n = n.getNext()) {
      blocks++;
      if (n instanceof Heading h) {
        s.append('H').append(h.getLevel());
      } else if (n instanceof Paragraph p) {
        s.append(
            p.getFirstChild() instanceof Image && p.getFirstChild().getNext() == null ? "I" : "P");
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        int items = 0;
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          items++;
        }
        s.append(n instanceof BulletList ? "U" : "O").append(items);
      } else if (n instanceof BlockQuote) {
        s.append('Q');
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        s.append('C');
      } else if (n instanceof HtmlBlock) {
        s.append('X');
      } else if (n instanceof ThematicBreak) {
        s.append('-');
      } else {
        s.append(n.getClass().getSimpleName().charAt(0));
      }
      s.append(' ');
    }
    return new Signature(s.toString(), blocks);
  }

  /**
   * A body's shape.
   *
   * @param shape the block sequence
   * @param blocks how many blocks
   */
  public record Signature(String shape, int blocks) {}
}
