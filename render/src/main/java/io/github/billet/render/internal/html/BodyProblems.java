package io.github.billet.render.internal.html;

import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.render.body.BodyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The problems found while one body is rendered, each placed in the source file.
 *
 * <pre>{@code
 * problems.warn(node, "url.unsafe", "the URL ... was blocked", "link to an http(s) address");
 * }</pre>
 */
final class BodyProblems {
  private final BodyContext context;
  private final Function<Node, SourcePosition> positions;
  private final List<Problem> problems = new ArrayList<>();

  BodyProblems(BodyContext context, Function<Node, SourcePosition> positions) {
    this.context = context;
    this.positions = positions;
  }

  /** Adds a problem found in the body as a whole. */
  void add(Problem problem) {
    problems.add(problem);
  }

  /** The problems in source order. */
  List<Problem> sorted() {
    problems.sort(null);
    return problems;
  }

  void warn(Node node, String code, String message, String hint) {
    warnAt(node, 1, 1, code, message, hint);
  }

  /**
   * Warns at a place inside a node's source: {@code lineInNode} and {@code columnInNode} are
   * 1-based within the node's literal (a raw HTML block's third line). The column of a later line
   * is counted from the node's own indentation.
   */
  void warnAt(
      Node node, int lineInNode, int columnInNode, String code, String message, String hint) {
    int line = 0;
    int column = 0;
    if (positions != null) {
      SourcePosition at = positions.apply(node);
      line = at.line();
      column = at.column();
    } else {
      for (Node n = node; n != null; n = n.getParent()) {
        List<SourceSpan> spans = n.getSourceSpans();
        // commonmark's tables extension gives a table body a null span when spans are off.
        if (!spans.isEmpty() && spans.get(0) != null) {
          line = spans.get(0).getLineIndex() + context.bodyStartLine();
          column = spans.get(0).getColumnIndex() + 1;
          break;
        }
      }
    }
    if (line > 0) {
      line += lineInNode - 1;
      column += columnInNode - 1;
    }
    problems.add(Problem.warning(context.sourceName(), line, column, code, message, hint));
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
