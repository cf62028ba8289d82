package io.github.billet.render.body;

import java.util.Objects;

/**
 * Where a body being rendered comes from and where it will be published.
 *
 * <pre>{@code
 * BodyContext context = new BodyContext("/fr/blog/hello/", "fr/blog/posts/hello/index.md", 9);
 * }</pre>
 *
 * @param pageUrl the URL of the page the body is shown on, site-relative ({@code /fr/blog/slug/})
 *     or absolute; relative links and images are resolved against it; empty keeps them as written
 * @param sourceName the source file name used in problems, usually relative to the content root
 * @param bodyStartLine the 1-based line of the source file where the Markdown body starts (the line
 *     after the front matter), so that problems point into the source file
 */
public record BodyContext(String pageUrl, String sourceName, int bodyStartLine) {

  /** Checks the components. */
  public BodyContext {
    Objects.requireNonNull(pageUrl, "pageUrl");
    Objects.requireNonNull(sourceName, "sourceName");
    if (bodyStartLine < 1) {
      throw new IllegalArgumentException("bodyStartLine is 1-based, got " + bodyStartLine);
    }
  }
}
