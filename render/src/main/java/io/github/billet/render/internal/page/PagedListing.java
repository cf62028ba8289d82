package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.PageKind;
import io.github.billet.render.page.PostCard;
import io.github.billet.render.page.PostOrder;
import io.github.billet.render.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paginated listing of posts (blog index, tag pages): its published posts newest first, cut in
 * pages, each page's model made on demand so that a site build holds only the pages it writes.
 * Immutable and thread-safe.
 */
public final class PagedListing {

  /** Makes the card of a post in a listing of some language, and reports its problems. */
  @FunctionalInterface
  public interface Cards {
    /** The card of {@code post} in a listing in {@code language}. */
    PostCard card(Language language, Post post, List<Problem> problems);
  }

  private final PageKind kind;
  private final Language language;
  private final String url;
  private final String heading;
  private final Optional<Tag> tag;
  private final List<Post> sorted;
  private final List<String> urls;
  private final List<Alternate> firstPageAlternates;
  private final int pageSize;

  /**
   * Sorts and cuts a listing.
   *
   * @param kind listing or tag
   * @param language the pages' language
   * @param url the first page's URL, ending with {@code /}
   * @param heading the listing's title
   * @param tag the tag of a tag listing
   * @param posts the posts; the unpublished ones are left out
   * @param firstPageAlternates the first page's hreflang alternates
   * @param pageSize posts a page
   */
  public PagedListing(
      PageKind kind,
      Language language,
      String url,
      String heading,
      Optional<Tag> tag,
      List<Post> posts,
      List<Alternate> firstPageAlternates,
      int pageSize) {
    this.kind = kind;
    this.language = Objects.requireNonNull(language, "language");
    this.url = url;
    this.heading = Objects.requireNonNull(heading, "heading");
    this.tag = tag;
    List<Post> published = new ArrayList<>(posts.size());
    for (Post post : posts) {
      if (post.isPublished()) {
        published.add(post);
      }
    }
    published.sort(PostOrder.newestFirst());
    this.sorted = published;
    int pages = Math.max(1, (published.size() + pageSize - 1) / pageSize);
    List<String> pageUrls = new ArrayList<>(pages);
    for (int n = 1; n <= pages; n++) {
      pageUrls.add(Markup.safeUrl(PageUrls.pageUrl(url, n), false));
    }
    this.urls = List.copyOf(pageUrls);
    this.firstPageAlternates = List.copyOf(firstPageAlternates);
    this.pageSize = pageSize;
  }

  /** The listing's title. */
  public String heading() {
    return heading;
  }

  /** The listing's posts, newest first. */
  public List<Post> posts() {
    return java.util.Collections.unmodifiableList(sorted);
  }

  /** The number of pages, at least one. */
  public int pages() {
    return urls.size();
  }

  /** The URL of page {@code n} (1-based), not yet past the safe-URL rule. */
  public String url(int n) {
    return PageUrls.pageUrl(url, n);
  }

  /** The posts of page {@code n} (1-based). */
  public List<Post> slice(int n) {
    return sorted.subList((n - 1) * pageSize, Math.min(sorted.size(), n * pageSize));
  }

  /** What identifies the listing itself (not its posts) in a page's key. */
  public List<Object> identity(int n) {
    return List.of(kind, language, url, heading, n, urls.size());
  }

  /**
   * The model of page {@code n} (1-based).
   *
   * @param n the page
   * @param models the models of the renderer (the page's head)
   * @param labels the labels
   * @param cards makes (or reuses) the cards
   * @param problems where the cards' problems go
   */
  public ListingPage model(
      int n, PageModels models, Labels labels, Cards cards, List<Problem> problems) {
    List<PostCard> shown = new ArrayList<>(pageSize);
    for (Post post : slice(n)) {
      shown.add(cards.card(language, post, problems));
    }
    String pageUrl = urls.get(n - 1);
    String title =
        urls.size() > 1 ? heading + " - " + labels.pageOf(language, n, urls.size()) : heading;
    return new ListingPage(
        models.listingHead(
            kind, language, pageUrl, heading, title, n == 1 ? firstPageAlternates : List.of()),
        labels,
        tag,
        n,
        urls,
        shown);
  }
}
