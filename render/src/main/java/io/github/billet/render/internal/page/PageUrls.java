package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.Tag;
import java.util.Objects;

/**
 * The URLs of the pages a renderer makes, from its patterns ({@code {lang}}, {@code {tag}}).
 *
 * @param blogIndex the blog index, such as {@code /{lang}/blog/}
 * @param tagPage a tag's first page, such as {@code /{lang}/blog/tags/{tag}/}
 * @param notFound the "page not found" page, such as {@code /{lang}/404.html}
 * @param home a language's home page, such as {@code /{lang}/}
 */
public record PageUrls(String blogIndex, String tagPage, String notFound, String home) {

  /** The patterns of a renderer that sets none, as a site build's. */
  public static final PageUrls DEFAULT =
      new PageUrls("/{lang}/blog/", "/{lang}/blog/tags/{tag}/", "/{lang}/404.html", "/{lang}/");

  /** Returns the URL of a language's blog index. */
  public String blogIndexUrl(Language language) {
    return blogIndex.replace("{lang}", language.code());
  }

  /** Returns the URL of a language's "page not found" page. */
  public String notFoundUrl(Language language) {
    return notFound.replace("{lang}", language.code());
  }

  /** Returns the safe URL of a language's home page. */
  public String homeUrl(Language language) {
    return Markup.safeUrl(home.replace("{lang}", language.code()), false);
  }

  /** Returns the URL of the first page of a tag. */
  public String tagUrl(Language language, Tag tag) {
    return tagPage
        .replace("{lang}", language.code())
        .replace("{tag}", Markup.component(tag.slug()));
  }

  /**
   * Returns the URL of a page of a listing: the listing's own URL for page 1, {@code page-N/} below
   * it for the others.
   */
  public static String pageUrl(String listingUrl, int page) {
    if (page <= 1) {
      return listingUrl;
    }
    return (listingUrl.endsWith("/") ? listingUrl : listingUrl + "/") + "page-" + page + "/";
  }

  /** Checks a site-relative URL pattern; a message says how to write it. */
  public static String sitePath(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (!pattern.startsWith("/") || pattern.startsWith("//")) {
      throw new IllegalArgumentException(
          "'" + pattern + "' is not a site-relative URL; write it like /{lang}/blog/");
    }
    return pattern;
  }

  /** Checks the pattern of a folder URL holding a placeholder. */
  public static String folderPattern(String pattern, String placeholder) {
    String p = sitePath(pattern);
    if (!p.endsWith("/") || !p.contains(placeholder)) {
      throw new IllegalArgumentException(
          "'" + pattern + "' must end with / and hold " + placeholder + ", like /{lang}/blog/");
    }
    return p;
  }
}
