package io.github.billet.core.internal;

import io.github.billet.core.FolderDefaults;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Permalink;
import io.github.billet.core.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A post's slug, folder and URL, from its source path, front matter and folder rules.
 *
 * <pre>{@code
 * PostUrls.slugOf("fr/blog/posts/2024-05-02-talks/index.md"); // "talks"
 * }</pre>
 */
public final class PostUrls {

  private PostUrls() {}

  /**
   * Returns the slug of a source path: the file name without extension, the folder name for {@code
   * index.md}, a leading {@code YYYY-MM-DD-} dropped.
   *
   * @param source a path with {@code /} separators
   * @return the slug
   */
  public static String slugOf(String source) {
    String path = source.replace('\\', '/');
    // The last segment, trailing '/' ignored; "" for a name made only of separators.
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    int start = path.lastIndexOf('/', end - 1) + 1;
    String name = path.substring(start, end);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.equals("index") && start > 0) {
      int parentEnd = start - 1;
      base = path.substring(path.lastIndexOf('/', parentEnd - 1) + 1, parentEnd);
    }
    return dropDatePrefix(base);
  }

  static String dropDatePrefix(String name) {
    if (name.length() > 11
        && name.charAt(4) == '-'
        && name.charAt(7) == '-'
        && name.charAt(10) == '-') {
      for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!Character.isDigit(name.charAt(i))) {
          return name;
        }
      }
      return name.substring(11);
    }
    return name;
  }

  /**
   * Returns the folder of a post relative to the content root, without the post's own folder
   * ({@code fr/blog/posts/x/index.md} → {@code fr/blog/posts}).
   *
   * @param source a path with {@code /} separators
   * @return the folder, empty at the root
   */
  public static String dirOf(String source) {
    String s = source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    String dir = s.substring(0, slash);
    String name = s.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    int parentSlash = dir.lastIndexOf('/');
    String folder = dir.substring(parentSlash + 1);
    if (base.equals("index") || base.equals(folder)) {
      return parentSlash < 0 ? "" : dir.substring(0, parentSlash);
    }
    return dir;
  }

  /**
   * The URL of a post: its permalink, else the first folder URL pattern that applies, else {@code
   * /{dir}/{slug}/} with {@code url.unresolved} when the folder has patterns.
   */
  static String urlOf(
      Permalink permalink,
      FolderDefaults defaults,
      FrontMatter fm,
      Optional<Language> language,
      String slug,
      String source,
      List<Problem> problems) {
    Optional<String> explicit = permalink.path();
    if (explicit.isPresent()) {
      // A protocol-relative '//host/' is kept to be refused; inner runs of '/' are collapsed (an
      // expanded pattern comes out collapsed already).
      String path = explicit.get();
      return path.startsWith("//") ? path : UrlPattern.collapseSlashes(path);
    }
    String dir = dirOf(source);
    for (String pattern : defaults.urlPatterns()) {
      Optional<String> url = UrlPattern.expand(pattern, fm, language, slug, dir);
      if (url.isPresent()) {
        return url.get();
      }
    }
    String fallback = UrlPattern.expand("/{dir}/{slug}/", fm, language, slug, dir).orElseThrow();
    if (!defaults.urlPatterns().isEmpty()) {
      problems.add(
          Problem.warning(
              source,
              0,
              0,
              "url.unresolved",
              "no URL pattern of the folder rules applies ("
                  + String.join(", ", defaults.urlPatterns())
                  + "); the URL is "
                  + fallback,
              "give the folder a language, or add 'permalink: /path/' to the front matter"));
    }
    return fallback;
  }
}
