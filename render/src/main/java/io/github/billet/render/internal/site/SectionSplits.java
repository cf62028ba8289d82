package io.github.billet.render.internal.site;

import io.github.billet.core.Post;
import java.util.List;

/**
 * The sections of a list of posts ({@link SiteSections#split}), kept for the last list asked for: a
 * build asks for the sections of the very same posts at several steps (the URLs pairing checks
 * links against, the files posts may not take, the listings), and each split indexes the tags and
 * sorts the timelines of every section. Made per run; thread-safe.
 *
 * <pre>{@code
 * SectionSplits splits = new SectionSplits(plan.sections());
 * List<SiteSections.Listed> listed = splits.of(published); // split once
 * splits.of(List.copyOf(published)); // the same posts: the same sections, not split again
 * }</pre>
 */
public final class SectionSplits {

  private final SiteSections sections;
  private List<Post> lastPosts;
  private List<SiteSections.Listed> last;

  /**
   * Starts with no split.
   *
   * @param sections the site's sections
   */
  public SectionSplits(SiteSections sections) {
    this.sections = sections;
  }

  /**
   * Returns the sections of posts, split again only when the posts are not the very same objects,
   * in the same order, as the last time.
   *
   * @param posts the posts
   * @return each section's published posts, with their tags and timeline
   */
  public synchronized List<SiteSections.Listed> of(List<Post> posts) {
    if (last == null || !SitePlan.sameInstances(lastPosts, posts)) {
      lastPosts = List.copyOf(posts);
      last = sections.split(lastPosts);
    }
    return last;
  }
}
