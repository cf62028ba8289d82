package io.github.billet.render.feed;

import io.github.billet.core.Post;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One page of a sitemap: its URL, when it last changed, and its versions in other languages.
 *
 * <p>{@code alternates} maps an hreflang value ({@code fr}, {@code en}, {@code fr-CA} or {@code
 * x-default}) to the URL of that version. For a translated page it must list the page itself too,
 * as search engines require; the {@link SitemapWriter} adds {@code x-default} when it is missing.
 * An untranslated page has no alternates.
 *
 * <pre>{@code
 * SitemapEntry fr = SitemapEntry.of("/fr/blog/guide-osor/", LocalDate.of(2024, 3, 26))
 *     .withAlternates(Map.of("fr", "/fr/blog/guide-osor/", "en", "/fr/blog/osor-handbook/"));
 * }</pre>
 *
 * @param url the page URL, absolute or site-relative
 * @param lastModified the date the page last changed
 * @param alternates hreflang to URL, sorted by hreflang; empty for an untranslated page
 */
public record SitemapEntry(
    String url, Optional<LocalDate> lastModified, Map<String, String> alternates) {

  /** The hreflang value for the version shown to readers of no listed language. */
  public static final String X_DEFAULT = "x-default";

  /** Checks the components and copies the alternates. */
  public SitemapEntry {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(lastModified, "lastModified");
    if (url.isBlank()) {
      throw new IllegalArgumentException("a sitemap entry needs a URL");
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> alternate : alternates.entrySet()) {
      String hreflang = alternate.getKey();
      String href = alternate.getValue();
      checkHreflang(hreflang);
      if (href == null || href.isBlank()) {
        throw new IllegalArgumentException(
            "the " + hreflang + " alternate of " + url + " has no URL");
      }
      sorted.put(hreflang, href);
    }
    alternates = java.util.Collections.unmodifiableMap(sorted);
  }

  /**
   * Creates an entry without date or alternates.
   *
   * @param url the page URL
   * @return the entry
   */
  public static SitemapEntry of(String url) {
    return new SitemapEntry(url, Optional.empty(), Map.of());
  }

  /**
   * Creates an entry with a date and no alternates.
   *
   * @param url the page URL
   * @param lastModified the date it last changed
   * @return the entry
   */
  public static SitemapEntry of(String url, LocalDate lastModified) {
    return new SitemapEntry(url, Optional.of(lastModified), Map.of());
  }

  /**
   * Creates the entry of a post's page: its URL and date.
   *
   * @param post a published post
   * @return the entry, without alternates
   * @throws IllegalArgumentException when the post is not published
   */
  public static SitemapEntry of(Post post) {
    if (post.url().isEmpty()) {
      throw new IllegalArgumentException(
          post.source() + " is not published: it has no page for the sitemap");
    }
    return new SitemapEntry(post.url().get(), post.date(), Map.of());
  }

  /**
   * Returns a copy with other alternates.
   *
   * @param newAlternates hreflang to URL, including this page
   * @return the copy
   */
  public SitemapEntry withAlternates(Map<String, String> newAlternates) {
    return new SitemapEntry(url, lastModified, newAlternates);
  }

  private static void checkHreflang(String hreflang) {
    Objects.requireNonNull(hreflang, "hreflang");
    if (hreflang.equals(X_DEFAULT)) {
      return;
    }
    boolean ok;
    try {
      ok =
          !hreflang.isBlank()
              && !new Locale.Builder().setLanguageTag(hreflang).build().getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      ok = false;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "hreflang '"
              + hreflang
              + "' is not a language tag: use a code such as fr, en, fr-CA, or x-default");
    }
  }
}
