package io.github.billet.render;

import io.github.billet.core.Post;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of posts in listings, tag pages and timelines.
 *
 * <p>Newest first: by date, latest first; posts without a date after every dated post; ties (same
 * date) by URL, then by source path, so that the order never depends on the order posts were read.
 *
 * <pre>{@code
 * List<Post> newest = posts.stream().sorted(PostOrder.newestFirst()).toList();
 * }</pre>
 */
public final class PostOrder {

  private static final Comparator<Post> NEWEST_FIRST = new NewestFirst();

  private PostOrder() {}

  /** Newest first, then by URL, then by source path. */
  private static final class NewestFirst implements Comparator<Post> {
    @Override
    public int compare(Post a, Post b) {
      int byDate = compareDates(a.date().orElse(null), b.date().orElse(null));
      if (byDate != 0) {
        return byDate;
      }
      int byUrl = a.url().orElse("").compareTo(b.url().orElse(""));
      if (byUrl != 0) {
        return byUrl;
      }
      return a.source().compareTo(b.source());
    }

    /** The later date first; no date after every date. */
    private static int compareDates(LocalDate a, LocalDate b) {
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : 1) : -1;
      }
      return b.compareTo(a);
    }
  }

  /**
   * Returns the listing order: newest first, then by URL, then by source path.
   *
   * @return the comparator
   */
  public static Comparator<Post> newestFirst() {
    return NEWEST_FIRST;
  }
}
