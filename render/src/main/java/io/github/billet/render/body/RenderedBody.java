package io.github.billet.render.body;

import io.github.billet.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The HTML of a post body, its table of contents and the problems met while rendering it.
 *
 * <pre>{@code
 * RenderedBody body = renderer.render(document, context);
 * body.problems().forEach(p -> log.warn("{}", p));
 * String html = body.html();
 * }</pre>
 *
 * @param html the body HTML, a sequence of block elements
 * @param tableOfContents the level-2 and level-3 headings in document order
 * @param problems warnings about the body (unknown shortcodes, unclosed containers, blocked
 *     URLs...), with lines in the source file
 */
public record RenderedBody(String html, List<TocEntry> tableOfContents, List<Problem> problems) {

  /** Checks and copies the components. */
  public RenderedBody {
    Objects.requireNonNull(html, "html");
    tableOfContents = List.copyOf(tableOfContents);
    problems = List.copyOf(problems);
  }
}
