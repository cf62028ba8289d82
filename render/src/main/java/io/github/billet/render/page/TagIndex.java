package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Slugs;
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

  /** Languages by code. */
  private static final Comparator<Language> BY_CODE = Comparator.comparing(Language::code);

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
    List<Post> sorted = new ArrayList<>();
    for (Post p : posts) {
      if (p.isPublished() && p.language().isPresent()) {
        sorted.add(p);
      }
    }
    sorted.sort(PostOrder.newestFirst());
    Map<Language, Map<String, Found>> found = new TreeMap<>(BY_CODE);
    for (Post post : sorted) {
      Language language = post.language().get();
      for (String name : post.tags()) {
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
          continue;
        }
        Map<String, Found> slugs = found.get(language);
        if (slugs == null) {
          slugs = new TreeMap<>();
          found.put(language, slugs);
        }
        Found tag = slugs.get(slug);
        if (tag == null) {
          tag = new Found();
          slugs.put(slug, tag);
        }
        tag.add(post, name);
      }
    }
    Map<Language, Map<String, Tag>> tags = new LinkedHashMap<>();
    Map<Language, Map<String, List<Post>>> lists = new LinkedHashMap<>();
    for (Map.Entry<Language, Map<String, Found>> language : found.entrySet()) {
      Map<String, Tag> t = new LinkedHashMap<>();
      Map<String, List<Post>> l = new LinkedHashMap<>();
      for (Map.Entry<String, Found> slug : language.getValue().entrySet()) {
        t.put(slug.getKey(), new Tag(slug.getValue().name(), slug.getKey()));
        l.put(slug.getKey(), List.copyOf(slug.getValue().posts));
      }
      tags.put(language.getKey(), Collections.unmodifiableMap(t));
      lists.put(language.getKey(), Collections.unmodifiableMap(l));
    }
    return new TagIndex(Collections.unmodifiableMap(tags), Collections.unmodifiableMap(lists));
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

  /** The posts of one language that carry a tag, and how many of them spell it each way. */
  private static final class Found {
    final List<Post> posts = new ArrayList<>();
    final Map<String, Integer> spellings = new TreeMap<>();

    void add(Post post, String spelling) {
      if (posts.isEmpty() || posts.get(posts.size() - 1) != post) {
        posts.add(post);
      }
      Integer count = spellings.get(spelling);
      spellings.put(spelling, count == null ? 1 : count + 1);
    }

    /** The spelling most posts use; ties: the one that sorts first. */
    String name() {
      String name = null;
      int most = 0;
      // The spellings are sorted, so only a higher count replaces an earlier one.
      for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
        if (spelling.getValue() > most) {
          name = spelling.getKey();
          most = spelling.getValue();
        }
      }
      return name;
    }
  }
}
