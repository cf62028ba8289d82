package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The previous/next order of posts: the posts given (usually one collection, such as the blog posts
 * {@code post.inCollection("posts")}), per language, by date.
 *
 * <p>The rule: only published posts with a date and a language take part. Within each language they
 * are ordered by {@link PostOrder#newestFirst()}; a post's previous post is the next older one in
 * that order, its next post the next newer one. A post of another language, collection or without a
 * date has no neighbours. Immutable and thread-safe.
 *
 * <pre>{@code
 * PostTimeline blog = PostTimeline.of(
 *     corpus.posts().stream().filter(p -> p.inCollection("posts")).toList());
 * Neighbours around = blog.neighbours(post);
 * }</pre>
 */
public final class PostTimeline {

  private final Map<Language, List<Post>> byLanguage;
  private final Map<String, Integer> positions;

  private PostTimeline(Map<Language, List<Post>> byLanguage) {
    this.byLanguage = byLanguage;
    Map<String, Integer> p = new HashMap<>();
    for (List<Post> list : byLanguage.values()) {
      for (int i = 0; i < list.size(); i++) {
        p.put(list.get(i).source(), i);
      }
    }
    this.positions = Collections.unmodifiableMap(p);
  }

  /**
   * Orders posts.
   *
   * @param posts the posts of one collection, languages decided (as in {@code
   *     PairedCorpus.posts()})
   * @return the timeline
   */
  public static PostTimeline of(List<Post> posts) {
    List<Post> sorted = new ArrayList<>();
    for (Post p : posts) {
      if (p.isPublished() && p.date().isPresent() && p.language().isPresent()) {
        sorted.add(p);
      }
    }
    sorted.sort(PostOrder.newestFirst());
    Map<Language, List<Post>> groups = new LinkedHashMap<>();
    for (Post p : sorted) {
      Language language = p.language().get();
      List<Post> group = groups.get(language);
      if (group == null) {
        group = new ArrayList<>();
        groups.put(language, group);
      }
      group.add(p);
    }
    for (Map.Entry<Language, List<Post>> group : groups.entrySet()) {
      group.setValue(List.copyOf(group.getValue()));
    }
    return new PostTimeline(Collections.unmodifiableMap(groups));
  }

  /**
   * Returns the posts of one language, newest first.
   *
   * @param language the language
   * @return the posts, empty when none
   */
  public List<Post> posts(Language language) {
    return byLanguage.getOrDefault(language, List.of());
  }

  /**
   * Returns a post's previous (older) and next (newer) posts in its language.
   *
   * @param post a post
   * @return its neighbours, {@link Neighbours#none()} when it is not in the timeline
   */
  public Neighbours neighbours(Post post) {
    Integer i = positions.get(post.source());
    if (i == null || post.language().isEmpty()) {
      return Neighbours.none();
    }
    List<Post> list = byLanguage.get(post.language().get());
    if (list == null || i >= list.size() || !list.get(i).source().equals(post.source())) {
      return Neighbours.none();
    }
    Optional<Post> older = i + 1 < list.size() ? Optional.of(list.get(i + 1)) : Optional.empty();
    Optional<Post> newer = i > 0 ? Optional.of(list.get(i - 1)) : Optional.empty();
    return new Neighbours(older, newer);
  }
}
