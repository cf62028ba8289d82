package io.github.billet.render.page;

import io.github.billet.core.Slugs;
import java.util.Objects;

/**
 * A visible tag as listings show it: its name and the slug of its page ({@code
 * /<lang>/blog/tags/<slug>/}).
 *
 * <pre>{@code
 * Tag tag = Tag.of("Données ouvertes");
 * tag.slug(); // "donnees-ouvertes"
 * }</pre>
 *
 * @param name the tag as written in front matter
 * @param slug {@link Slugs#slugify(String)} of the name, never empty
 */
public record Tag(String name, String slug) {

  /** Checks the components. */
  public Tag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("the tag '" + name + "' has no letter or digit");
    }
  }

  /**
   * Returns the tag of a name.
   *
   * @param name the tag as written
   * @return the tag
   * @throws IllegalArgumentException when the name has no letter or digit (no slug)
   */
  public static Tag of(String name) {
    return new Tag(name, Slugs.slugify(name));
  }
}
