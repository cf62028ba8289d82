package io.github.billet.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the folder rules of a site give a post before its own front matter is read: a language, tags
 * to add, URL patterns, default front matter values, and whether a date is expected.
 *
 * <p>The front matter wins over the defaults: scalar and list values replace them, maps are merged
 * key by key. Tags are added after the post's own tags.
 *
 * <p>URL patterns are tried in order; the first one whose variables all resolve gives the URL.
 * Variables: {@code {lang}}, {@code {slug}}, {@code {dir}} (the post's folder relative to the
 * content root, without the slug folder), {@code {key}} (a front matter scalar) and {@code
 * {slugify(key)}}.
 *
 * <pre>{@code
 * FolderDefaults blog = FolderDefaults.none()
 *     .withLanguage(Language.FRENCH)
 *     .withTags(List.of("posts"))
 *     .withUrlPatterns(List.of("/{lang}/blog/{slug}/"));
 * Post post = parser.parse("fr/blog/posts/hello.md", text, blog);
 * }</pre>
 *
 * @param language the folder's language, when it has one
 * @param tags tags added to every post of the folder
 * @param urlPatterns URL patterns, tried in order
 * @param frontMatter default front matter values
 * @param requireDate true when a published post without a date gets a warning
 */
public record FolderDefaults(
    Optional<Language> language,
    List<String> tags,
    List<String> urlPatterns,
    FrontMatter frontMatter,
    boolean requireDate) {

  private static final FolderDefaults NONE =
      new FolderDefaults(
          Optional.empty(), List.of(), List.of("/{dir}/{slug}/"), FrontMatter.empty(), true);

  /** Checks the components. */
  public FolderDefaults {
    Objects.requireNonNull(language, "language");
    tags = List.copyOf(tags);
    urlPatterns = List.copyOf(urlPatterns);
    Objects.requireNonNull(frontMatter, "frontMatter");
  }

  /**
   * Returns the defaults of a folder without rules: no language, no tags, URL {@code
   * /{dir}/{slug}/}, dates expected.
   *
   * @return the defaults
   */
  public static FolderDefaults none() {
    return NONE;
  }

  /**
   * Returns a copy with a language.
   *
   * @param newLanguage the language
   * @return the copy
   */
  public FolderDefaults withLanguage(Language newLanguage) {
    return new FolderDefaults(
        Optional.of(newLanguage), tags, urlPatterns, frontMatter, requireDate);
  }

  /**
   * Returns a copy with other tags.
   *
   * @param newTags the tags
   * @return the copy
   */
  public FolderDefaults withTags(List<String> newTags) {
    return new FolderDefaults(language, newTags, urlPatterns, frontMatter, requireDate);
  }

  /**
   * Returns a copy with other URL patterns.
   *
   * @param newPatterns the patterns, tried in order
   * @return the copy
   */
  public FolderDefaults withUrlPatterns(List<String> newPatterns) {
    return new FolderDefaults(language, tags, newPatterns, frontMatter, requireDate);
  }

  /**
   * Returns a copy with other default front matter values.
   *
   * @param newFrontMatter the defaults
   * @return the copy
   */
  public FolderDefaults withFrontMatter(FrontMatter newFrontMatter) {
    return new FolderDefaults(language, tags, urlPatterns, newFrontMatter, requireDate);
  }

  /**
   * Returns a copy that does or does not expect dates.
   *
   * @param required true to warn about published posts without a date
   * @return the copy
   */
  public FolderDefaults withRequireDate(boolean required) {
    return new FolderDefaults(language, tags, urlPatterns, frontMatter, required);
  }
}
