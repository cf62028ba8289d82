package io.github.billet.render.page;

import java.util.Objects;

/**
 * A post's cover image, as its front matter {@code image} gives it.
 *
 * <pre>{@code
 * page.cover().filter(c -> !c.hidden()).ifPresent(c -> html.append("<img src=\"")
 *     .append(Html.attribute(c.url())).append("\" alt=\"").append(Html.attribute(c.alt()))
 *     .append("\">"));
 * }</pre>
 *
 * @param url the image's safe URL, resolved against the post's URL
 * @param alt the alternative text, empty for a decorative image
 * @param hidden true when {@code image.hide} asks not to show it atop the post (cards and social
 *     metadata still use it)
 */
public record Cover(String url, String alt, boolean hidden) {

  /** Checks the components. */
  public Cover {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(alt, "alt");
  }
}
