package io.github.billet.render;

import io.github.billet.core.Post;
import io.github.billet.core.Slugs;
import io.github.billet.i18n.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which posts carry which tag, per language: the content of the tag pages.
 *
 * <p>Tags are grouped by slug, so "Open source" and "open source" make one tag page; its name is
 * the spelling most posts use (ties: the one that sorts first). Only the posts given take part
 * (usually the published blog posts of the paired corpus); collection markers are never tags (they
 * are in {@link Post#collections()}, not in {@link Post#tags()}); a tag without letter or digit has
 * no page. Posts are listed {@link PostOrder#newestFirst() newest first}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * TagIndex tags = TagIndex.of(blogPosts);
 * for (Tag tag : tags.tags(Language.FRENCH)) {
 *   pages.addAll(renderer.renderTagPages(Language.FRENCH, tag, tags.posts(Language.FRENCH, tag)));
 * }
 * }</pre>
 */
public final class TagIndex {

  private final Map<Language, Map<String, Tag>> tags;
  private final Map<Language, Map<String, List<Post>>> posts;

  private TagIndex(
      Map<Language, Map<String, Tag>> tags, Map<Language, Map<String, List<Post>>> posts) {
    this.tags = tags;
    this.posts = posts;
  }

  /**
   * Indexes the tags of posts.
   *
   * @param posts published posts, languages decided; unpublished posts and posts without language
   *     are left out
   * @return the index
   */
  public static TagIndex of(List<Post> posts) {
    Map<Language, Map<String, List<Post>>> bySlug = new TreeMap<>(byCode());
    Map<Language, Map<String, Map<String, Integer>>> spellings = new TreeMap<>(byCode());
    List<Post> sorted =
        posts.stream()
            .filter(p -> p.isPublished() && p.language().isPresent())
            .sorted(PostOrder.newestFirst())
            .toList();
    for (Post post : sorted) {
      Language language = Language.of(post.language().get());
      for (String name : post.tags()) {
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
          continue;
        }
        List<Post> list =
            bySlug
                .computeIfAbsent(language, k -> new TreeMap<>())
                .computeIfAbsent(slug, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != post) {
          list.add(post);
        }
        spellings
            .computeIfAbsent(language, k -> new TreeMap<>())
            .computeIfAbsent(slug, k -> new TreeMap<>())
            .merge(name, 1, Integer::sum);
      }
    }
    Map<Language, Map<String, Tag>> tags = new LinkedHashMap<>();
    Map<Language, Map<String, List<Post>>> lists = new LinkedHashMap<>();
    bySlug.forEach(
        (language, slugs) -> {
          Map<String, Tag> t = new LinkedHashMap<>();
          Map<String, List<Post>> l = new LinkedHashMap<>();
          slugs.forEach(
              (slug, list) -> {
                String name =
                    spellings.get(language).get(slug).entrySet().stream()
                        .max(
                            Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey();
                t.put(slug, new Tag(name, slug));
                l.put(slug, List.copyOf(list));
              });
          tags.put(language, Collections.unmodifiableMap(t));
          lists.put(language, Collections.unmodifiableMap(l));
        });
    return new TagIndex(Collections.unmodifiableMap(tags), Collections.unmodifiableMap(lists));
  }

  private static Comparator<Language> byCode() {
    return Comparator.comparing(Language::code);
  }

  /**
   * Returns the languages that have at least one tag.
   *
   * @return the languages, by code
   */
  public List<Language> languages() {
    return List.copyOf(tags.keySet());
  }

  /**
   * Returns the tags of one language.
   *
   * @param language the language
   * @return the tags, by slug
   */
  public List<Tag> tags(Language language) {
    return List.copyOf(tags.getOrDefault(language, Map.of()).values());
  }

  /**
   * Returns the posts of one language that carry a tag.
   *
   * @param language the language
   * @param tag the tag (only its slug counts)
   * @return the posts, newest first; empty for an unknown tag
   */
  public List<Post> posts(Language language, Tag tag) {
    return posts.getOrDefault(language, Map.of()).getOrDefault(tag.slug(), List.of());
  }
}
