package io.github.billet.i18n;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <link rel="alternate" hreflang>} of a page: a language tag (or {@code x-default}), the
 * site path of the version in that language and, when the site's base URL is known, its absolute
 * URL.
 *
 * <p>{@link TranslationIndex#alternates} gives absolute URLs when its pairing was given a {@link
 * TranslationPairing.Builder#baseUrl base URL}; the page models of {@code billet-render} give them
 * when the site configuration has one. Search engines want absolute URLs in {@code hreflang} links:
 * {@link #href()} is the absolute URL when there is one, else the site path.
 *
 * <pre>{@code
 * for (Alternate a : index.alternates(post)) {
 *   html.append("<link rel=\"alternate\" hreflang=\"").append(a.hreflang())
 *       .append("\" href=\"").append(a.href()).append("\">");
 *   System.out.println(a.sitePath() + " " + a.absoluteUrl().orElse("(no base URL)"));
 * }
 * }</pre>
 *
 * @param hreflang a language code such as {@code fr}, or {@code x-default}
 * @param sitePath the path of the version on the site, such as {@code /en/blog/x/}
 * @param absoluteUrl the same with the site's base URL, such as {@code
 *     https://code.gouv.fr/en/blog/x/}; empty when no base URL is known
 */
public record Alternate(String hreflang, String sitePath, Optional<String> absoluteUrl) {

  /** The hreflang value of the version shown to readers of any other language. */
  public static final String X_DEFAULT = "x-default";

  private static final Comparator<Alternate> BY_HREFLANG =
      Comparator.comparing(Alternate::hreflang);

  /** Checks the components. */
  public Alternate {
    Objects.requireNonNull(hreflang, "hreflang");
    Objects.requireNonNull(sitePath, "sitePath");
    Objects.requireNonNull(absoluteUrl, "absoluteUrl");
  }

  /**
   * Makes an alternate whose absolute URL is the site path under a base URL.
   *
   * <pre>{@code
   * Alternate.of("en", "/en/blog/x/", "https://code.gouv.fr").absoluteUrl();
   * // Optional[https://code.gouv.fr/en/blog/x/]
   * }</pre>
   *
   * @param hreflang a language code such as {@code fr}, or {@code x-default}
   * @param sitePath the path on the site, such as {@code /en/blog/x/}
   * @param baseUrl the site's base URL such as {@code https://code.gouv.fr}; empty when unknown
   *     (the alternate then has no absolute URL)
   * @return the alternate
   */
  public static Alternate of(String hreflang, String sitePath, String baseUrl) {
    Objects.requireNonNull(sitePath, "sitePath");
    Objects.requireNonNull(baseUrl, "baseUrl");
    return new Alternate(hreflang, sitePath, absolute(sitePath, baseUrl));
  }

  private static Optional<String> absolute(String sitePath, String baseUrl) {
    if (sitePath.startsWith("https://") || sitePath.startsWith("http://")) {
      return Optional.of(sitePath);
    }
    if (baseUrl.isEmpty() || !sitePath.startsWith("/")) {
      return Optional.empty();
    }
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return Optional.of(base + sitePath);
  }

  /**
   * Returns what the {@code href} of the link takes: the absolute URL when known, else the site
   * path.
   *
   * @return a URL
   */
  public String href() {
    return absoluteUrl.orElse(sitePath);
  }

  /**
   * Orders alternates by language tag, the order of {@link TranslationIndex#alternates} before its
   * {@code x-default}.
   *
   * @return the comparator, the same each time
   */
  public static Comparator<Alternate> byHreflang() {
    return BY_HREFLANG;
  }
}
