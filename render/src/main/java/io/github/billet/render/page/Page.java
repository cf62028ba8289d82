package io.github.billet.render.page;

import io.github.billet.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * One rendered page: where it is published and its complete HTML document.
 *
 * <pre>{@code
 * Page page = renderer.renderPost(post, corpus.index(), timeline.neighbours(post));
 * Path file = out.resolve(page.url().substring(1)).resolve("index.html");
 * Files.writeString(file, page.html());
 * }</pre>
 *
 * @param url the site-relative URL of the page, such as {@code /fr/blog/hello/} or {@code
 *     /fr/blog/page-2/}; a URL ending with {@code /} is a folder whose {@code index.html} is the
 *     page
 * @param html the whole HTML document, from {@code <!DOCTYPE html>} on
 * @param problems warnings met while rendering (from the body renderer, or a blocked front matter
 *     URL), with the post's source file
 */
public record Page(String url, String html, List<Problem> problems) {

  /** Checks and copies the components. */
  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(html, "html");
    problems = List.copyOf(problems);
  }

  /**
   * A page without problems.
   *
   * @param url the site-relative URL
   * @param html the HTML document
   */
  public Page(String url, String html) {
    this(url, html, List.of());
  }
}
