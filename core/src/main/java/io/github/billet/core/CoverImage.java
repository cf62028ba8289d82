package io.github.billet.core;

import java.util.Objects;

/**
 * A post's cover image, from the {@code image} front matter key.
 *
 * <pre>{@code
 * CoverImage image = new CoverImage("./cover.png", "Group photo", true);
 * boolean onPage = !image.hide(); // false: used for cards and social previews only
 * }</pre>
 *
 * @param path the image path as written, often relative to the post's folder ({@code ./x.png})
 * @param alt the alternative text, empty when none was given
 * @param hide true when the image is for cards and social previews only, not shown atop the post
 */
public record CoverImage(String path, String alt, boolean hide) {

  /** Checks the components. */
  public CoverImage {
    Objects.requireNonNull(path, "path");
    alt = alt == null ? "" : alt;
  }
}
