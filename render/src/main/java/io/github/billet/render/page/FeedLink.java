package io.github.billet.render.page;

import java.util.Objects;

/**
 * A feed the site build writes, for a {@code <link rel="alternate">} in a page's head.
 *
 * <pre>{@code
 * String link = "<link rel=\"alternate\" type=\"" + feed.mediaType() + "\" title=\""
 *     + Html.attribute(feed.title()) + "\" href=\"" + Html.attribute(feed.url()) + "\">";
 * }</pre>
 *
 * @param mediaType {@code application/atom+xml} or {@code application/feed+json}
 * @param title the feed's title, plain
 * @param url the feed's safe URL
 */
public record FeedLink(String mediaType, String title, String url) {

  /** The media type of an Atom feed. */
  public static final String ATOM = "application/atom+xml";

  /** The media type of a JSON feed. */
  public static final String JSON = "application/feed+json";

  /** Checks the components. */
  public FeedLink {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
