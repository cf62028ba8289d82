package io.github.billet.core.internal;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Slugs;
import java.util.Optional;

/**
 * Expands URL patterns such as {@code /{lang}/blog/{slug}/} or {@code
 * /{lang}/{slugify(slugOverride)}/}.
 */
public final class UrlPattern {

  private UrlPattern() {}

  /**
   * Expands a pattern.
   *
   * @param pattern the pattern
   * @param fm the post's front matter, for {@code {key}} and {@code {slugify(key)}}
   * @param language the post's language, for {@code {lang}}
   * @param slug the slug
   * @param dir the post's folder relative to the content root
   * @return the URL with runs of {@code /} collapsed, empty when a variable does not resolve
   */
  public static Optional<String> expand(
      String pattern, FrontMatter fm, Optional<Language> language, String slug, String dir) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = pattern.indexOf('}', i);
      if (close < 0) {
        return Optional.empty();
      }
      String name = pattern.substring(i + 1, close).strip();
      Optional<String> value = variable(name, fm, language, slug, dir);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.append(value.get());
      i = close + 1;
    }
    return Optional.of(collapseSlashes(out));
  }

  /**
   * Tells whether a pattern is well formed and uses only known variable forms.
   *
   * @param pattern the pattern
   * @return an explanation of what is wrong, empty when fine
   */
  public static Optional<String> check(String pattern) {
    if (!pattern.startsWith("/")) {
      return Optional.of("a URL pattern must start with '/'");
    }
    int i = 0;
    while ((i = pattern.indexOf('{', i)) >= 0) {
      int close = pattern.indexOf('}', i);
      if (close < 0) {
        return Optional.of("'{' at column " + (i + 1) + " is never closed");
      }
      String name = pattern.substring(i + 1, close).strip();
      if (name.isEmpty()) {
        return Optional.of("empty variable '{}'");
      }
      i = close + 1;
    }
    return Optional.empty();
  }

  /**
   * Tells whether a computed URL can be a page: site-relative, no {@code .} or {@code ..} segment,
   * no query or fragment, no backslash, no control character.
   *
   * @param url the URL
   * @return what is wrong, empty when fine
   */
  public static Optional<String> checkUrl(String url) {
    if (!url.startsWith("/") || url.startsWith("//")) {
      return Optional.of("it must start with a single '/'");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of("it holds a control character");
      }
      if (c == '\\' || c == '?' || c == '#') {
        return Optional.of("it holds '" + c + "'");
      }
    }
    if (url.indexOf("/.") < 0 && url.indexOf('%') < 0) {
      return Optional.empty(); // a "." or ".." segment follows a '/'
    }
    for (String segment : url.split("/")) {
      // Browsers and servers read "%2e" as a dot in a path segment (any case, as in "%2e." or
      // ".%2E"): such a segment climbs like a plain one.
      String dots = segment.replace("%2e", ".").replace("%2E", ".");
      if (dots.equals(".") || dots.equals("..")) {
        return Optional.of("it holds a '" + segment + "' segment");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> variable(
      String name, FrontMatter fm, Optional<Language> language, String slug, String dir) {
    switch (name) {
      case "lang":
        return language.isPresent() ? Optional.of(language.get().code()) : Optional.empty();
      case "slug":
        return Optional.of(slug);
      case "dir":
        return Optional.of(dir);
      default:
        if (name.startsWith("slugify(") && name.endsWith(")")) {
          String key = name.substring("slugify(".length(), name.length() - 1).strip();
          Optional<String> text = fm.getString(key);
          return text.isPresent() ? nonEmpty(Slugs.slugify(text.get())) : Optional.empty();
        }
        Optional<String> text = fm.getString(name);
        return text.isPresent() ? nonEmpty(text.get().strip()) : Optional.empty();
    }
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Collapses runs of {@code /} into one.
   *
   * @param s a path
   * @return the path without empty segments
   */
  public static String collapseSlashes(CharSequence s) {
    int n = s.length();
    int i = 1;
    while (i < n && !(s.charAt(i) == '/' && s.charAt(i - 1) == '/')) {
      i++;
    }
    if (i >= n) {
      return s.toString(); // the common case: nothing to collapse
    }
    // Up to the first run of '/', then one '/' of each run.
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '/' && out.charAt(out.length() - 1) == '/') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
