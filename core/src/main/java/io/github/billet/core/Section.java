package io.github.billet.core;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One section of a site (the blog, BlueHats…): which posts it holds, where its listing and tag
 * pages live, its title per language, its page size and whether it has feeds. A post belongs to the
 * first section of the configuration that holds it, and to no other.
 *
 * <p>A section holds the posts whose source path matches one of its {@code match} globs (the same
 * globs as {@link FolderRule#match()}: a plain folder such as {@code fr/bluehats} matches
 * everything under it), or that carry its {@code collection} tag (such as {@code posts}).
 *
 * <pre>{@code
 * Section blog = new Section("blog", List.of(), Optional.of("posts"), "/{lang}/blog/",
 *     "/{lang}/blog/tags/{tag}/", Map.of("fr", "Blog", "en", "Blog"), OptionalInt.of(12), true);
 * SiteConfig config = SiteConfig.builder().section(blog).build();
 * }</pre>
 *
 * @param id the section's name, unique in the site, such as {@code bluehats}
 * @param match globs or folders of the posts it holds, relative to the content folder
 * @param collection a collection (or tag) whose posts it holds
 * @param url its listing's URL, ending with {@code /}, {@code {lang}} for the language
 * @param tagsUrl its tag pages' URL, ending with {@code /}, with {@code {lang}} and {@code {tag}}
 * @param titles its title by language code ({@code fr}, {@code en})
 * @param pageSize posts a listing page shows; empty for the build's page size
 * @param feed whether it gets Atom and JSON feeds per language, at {@code <url>feed/}
 */
public record Section(
    String id,
    List<String> match,
    Optional<String> collection,
    String url,
    String tagsUrl,
    Map<String, String> titles,
    OptionalInt pageSize,
    boolean feed) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException when the id is blank, the section holds nothing (no match and
   *     no collection), a URL is not a site-relative folder pattern, or the page size is below 1
   */
  public Section {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a section needs an 'id'");
    }
    match = List.copyOf(match);
    Objects.requireNonNull(collection, "collection");
    if (match.isEmpty() && collection.isEmpty()) {
      throw new IllegalArgumentException(
          "section '" + id + "' holds no post: give 'match' folders or a 'collection'");
    }
    urlProblem(url, "{lang}", false)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("section '" + id + "': 'url' " + p);
            });
    urlProblem(tagsUrl, "{tag}", true)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("section '" + id + "': 'tagsUrl' " + p);
            });
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    Objects.requireNonNull(pageSize, "pageSize");
    if (pageSize.isPresent() && pageSize.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "section '" + id + "': 'pageSize' must be at least 1, not " + pageSize.getAsInt());
    }
    for (String glob : match) {
      FileSystems.getDefault().getPathMatcher("glob:" + globOf(glob));
    }
  }

  /**
   * Tells what is wrong with a section URL pattern.
   *
   * @param pattern the pattern
   * @param placeholder the placeholder it must hold when {@code required}
   * @param required whether it must hold the placeholder
   * @return what is wrong, empty when it is right
   */
  static Optional<String> urlProblem(String pattern, String placeholder, boolean required) {
    if (pattern == null || !pattern.startsWith("/") || pattern.startsWith("//")) {
      return Optional.of("must be a site-relative URL such as /{lang}/blog/");
    }
    if (!pattern.endsWith("/")) {
      return Optional.of("'" + pattern + "' must end with /");
    }
    if (required && !pattern.contains(placeholder)) {
      return Optional.of("'" + pattern + "' must hold " + placeholder);
    }
    String rest = pattern.replace("{lang}", "").replace("{tag}", "");
    if (rest.contains("{") || rest.contains("}") || rest.contains("?") || rest.contains("#")) {
      return Optional.of(
          "'" + pattern + "' may hold only the placeholders {lang} and " + placeholder);
    }
    if (!required && pattern.contains("{tag}")) {
      return Optional.of("'" + pattern + "' may not hold {tag}");
    }
    return Optional.empty();
  }

  /**
   * Tells whether two sections' pages would take the same URLs: the same listing or tag page URL, a
   * listing inside the other's tag pages, or a listing at the other's later pages ({@code page-N/})
   * or feeds ({@code feed/}).
   *
   * @param a a section
   * @param b another section
   * @return what clashes, empty when nothing does
   */
  public static Optional<String> overlap(Section a, Section b) {
    String both = "sections '" + a.id() + "' and '" + b.id() + "' ";
    if (a.url().equals(b.url())) {
      return Optional.of(both + "have the same 'url' " + a.url());
    }
    if (a.tagsUrl().equals(b.tagsUrl())) {
      return Optional.of(both + "have the same 'tagsUrl' " + a.tagsUrl());
    }
    for (Section[] pair : new Section[][] {{a, b}, {b, a}}) {
      Section one = pair[0];
      Section other = pair[1];
      String tagsFolder = one.tagsUrl().substring(0, one.tagsUrl().indexOf("{tag}"));
      if (other.url().startsWith(tagsFolder)) {
        return Optional.of(
            both
                + "overlap: the listing "
                + other.url()
                + " lies among the tag pages "
                + one.tagsUrl());
      }
      if (other.url().startsWith(one.url() + "page-") || other.url().equals(one.url() + "feed/")) {
        return Optional.of(
            both
                + "overlap: the listing "
                + other.url()
                + " takes the URL of a later page or the feed of "
                + one.url());
      }
      if (other.tagsUrl().startsWith(one.url() + "page-")) {
        return Optional.of(
            both
                + "overlap: the tag pages "
                + other.tagsUrl()
                + " lie among the pages of "
                + one.url());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the default URL of a section's tag pages: {@code tags/{tag}/} below its URL.
   *
   * @param url the section's URL, such as {@code /{lang}/bluehats/}
   * @return such as {@code /{lang}/bluehats/tags/{tag}/}
   */
  public static String defaultTagsUrl(String url) {
    return url + "tags/{tag}/";
  }

  /**
   * Returns the section's title in a language.
   *
   * @param language the language
   * @return the title; empty when not given in that language
   */
  public Optional<String> title(Language language) {
    return Optional.ofNullable(titles.get(language.code()));
  }

  /**
   * Returns the URL of the section's listing in a language.
   *
   * @param language the language
   * @return such as {@code /fr/bluehats/}
   */
  public String url(Language language) {
    return url.replace("{lang}", language.code());
  }

  /**
   * Returns a test of whether a post belongs to this section (by itself: the first section of a
   * configuration that holds a post takes it).
   *
   * @return a thread-safe test
   */
  public java.util.function.Predicate<Post> holds() {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : match) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + globOf(glob)));
    }
    Optional<String> tag = collection;
    return post -> {
      if (tag.isPresent() && (post.inCollection(tag.get()) || post.tags().contains(tag.get()))) {
        return true;
      }
      if (matchers.isEmpty()) {
        return false;
      }
      java.nio.file.Path path = java.nio.file.Path.of(post.source());
      for (PathMatcher m : matchers) {
        if (m.matches(path)) {
          return true;
        }
      }
      return false;
    };
  }

  /** A match as a glob, as {@link FolderRule#glob()} reads it. */
  private static String globOf(String match) {
    return new FolderRule(
            match, Optional.empty(), List.of(), List.of(), FrontMatter.empty(), Optional.empty())
        .glob();
  }
}
