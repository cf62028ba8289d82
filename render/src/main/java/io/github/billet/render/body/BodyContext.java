package io.github.billet.render.body;

import io.github.billet.core.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a body being rendered comes from, where it will be published and in which language.
 *
 * <pre>{@code
 * BodyContext context = new BodyContext("/fr/blog/hello/", "fr/blog/posts/hello/index.md", 9)
 *     .withLanguage(Language.of("fr"));
 * }</pre>
 *
 * @param pageUrl the URL of the page the body is shown on, site-relative ({@code /fr/blog/slug/})
 *     or absolute; relative links and images are resolved against it; empty keeps them as written
 * @param sourceName the source file name used in problems, usually relative to the content root
 * @param bodyStartLine the 1-based line of the source file where the Markdown body starts (the line
 *     after the front matter), so that problems point into the source file
 * @param language the language of the body, for the labels the renderer writes (the footnote
 *     back-links); empty writes them in English
 */
public record BodyContext(
    String pageUrl, String sourceName, int bodyStartLine, Optional<Language> language) {

  /** Checks the components. */
  public BodyContext {
    Objects.requireNonNull(pageUrl, "pageUrl");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(language, "language");
    if (bodyStartLine < 1) {
      throw new IllegalArgumentException("bodyStartLine is 1-based, got " + bodyStartLine);
    }
  }

  /**
   * A context without a language: the labels the renderer writes are English.
   *
   * @param pageUrl the URL of the page the body is shown on
   * @param sourceName the source file name used in problems
   * @param bodyStartLine the 1-based line of the source file where the Markdown body starts
   */
  public BodyContext(String pageUrl, String sourceName, int bodyStartLine) {
    this(pageUrl, sourceName, bodyStartLine, Optional.empty());
  }

  /**
   * Returns this context with a language.
   *
   * @param language the language of the body
   * @return a new context
   */
  public BodyContext withLanguage(Language language) {
    return new BodyContext(pageUrl, sourceName, bodyStartLine, Optional.of(language));
  }
}
