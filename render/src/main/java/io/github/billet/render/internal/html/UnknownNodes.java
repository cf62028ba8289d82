package io.github.billet.render.internal.html;

import io.github.billet.core.MarkdownBody;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Nodes of a document that no renderer of the body knows: commonmark's renderer would drop them,
 * their text with them. They are reported ({@value #CODE}) and their children are rendered.
 */
final class UnknownNodes {

  /** The code of the warning. */
  static final String CODE = "markdown.unknown-node";

  private UnknownNodes() {}

  /**
   * Finds the first node of each class not in {@code known}.
   *
   * @param document the document
   * @param known the node classes the renderer writes
   * @return the first node of each unknown class, in document order
   */
  static Map<Class<? extends Node>, Node> firstOfEach(
      Node document, Set<Class<? extends Node>> known) {
    Map<Class<? extends Node>, Node> unknown = new LinkedHashMap<>();
    for (Node n = document; n != null; n = MarkdownBody.nextInPreOrder(n, document)) {
      if (!known.contains(n.getClass())) {
        unknown.putIfAbsent(n.getClass(), n);
      }
    }
    return unknown;
  }

  /** The warning's message for a node. */
  static String message(Node node) {
    return "the renderer does not know the Markdown node "
        + node.getClass().getSimpleName()
        + " (from "
        + node.getClass().getPackageName()
        + "): only its text is shown";
  }

  /** The warning's hint. */
  static final String HINT =
      "render with a renderer that knows the syntax the body was parsed with (BodyRenderer's"
          + " extensions on for Billet's dialect), or parse without that syntax";

  /** Renders the children of the unknown nodes, so that their text is kept. */
  static final class Children implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final Set<Class<? extends Node>> types;

    Children(HtmlNodeRendererContext context, Set<Class<? extends Node>> types) {
      this.context = context;
      this.types = Set.copyOf(types);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return types;
    }

    @Override
    public void render(Node node) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
    }
  }
}
