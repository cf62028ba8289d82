package io.github.billet.render.page;

import io.github.billet.i18n.Labels;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a paginated listing of posts: the blog index (kind {@code LISTING}) or the pages of
 * one tag (kind {@code TAG}, {@link #tag()} present).
 *
 * <pre>{@code
 * String main = "<h1>" + Html.text(page.head().heading()) + "</h1>"
 *     + (page.pages() > 1 ? "<p>" + Html.text(page.pageOf()) + "</p>" : "");
 * }</pre>
 *
 * @param head the document's metadata; its heading is the listing's title
 * @param labels the site's labels
 * @param tag the tag of a tag page
 * @param page this page's number, 1-based
 * @param pageUrls the safe URL of every page of the listing, at least one
 * @param cards the posts of this page, newest first
 */
public record ListingPage(
    PageHead head,
    Labels labels,
    Optional<Tag> tag,
    int page,
    List<String> pageUrls,
    List<PostCard> cards) {

  /** Checks and copies the components. */
  public ListingPage {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(tag, "tag");
    pageUrls = List.copyOf(pageUrls);
    if (page < 1 || page > pageUrls.size()) {
      throw new IllegalArgumentException("page " + page + " of " + pageUrls.size());
    }
    cards = List.copyOf(cards);
  }

  /**
   * Returns the number of pages of the listing.
   *
   * @return at least 1
   */
  public int pages() {
    return pageUrls.size();
  }

  /**
   * Returns a link to every page of the listing, each named by its number, for a pagination.
   *
   * @return the links, page 1 first
   */
  public List<PageLink> pageLinks() {
    List<PageLink> links = new java.util.ArrayList<>(pageUrls.size());
    for (int n = 1; n <= pageUrls.size(); n++) {
      links.add(new PageLink(pageUrls.get(n - 1), Integer.toString(n)));
    }
    return List.copyOf(links);
  }

  /**
   * Returns "page N of M" in the page's language.
   *
   * @return such as "Page 2 sur 3"
   */
  public String pageOf() {
    return labels.pageOf(head.language(), page, pages());
  }
}
