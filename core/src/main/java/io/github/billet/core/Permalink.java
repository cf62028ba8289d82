package io.github.billet.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a post's front matter says about its URL: nothing (the folder rules decide), an explicit
 * path, or {@code permalink: false} (not published).
 *
 * <pre>{@code
 * Permalink p = Permalink.of("/fr/mission/");
 * p.isPublished(); // true
 * Permalink.notPublished().isPublished(); // false
 * }</pre>
 */
public sealed interface Permalink {

  /**
   * The URL comes from the folder rules.
   *
   * @return the default permalink
   */
  static Permalink fromRules() {
    return FromRules.INSTANCE;
  }

  /**
   * An explicit site-relative path, from {@code permalink: /some/path/}.
   *
   * @param path the path; a leading {@code /} is added when missing
   * @return the permalink
   */
  static Permalink of(String path) {
    return new Explicit(path);
  }

  /**
   * Not published, from {@code permalink: false}.
   *
   * @return the permalink
   */
  static Permalink notPublished() {
    return NotPublished.INSTANCE;
  }

  /**
   * Tells whether the post gets a page.
   *
   * @return false only for {@code permalink: false}
   */
  default boolean isPublished() {
    return !(this instanceof NotPublished);
  }

  /**
   * Returns the explicit path, if the front matter gave one.
   *
   * @return the path
   */
  default Optional<String> path() {
    return this instanceof Explicit e ? Optional.of(e.value()) : Optional.empty();
  }

  /** No permalink in the front matter: the folder rules decide. */
  enum FromRules implements Permalink {
    /** The only value. */
    INSTANCE
  }

  /** {@code permalink: false}: the post has no page. */
  enum NotPublished implements Permalink {
    /** The only value. */
    INSTANCE
  }

  /**
   * An explicit path.
   *
   * @param value the site-relative path, starting with {@code /}
   */
  record Explicit(String value) implements Permalink {
    /** Adds the leading slash when missing. */
    public Explicit {
      Objects.requireNonNull(value, "value");
      value = value.startsWith("/") ? value : "/" + value;
    }
  }
}
