package io.github.billet.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One post (or page) read from a Markdown file with YAML front matter.
 *
 * <p>Immutable and safe to share between threads (see {@link MarkdownBody} about the document). The
 * language may be unresolved until the {@code i18n} module decides it; the URL is empty for a post
 * that is not published ({@code permalink: false}).
 *
 * <pre>{@code
 * Post post = PostParser.builder().build().parse(Path.of("content/fr/blog/posts/hello/index.md"));
 * String title = post.title();
 * LocalDate date = post.date().orElseThrow();
 * List<String> tags = post.tags(); // collection markers such as "posts" are in collections()
 * }</pre>
 *
 * @param source the source name used in problems, usually the path relative to the content root
 * @param file the file it was read from, when it was read from a file
 * @param slug the slug: file name without extension, folder name for {@code index.md}, without a
 *     leading {@code YYYY-MM-DD-}
 * @param language the content language, when known
 * @param url the site-relative URL of its page, empty when not published
 * @param title the title, empty when missing (a problem says so for published posts)
 * @param description the description
 * @param date the publication date, a calendar date in UTC
 * @param image the cover image
 * @param tags the visible tags, in source order, without duplicates
 * @param collections the internal collection tags ({@code posts}, {@code bluehats_posts}, …)
 * @param draft true for {@code draft: true}
 * @param permalink what the front matter says about the URL
 * @param frontMatter the whole front matter, folder defaults merged in
 * @param body the Markdown body and its parsed document
 * @param problems the warnings and errors found while reading this post
 */
public record Post(
    String source,
    Optional<Path> file,
    String slug,
    Optional<Locale> language,
    Optional<String> url,
    String title,
    Optional<String> description,
    Optional<LocalDate> date,
    Optional<CoverImage> image,
    List<String> tags,
    List<String> collections,
    boolean draft,
    Permalink permalink,
    FrontMatter frontMatter,
    MarkdownBody body,
    List<Problem> problems) {

  /** Checks the components and makes the lists immutable. */
  public Post {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(image, "image");
    tags = List.copyOf(tags);
    collections = List.copyOf(collections);
    Objects.requireNonNull(permalink, "permalink");
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether the post gets a page.
   *
   * @return true when it has a URL
   */
  public boolean isPublished() {
    return url.isPresent();
  }

  /**
   * Tells whether any problem of this post is an error.
   *
   * @return true when at least one error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Tells whether the post carries a collection tag.
   *
   * @param collection a collection tag such as {@code posts}
   * @return true when present
   */
  public boolean inCollection(String collection) {
    return collections.contains(collection);
  }

  /**
   * Returns a copy with another language; the URL does not change.
   *
   * @param newLanguage the language
   * @return the copy
   */
  public Post withLanguage(Locale newLanguage) {
    return copy(Optional.of(newLanguage), problems);
  }

  /**
   * Returns a copy with other problems.
   *
   * @param newProblems the problems
   * @return the copy
   */
  public Post withProblems(List<Problem> newProblems) {
    return copy(language, newProblems);
  }

  /** The one place that copies every component, so the withers cannot drift apart. */
  private Post copy(Optional<Locale> newLanguage, List<Problem> newProblems) {
    return new Post(
        source,
        file,
        slug,
        newLanguage,
        url,
        title,
        description,
        date,
        image,
        tags,
        collections,
        draft,
        permalink,
        frontMatter,
        body,
        newProblems);
  }

  @Override
  public String toString() {
    return "Post[" + source + " -> " + url.orElse("(not published)") + "]";
  }
}
