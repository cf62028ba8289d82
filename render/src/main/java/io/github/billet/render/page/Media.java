package io.github.billet.render.page;

import java.util.Objects;

/**
 * A video or slides embedded after a post's body (front matter {@code video: {src, title}} or
 * {@code slides: {src, title}}), its source already checked against the allowed frame hosts.
 *
 * <pre>{@code
 * for (Media m : page.media()) {
 *   html.append("<iframe src=\"").append(Html.attribute(m.src())).append("\" title=\"")
 *       .append(Html.attribute(m.title())).append("\"></iframe>");
 * }
 * }</pre>
 *
 * @param kind a video or slides
 * @param src the frame's safe URL
 * @param title the frame's title, plain text, may be empty
 */
public record Media(Kind kind, String src, String title) {

  /** What is embedded. */
  public enum Kind {
    /** A video player. */
    VIDEO,
    /** A slide deck. */
    SLIDES
  }

  /** Checks the components. */
  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(title, "title");
  }
}
