package io.github.billet.render.feed;

import io.github.billet.core.Language;
import io.github.billet.render.internal.feed.SiteUrls;
import io.github.billet.render.internal.feed.XmlOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@code sitemap.xml} (sitemaps.org protocol 0.9) with the {@code xhtml:link} alternates
 * search engines read for translated pages. Immutable and thread-safe.
 *
 * <p>Pages are sorted by absolute URL, alternates by hreflang with {@code x-default} last. Every
 * translated page lists all its versions, itself included, and an {@code x-default}: the one given,
 * else the version in the {@linkplain Builder#defaultLanguage(Language) default language}, else the
 * first by hreflang. URLs are made absolute with the base URL and percent-encoded where needed.
 *
 * <pre>{@code
 * SitemapWriter sitemaps = SitemapWriter.builder()
 *     .baseUrl("https://code.gouv.fr")
 *     .defaultLanguage(Language.FRENCH)
 *     .build();
 * String xml = sitemaps.sitemap(List.of(
 *     SitemapEntry.of("/fr/blog/guide-osor/", LocalDate.of(2024, 3, 26))
 *         .withAlternates(Map.of("fr", "/fr/blog/guide-osor/", "en", "/fr/blog/osor-handbook/")),
 *     SitemapEntry.of("/fr/blog/osor-handbook/", LocalDate.of(2024, 3, 26))
 *         .withAlternates(Map.of("fr", "/fr/blog/guide-osor/", "en", "/fr/blog/osor-handbook/"))));
 * }</pre>
 */
public final class SitemapWriter {

  private static final Logger LOG = LoggerFactory.getLogger(SitemapWriter.class);

  /** The sitemaps.org namespace. */
  public static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** The XHTML namespace of the {@code xhtml:link} alternates. */
  public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

  /** The most URLs one sitemap file may hold under the protocol. */
  public static final int MAX_URLS = 50_000;

  private final SiteUrls urls;
  private final Optional<String> defaultLanguage;

  private SitemapWriter(Builder b) {
    this.urls = new SiteUrls(b.baseUrl);
    this.defaultLanguage =
        b.defaultLanguage == null
            ? Optional.empty()
            : Optional.of(b.defaultLanguage.locale().toLanguageTag());
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the sitemap.
   *
   * @param entries the pages, in any order
   * @return the XML document, UTF-8 when written out
   * @throws IllegalArgumentException when two entries have one URL, or a translated page does not
   *     list itself among its alternates
   */
  public String sitemap(Collection<SitemapEntry> entries) {
    Map<String, SitemapEntry> byUrl = new TreeMap<>();
    for (SitemapEntry entry : entries) {
      String loc = link(entry.url());
      SitemapEntry previous = byUrl.put(loc, entry);
      if (previous != null) {
        throw new IllegalArgumentException(
            "two sitemap entries have the URL " + loc + ": give each page one entry");
      }
    }
    if (byUrl.size() > MAX_URLS) {
      LOG.warn(
          "the sitemap holds {} URLs, more than the {} the protocol allows in one file; split it"
              + " and list the parts in a sitemap index",
          byUrl.size(),
          MAX_URLS);
    }
    Map<String, Map<String, String>> resolved = new TreeMap<>();
    for (Map.Entry<String, SitemapEntry> page : byUrl.entrySet()) {
      resolved.put(page.getKey(), alternates(page.getKey(), page.getValue()));
    }
    checkReciprocal(resolved);
    XmlOutput xml = new XmlOutput();
    xml.start("urlset", "xmlns", SITEMAP_NAMESPACE, "xmlns:xhtml", XHTML_NAMESPACE);
    for (Map.Entry<String, SitemapEntry> page : byUrl.entrySet()) {
      String loc = page.getKey();
      xml.start("url");
      xml.text("loc", loc);
      if (page.getValue().lastModified().isPresent()) {
        xml.text("lastmod", page.getValue().lastModified().get().toString());
      }
      for (Map.Entry<String, String> link : resolved.get(loc).entrySet()) {
        xml.empty(
            "xhtml:link", "rel", "alternate", "hreflang", link.getKey(), "href", link.getValue());
      }
      xml.end("url");
    }
    xml.end("urlset");
    return xml.toString();
  }

  /**
   * Writes the sitemap as UTF-8.
   *
   * @param entries the pages, in any order
   * @param out where to write; not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException as {@link #sitemap(Collection)}
   */
  public void write(Collection<SitemapEntry> entries, OutputStream out) throws IOException {
    out.write(sitemap(entries).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The absolute alternates of a page, hreflang order with x-default last; empty if none. */
  private Map<String, String> alternates(String loc, SitemapEntry entry) {
    if (entry.alternates().isEmpty()) {
      return Map.of();
    }
    Map<String, String> languages = new TreeMap<>();
    for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
      languages.put(alternate.getKey(), link(alternate.getValue()));
    }
    String xDefault = languages.remove(SitemapEntry.X_DEFAULT);
    if (!languages.containsValue(loc)) {
      throw new IllegalArgumentException(
          "the alternates of "
              + loc
              + " do not list the page itself: add it under its own hreflang, as search engines"
              + " require; got "
              + entry.alternates());
    }
    if (xDefault == null && defaultLanguage.isPresent()) {
      xDefault = languages.get(defaultLanguage.get());
    }
    if (xDefault == null) {
      xDefault = languages.values().iterator().next();
    }
    Map<String, String> out = new java.util.LinkedHashMap<>(languages);
    out.put(SitemapEntry.X_DEFAULT, xDefault);
    return out;
  }

  /** Logs pages that list a version which is in the sitemap but does not list them back. */
  private static void checkReciprocal(Map<String, Map<String, String>> alternates) {
    for (Map.Entry<String, Map<String, String>> page : alternates.entrySet()) {
      String loc = page.getKey();
      for (Map.Entry<String, String> link : page.getValue().entrySet()) {
        Map<String, String> other = alternates.get(link.getValue());
        if (other != null && !other.containsValue(loc)) {
          LOG.warn(
              "sitemap: {} lists {} as its {} version, which does not list it back",
              loc,
              link.getValue(),
              link.getKey());
        }
      }
    }
  }

  private String link(String url) {
    return SiteUrls.encode(urls.absolute(url));
  }

  /**
   * Configures a {@link SitemapWriter}. Not thread-safe; the writer it builds is.
   *
   * <pre>{@code
   * SitemapWriter sitemaps = SitemapWriter.builder().baseUrl("https://code.gouv.fr").build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl;
    private Language defaultLanguage;

    private Builder() {}

    /**
     * Sets the site's base URL (required).
     *
     * @param baseUrl an absolute {@code http(s)} URL such as {@code https://code.gouv.fr}
     * @return this builder
     * @throws IllegalArgumentException when it is not one
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = SiteUrls.checkBaseUrl(baseUrl);
      return this;
    }

    /**
     * Sets the language whose version is the {@code x-default} of translated pages that do not name
     * one, usually the site's first language.
     *
     * @param language the language
     * @return this builder
     */
    public Builder defaultLanguage(Language language) {
      this.defaultLanguage = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return an immutable, thread-safe writer
     * @throws IllegalStateException when no base URL was set
     */
    public SitemapWriter build() {
      if (baseUrl == null) {
        throw new IllegalStateException(
            "sitemaps need absolute URLs: call baseUrl(\"https://your.site\") first");
      }
      return new SitemapWriter(this);
    }
  }
}
