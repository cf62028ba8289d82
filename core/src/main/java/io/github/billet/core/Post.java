package io.github.billet.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One post (or page) read from a Markdown file with YAML front matter.
 *
 * <p>Immutable and safe to share between threads (see {@link MarkdownBody} about the document). The
 * language may be unresolved until the {@code i18n} module decides it; the URL is empty for a post
 * that is not published ({@code permalink: false}). A post is a value: {@link #equals} compares
 * every field, never reads a file and never throws.
 *
 * <p>The {@linkplain #title() title} is never empty: the front matter's {@code title}, else the
 * text of the body's first heading (warning {@code title.from-heading}, or {@code
 * front-matter.missing} for a file without front matter), else a title made from the file name, its
 * {@linkplain #slug() slug} (error {@code title.missing} for a published post). The description
 * stays optional.
 *
 * <pre>{@code
 * Post post = PostParser.builder().build().parse(Path.of("content/fr/blog/posts/hello/index.md"));
 * String title = post.title(); // never empty
 * LocalDate date = post.date().orElseThrow();
 * List<String> tags = post.tags(); // collection markers such as "posts" are in collections()
 *
 * Post mine = Post.builder().source("fr/hello.md").slug("hello").title("Bonjour")
 *     .body(post.body()).build();
 * Post renamed = mine.toBuilder().title("Salut").build();
 * }</pre>
 *
 * <p>Longer than most classes because it is the public value of a post with its builder, each
 * property documented once; reading a file into it is {@code internal.PostReader}'s work.
 */
public final class Post {

  private final String source;
  private final Optional<Path> file;
  private final String slug;
  private final Optional<Language> language;
  private final Optional<String> url;
  private final String title;
  private final Optional<String> description;
  private final Optional<LocalDate> date;
  private final Optional<CoverImage> image;
  private final List<String> tags;
  private final List<String> collections;
  private final boolean draft;
  private final Permalink permalink;
  private final FrontMatter frontMatter;
  private final MarkdownBody body;
  private final List<Problem> problems;

  private Post(Builder b) {
    this.source = Objects.requireNonNull(b.source, "source");
    this.file = Objects.requireNonNull(b.file, "file");
    this.slug = Objects.requireNonNull(b.slug, "slug");
    this.language = Objects.requireNonNull(b.language, "language");
    this.url = Objects.requireNonNull(b.url, "url");
    this.title = titleOf(b.title, slug, source);
    this.description = Objects.requireNonNull(b.description, "description");
    this.date = Objects.requireNonNull(b.date, "date");
    this.image = Objects.requireNonNull(b.image, "image");
    this.tags = List.copyOf(b.tags);
    this.collections = List.copyOf(b.collections);
    this.draft = b.draft;
    this.permalink = Objects.requireNonNull(b.permalink, "permalink");
    this.frontMatter = Objects.requireNonNull(b.frontMatter, "frontMatter");
    this.body = Objects.requireNonNull(b.body, "body");
    this.problems = List.copyOf(b.problems);
  }

  /** The title, else the slug, else the source name: the contract of {@link #title()}. */
  private static String titleOf(String title, String slug, String source) {
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (!slug.isBlank()) {
      return slug;
    }
    if (!source.isBlank()) {
      return source;
    }
    throw new IllegalArgumentException("a post needs a title, a slug or a source name");
  }

  /**
   * Starts a post. Only {@link Builder#source}, {@link Builder#body} and a title or slug are
   * needed; the other fields default to empty, false, {@link Permalink#fromRules()} and an empty
   * front matter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every field of this post, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.source = source;
    b.file = file;
    b.slug = slug;
    b.language = language;
    b.url = url;
    b.title = title;
    b.description = description;
    b.date = date;
    b.image = image;
    b.tags = tags;
    b.collections = collections;
    b.draft = draft;
    b.permalink = permalink;
    b.frontMatter = frontMatter;
    b.body = body;
    b.problems = problems;
    return b;
  }

  /**
   * Returns the source name used in problems.
   *
   * @return usually the path relative to the content root
   */
  public String source() {
    return source;
  }

  /**
   * Returns the file the post was read from.
   *
   * @return the file, empty when read from a text
   */
  public Optional<Path> file() {
    return file;
  }

  /**
   * Returns the slug.
   *
   * @return the file name without extension, the folder name for {@code index.md}, without a
   *     leading {@code YYYY-MM-DD-}
   */
  public String slug() {
    return slug;
  }

  /**
   * Returns the content language.
   *
   * @return the language, empty until known
   */
  public Optional<Language> language() {
    return language;
  }

  /**
   * Returns the site-relative URL of its page.
   *
   * @return the URL, empty when not published
   */
  public Optional<String> url() {
    return url;
  }

  /**
   * Returns the title, never empty (see the class description for where it comes from).
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the description.
   *
   * @return the description, empty when missing or blank
   */
  public Optional<String> description() {
    return description;
  }

  /**
   * Returns the publication date.
   *
   * @return a calendar date in UTC, empty when missing
   */
  public Optional<LocalDate> date() {
    return date;
  }

  /**
   * Returns the cover image.
   *
   * @return the image, empty when none
   */
  public Optional<CoverImage> image() {
    return image;
  }

  /**
   * Returns the visible tags.
   *
   * @return the tags, in source order, without duplicates
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * Returns the internal collection tags.
   *
   * @return the collections ({@code posts}, {@code bluehats_posts}, …)
   */
  public List<String> collections() {
    return collections;
  }

  /**
   * Tells whether the post is a draft.
   *
   * @return true for {@code draft: true}
   */
  public boolean draft() {
    return draft;
  }

  /**
   * Returns what the front matter says about the URL.
   *
   * @return the permalink
   */
  public Permalink permalink() {
    return permalink;
  }

  /**
   * Returns the whole front matter.
   *
   * @return the front matter, folder defaults merged in
   */
  public FrontMatter frontMatter() {
    return frontMatter;
  }

  /**
   * Returns the Markdown body.
   *
   * @return the body and its parsed document
   */
  public MarkdownBody body() {
    return body;
  }

  /**
   * Returns the problems found while reading this post.
   *
   * @return the warnings and errors
   */
  public List<Problem> problems() {
    return problems;
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
  public Post withLanguage(Language newLanguage) {
    return toBuilder().language(newLanguage).build();
  }

  /**
   * Returns a copy with other problems.
   *
   * @param newProblems the problems
   * @return the copy
   */
  public Post withProblems(List<Problem> newProblems) {
    return toBuilder().problems(newProblems).build();
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Post p
            && draft == p.draft
            && source.equals(p.source)
            && file.equals(p.file)
            && slug.equals(p.slug)
            && language.equals(p.language)
            && url.equals(p.url)
            && title.equals(p.title)
            && description.equals(p.description)
            && date.equals(p.date)
            && image.equals(p.image)
            && tags.equals(p.tags)
            && collections.equals(p.collections)
            && permalink.equals(p.permalink)
            && frontMatter.equals(p.frontMatter)
            && problems.equals(p.problems)
            && body.equals(p.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        source,
        file,
        slug,
        language,
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
        problems);
  }

  @Override
  public String toString() {
    return "Post[" + source + " -> " + url.orElse("(not published)") + "]";
  }

  /**
   * Makes a {@link Post}. Not thread-safe; the post it builds is.
   *
   * <pre>{@code
   * Post post = Post.builder().source("fr/a.md").slug("a").title("A")
   *     .language(Language.FRENCH).url("/fr/a/").body(body).build();
   * }</pre>
   */
  public static final class Builder {
    private String source;
    private Optional<Path> file = Optional.empty();
    private String slug = "";
    private Optional<Language> language = Optional.empty();
    private Optional<String> url = Optional.empty();
    private String title;
    private Optional<String> description = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();
    private Optional<CoverImage> image = Optional.empty();
    private List<String> tags = List.of();
    private List<String> collections = List.of();
    private boolean draft;
    private Permalink permalink = Permalink.fromRules();
    private FrontMatter frontMatter = FrontMatter.empty();
    private MarkdownBody body;
    private List<Problem> problems = List.of();

    private Builder() {}

    /**
     * Sets the source name used in problems.
     *
     * @param value usually the path relative to the content root
     * @return this builder
     */
    public Builder source(String value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /**
     * Sets the file the post was read from.
     *
     * @param value the file, empty when none
     * @return this builder
     */
    public Builder file(Optional<Path> value) {
      this.file = Objects.requireNonNull(value, "file");
      return this;
    }

    /**
     * Sets the slug.
     *
     * @param value the slug
     * @return this builder
     */
    public Builder slug(String value) {
      this.slug = Objects.requireNonNull(value, "slug");
      return this;
    }

    /**
     * Sets the language.
     *
     * @param value the language, empty when not known
     * @return this builder
     */
    public Builder language(Optional<Language> value) {
      this.language = Objects.requireNonNull(value, "language");
      return this;
    }

    /**
     * Sets the language.
     *
     * @param value the language
     * @return this builder
     */
    public Builder language(Language value) {
      return language(Optional.of(value));
    }

    /**
     * Sets the site-relative URL.
     *
     * @param value the URL, empty when not published
     * @return this builder
     */
    public Builder url(Optional<String> value) {
      this.url = Objects.requireNonNull(value, "url");
      return this;
    }

    /**
     * Sets the site-relative URL.
     *
     * @param value the URL
     * @return this builder
     */
    public Builder url(String value) {
      return url(Optional.of(value));
    }

    /**
     * Sets the title; a blank one falls back to the slug, then to the source name.
     *
     * @param value the title
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description, empty when none
     * @return this builder
     */
    public Builder description(Optional<String> value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /**
     * Sets the publication date.
     *
     * @param value the date, empty when none
     * @return this builder
     */
    public Builder date(Optional<LocalDate> value) {
      this.date = Objects.requireNonNull(value, "date");
      return this;
    }

    /**
     * Sets the cover image.
     *
     * @param value the image, empty when none
     * @return this builder
     */
    public Builder image(Optional<CoverImage> value) {
      this.image = Objects.requireNonNull(value, "image");
      return this;
    }

    /**
     * Sets the visible tags.
     *
     * @param value the tags, in order
     * @return this builder
     */
    public Builder tags(List<String> value) {
      this.tags = List.copyOf(value);
      return this;
    }

    /**
     * Sets the internal collection tags.
     *
     * @param value the collections
     * @return this builder
     */
    public Builder collections(List<String> value) {
      this.collections = List.copyOf(value);
      return this;
    }

    /**
     * Sets whether the post is a draft.
     *
     * @param value true for a draft
     * @return this builder
     */
    public Builder draft(boolean value) {
      this.draft = value;
      return this;
    }

    /**
     * Sets what the front matter says about the URL.
     *
     * @param value the permalink
     * @return this builder
     */
    public Builder permalink(Permalink value) {
      this.permalink = Objects.requireNonNull(value, "permalink");
      return this;
    }

    /**
     * Sets the front matter.
     *
     * @param value the front matter
     * @return this builder
     */
    public Builder frontMatter(FrontMatter value) {
      this.frontMatter = Objects.requireNonNull(value, "frontMatter");
      return this;
    }

    /**
     * Sets the body.
     *
     * @param value the body
     * @return this builder
     */
    public Builder body(MarkdownBody value) {
      this.body = Objects.requireNonNull(value, "body");
      return this;
    }

    /**
     * Sets the problems.
     *
     * @param value the problems
     * @return this builder
     */
    public Builder problems(List<Problem> value) {
      this.problems = List.copyOf(value);
      return this;
    }

    /**
     * Builds the post.
     *
     * @return the post
     * @throws NullPointerException when the source or the body is missing
     * @throws IllegalArgumentException when the title, slug and source name are all blank
     */
    public Post build() {
      return new Post(this);
    }
  }
}
