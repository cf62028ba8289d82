package io.github.billet.render.page;

import io.github.billet.core.Post;
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

  private static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(
              (Post p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(p -> p.url().orElse(""))
          .thenComparing(Post::source);

  private PostOrder() {}

  /**
   * Returns the listing order: newest first, then by URL, then by source path.
   *
   * @return the comparator
   */
  public static Comparator<Post> newestFirst() {
    return NEWEST_FIRST;
  }
}
