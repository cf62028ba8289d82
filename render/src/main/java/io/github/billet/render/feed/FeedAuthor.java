package io.github.billet.render.feed;

import java.util.Objects;
import java.util.Optional;

/**
 * An author of a feed or of a feed entry: an Atom {@code <author>} or a JSON Feed {@code authors}
 * object.
 *
 * <p>Entry authors come from the post's front matter: {@code author: Jane Doe}, {@code author:
 * {name: Jane Doe, url: https://example.org/jane}} or a list of either under {@code author} or
 * {@code authors}.
 *
 * <pre>{@code
 * FeedAuthor team = FeedAuthor.of("Équipe code.gouv.fr");
 * FeedAuthor jane = new FeedAuthor("Jane Doe", Optional.of("https://example.org/jane"));
 * }</pre>
 *
 * @param name the name shown to readers, not blank
 * @param url a page about the author, absolute or site-relative (made absolute when written)
 */
public record FeedAuthor(String name, Optional<String> url) {

  /** Checks the components. */
  public FeedAuthor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an author needs a name");
    }
    if (url.isPresent() && url.get().isBlank()) {
      url = Optional.empty();
    }
  }

  /**
   * Creates an author with a name only.
   *
   * @param name the name
   * @return the author
   */
  public static FeedAuthor of(String name) {
    return new FeedAuthor(name, Optional.empty());
  }
}
