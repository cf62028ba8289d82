package io.github.billet.render.page;

import io.github.billet.core.Post;
import java.util.Objects;
import java.util.Optional;

/**
 * The posts linked from the foot of a post page: the one published just before it and the one
 * published just after it, in the same language. {@link PostTimeline} computes them.
 *
 * <pre>{@code
 * Neighbours around = timeline.neighbours(post);
 * around.previous().ifPresent(p -> System.out.println("older: " + p.title()));
 * }</pre>
 *
 * @param previous the older post
 * @param next the newer post
 */
public record Neighbours(Optional<Post> previous, Optional<Post> next) {

  /** Checks the components. */
  public Neighbours {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(next, "next");
  }

  /**
   * No neighbour: the page shows no previous/next links.
   *
   * @return empty neighbours
   */
  public static Neighbours none() {
    return new Neighbours(Optional.empty(), Optional.empty());
  }
}
