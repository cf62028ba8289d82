package io.github.billet.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One per-folder rule of a {@link SiteConfig}, like Eleventy directory data or a Hugo cascade:
 * which files it matches and what it gives them.
 *
 * <p>{@code match} is a glob on the path relative to the content root, with {@code /} separators
 * ({@code *} stays within a folder, {@code **} crosses folders, {@code {a,b}} is a choice); a plain
 * folder name such as {@code fr/blog/posts} matches everything under it.
 *
 * <pre>{@code
 * FolderRule blog = new FolderRule("*}{@code /blog/posts/**", Optional.empty(), List.of("posts"),
 *     List.of("/{lang}/blog/{slug}/"), FrontMatter.empty(), Optional.empty());
 * }</pre>
 *
 * @param match the glob or folder
 * @param language the language of matched files
 * @param tags tags added to matched files
 * @param urlPatterns URL patterns, tried in order (see {@link FolderDefaults}); empty keeps the
 *     patterns of earlier rules
 * @param defaults default front matter values
 * @param requireDate whether matched published files should have a date; empty keeps the earlier
 *     setting
 */
public record FolderRule(
    String match,
    Optional<Language> language,
    List<String> tags,
    List<String> urlPatterns,
    FrontMatter defaults,
    Optional<Boolean> requireDate) {

  /** Checks the components. */
  public FolderRule {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(language, "language");
    tags = List.copyOf(tags);
    urlPatterns = List.copyOf(urlPatterns);
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(requireDate, "requireDate");
  }

  /**
   * Returns the glob this rule matches with: a plain folder name becomes {@code folder/**}.
   *
   * @return the glob
   */
  public String glob() {
    for (int i = 0; i < match.length(); i++) {
      char c = match.charAt(i);
      if (c == '*' || c == '?' || c == '{' || c == '[') {
        return match; // a glob already
      }
    }
    String folder = match.endsWith("/") ? match.substring(0, match.length() - 1) : match;
    return folder.isEmpty() ? "**" : folder + "/**";
  }
}
