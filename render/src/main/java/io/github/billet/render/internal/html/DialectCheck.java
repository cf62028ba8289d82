package io.github.billet.render.internal.html;

import io.github.billet.core.markdown.BilletMarkdown;
import io.github.billet.core.markdown.ContainerBlock;
import io.github.billet.core.markdown.PairedShortcodeBlock;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.core.markdown.TemplateBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Block;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Finds Billet syntax that a body's parser left as text, because it was built without the dialect
 * (a commonmark {@code Parser} of one's own, or {@code PostParser.builder().billetSyntax(false)}):
 * a paragraph whose first line the dialect parses as a container, accordion, shortcode, template
 * code or footnote definition, and a footnote definition read as a link reference definition.
 */
final class DialectCheck {

  /** The code of the warning. */
  static final String CODE = "markdown.not-parsed";

  /** The warning's hint. */
  static final String HINT =
      "parse the body with Billet's dialect: PostParser.builder().build() parses it by default;"
          + " a commonmark Parser needs .extensions(BilletMarkdown.extensions())";

  /** Immutable and thread-safe, as commonmark parsers are. */
  private static final Parser DIALECT =
      Parser.builder().extensions(BilletMarkdown.extensions()).build();

  /**
   * Syntax found as text.
   *
   * @param node the paragraph or definition holding it
   * @param written what the author wrote, for the message
   */
  record Finding(Node node, String written) {
    String message() {
      return "'" + written + "' is shown as written: the body was parsed without Billet's syntax";
    }
  }

  private DialectCheck() {}

  /**
   * Finds the syntax the dialect would have parsed.
   *
   * @param document the document
   * @return the findings, in document order
   */
  static List<Finding> find(Node document) {
    List<Finding> found = new ArrayList<>();
    blocks(document, found);
    return found;
  }

  private static void blocks(Node parent, List<Finding> found) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph && n.getFirstChild() instanceof Text text && wholeLine(text)) {
        String literal = text.getLiteral();
        if (mayBeDialect(literal) && parsedAsDialect(literal)) {
          found.add(new Finding(n, literal.strip()));
        }
      } else if (n instanceof LinkReferenceDefinition definition
          && definition.getLabel() != null
          && definition.getLabel().startsWith("^")) {
        found.add(new Finding(n, "[" + definition.getLabel() + "]:"));
      } else if (n instanceof Block) {
        blocks(n, found);
      }
    }
  }

  /** Tells whether a paragraph's first text is its whole first line, as the dialect sees it. */
  private static boolean wholeLine(Text text) {
    Node next = text.getNext();
    return next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak;
  }

  /** Most paragraphs: no parse. */
  private static boolean mayBeDialect(String s) {
    return s.startsWith(":::")
        || s.startsWith("???")
        || s.startsWith("{%")
        || s.startsWith("{{")
        || s.startsWith("[^");
  }

  private static boolean parsedAsDialect(String line) {
    Node first = DIALECT.parse(line).getFirstChild();
    return first instanceof ContainerBlock
        || first instanceof ShortcodeBlock
        || first instanceof PairedShortcodeBlock
        || first instanceof TemplateBlock
        || first instanceof FootnoteDefinition;
  }
}
