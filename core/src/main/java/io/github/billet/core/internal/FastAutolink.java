package io.github.billet.core.internal;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Turns bare URLs, {@code www.} addresses and e-mail addresses in text into links, exactly as
 * commonmark-java's {@code AutolinkExtension} does (same nodes, same source spans), but asks the
 * link extractor only about the text that can hold a link: one with {@code ://}, {@code @} or
 * {@code www.} (the extractor's triggers). Most text holds none, and the extractor's scan of it was
 * a tenth of the parse.
 */
public final class FastAutolink implements Parser.ParserExtension {

  private FastAutolink() {}

  /**
   * Returns the extension.
   *
   * @return a new extension
   */
  public static Extension create() {
    return new FastAutolink();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new Processor());
  }

  /**
   * Tells whether a text may hold a link the extractor would find, or is empty (the extension drops
   * empty text nodes, since the extractor finds no span at all in them).
   */
  static boolean mayHoldLink(String text) {
    // The extractor's scanners start at ':' followed by "//", at '@', and at "www." (lower case,
    // as its scanner compares).
    return text.isEmpty()
        || text.indexOf('@') >= 0
        || text.indexOf("://") >= 0
        || text.indexOf("www.") >= 0;
  }

  private static final class Processor implements PostProcessor {
    private final LinkExtractor extractor =
        LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.EMAIL, LinkType.WWW))
            .build();

    @Override
    public Node process(Node root) {
      // The extension's visitor, as a pre-order walk by the tree's own links: text inside a
      // link is left alone, and what linkify inserts after a text is not visited again.
      Node node = root;
      while (node != null) {
        if (node instanceof Text text) {
          Node next = nextSkippingChildren(text, root);
          if (mayHoldLink(text.getLiteral())) {
            linkify(text);
          }
          node = next;
        } else if (node instanceof Link || node.getFirstChild() == null) {
          node = nextSkippingChildren(node, root);
        } else {
          node = node.getFirstChild();
        }
      }
      return root;
    }

    /** The node after {@code node}'s subtree in a pre-order walk of {@code root}, or null. */
    private static Node nextSkippingChildren(Node node, Node root) {
      Node n = node;
      while (n != root && n.getNext() == null) {
        n = n.getParent();
      }
      return n == root ? null : n.getNext();
    }

    private void linkify(Text original) {
      String literal = original.getLiteral();
      Node last = original;
      List<SourceSpan> spans = original.getSourceSpans();
      SourceSpan span = spans.size() == 1 ? spans.get(0) : null;
      Iterator<Span> found = extractor.extractSpans(literal).iterator();
      while (found.hasNext()) {
        Span s = found.next();
        if (last == original && !found.hasNext() && !(s instanceof LinkSpan)) {
          return; // no link: the node stays as it is
        }
        Text text = new Text(literal.substring(s.getBeginIndex(), s.getEndIndex()));
        if (span != null) {
          text.addSourceSpan(span.subSpan(s.getBeginIndex(), s.getEndIndex()));
        }
        if (s instanceof LinkSpan link) {
          Link node = new Link(destination(link, text.getLiteral()), null);
          node.appendChild(text);
          node.setSourceSpans(text.getSourceSpans());
          last.insertAfter(node);
          last = node;
        } else {
          last.insertAfter(text);
          last = text;
        }
      }
      original.unlink();
    }

    private static String destination(LinkSpan link, String text) {
      if (link.getType() == LinkType.EMAIL) {
        return "mailto:" + text;
      }
      if (link.getType() == LinkType.WWW) {
        return "http://" + text;
      }
      return text;
    }
  }
}
