package io.github.billet.i18n;

import java.util.Comparator;
import java.util.Objects;

/**
 * One {@code <link rel="alternate" hreflang>} of a page: a language tag (or {@code x-default}) and
 * the site-relative URL of the version in that language.
 *
 * <pre>{@code
 * for (Alternate a : index.alternates(post)) {
 *   html.append("<link rel=\"alternate\" hreflang=\"").append(a.hreflang())
 *       .append("\" href=\"").append(baseUrl + a.url()).append("\">");
 * }
 * }</pre>
 *
 * @param hreflang a language code such as {@code fr}, or {@code x-default}
 * @param url the site-relative URL
 */
public record Alternate(String hreflang, String url) {

  /** The hreflang value of the version shown to readers of any other language. */
  public static final String X_DEFAULT = "x-default";

  private static final Comparator<Alternate> BY_HREFLANG =
      Comparator.comparing(Alternate::hreflang);

  /** Checks the components. */
  public Alternate {
    Objects.requireNonNull(hreflang, "hreflang");
    Objects.requireNonNull(url, "url");
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
