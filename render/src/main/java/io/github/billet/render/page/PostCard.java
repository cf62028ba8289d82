package io.github.billet.render.page;

import io.github.billet.core.Post;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One post as a listing shows it.
 *
 * <pre>{@code
 * for (PostCard card : listing.cards()) {
 *   html.append("<li><a href=\"").append(Html.attribute(card.url())).append("\">")
 *       .append(Html.text(card.title())).append("</a></li>");
 * }
 * }</pre>
 *
 * @param post the post itself
 * @param url the post's safe URL
 * @param title the post's title (its slug when it has none)
 * @param description the description, empty when none
 * @param tags the tags, links to the tag pages of the post's language
 * @param date the publication date
 * @param cover the cover image, shown on cards even when {@code image.hide} hides it atop the post
 */
public record PostCard(
    Post post,
    String url,
    String title,
    Optional<String> description,
    List<PageLink> tags,
    Optional<LocalDate> date,
    Optional<Cover> cover) {

  /** Checks and copies the components. */
  public PostCard {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(cover, "cover");
  }
}
