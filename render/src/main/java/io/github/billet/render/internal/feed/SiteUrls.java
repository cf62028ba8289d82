package io.github.billet.render.internal.feed;

import io.github.billet.render.internal.safety.RawHtmlUrls;
import io.github.billet.render.internal.safety.UrlAttributes;
import io.github.billet.render.internal.safety.UrlRules;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes URLs absolute against a site's base URL, for feeds and sitemaps which are read away from
 * the site. Immutable and thread-safe.
 *
 * <p>A site-relative path ({@code /fr/blog/x/}) gets the base URL in front (a base URL with a path,
 * {@code https://example.org/blog}, is a prefix: {@code https://example.org/blog/fr/blog/x/}); a
 * relative path ({@code ./x.png}) and a bare fragment or query are resolved against the page; a
 * protocol-relative URL gets the base URL's scheme; a URL with a scheme is kept.
 */
public final class SiteUrls {

  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private final String baseUrl;

  /**
   * Creates the resolver.
   *
   * @param baseUrl an absolute {@code http} or {@code https} URL
   * @throws IllegalArgumentException when it is not
   */
  public SiteUrls(String baseUrl) {
    this.baseUrl = checkBaseUrl(baseUrl);
  }

  /**
   * Checks a base URL and drops its trailing slashes.
   *
   * @param baseUrl the base URL
   * @return it without trailing slash
   * @throws IllegalArgumentException when it is not an absolute {@code http(s)} URL
   */
  public static String checkBaseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String u = baseUrl.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    String lower = u.toLowerCase(Locale.ROOT);
    boolean http = lower.startsWith("http://") || lower.startsWith("https://");
    int hostStart = u.indexOf("://") + 3;
    if (!http || u.length() <= hostStart || u.indexOf('?') >= 0 || u.indexOf('#') >= 0) {
      throw new IllegalArgumentException(
          "the base URL must be an absolute http or https URL without query or fragment, such as"
              + " https://code.gouv.fr; got '"
              + baseUrl
              + "'");
    }
    return u;
  }

  /**
   * Returns the base URL, without trailing slash.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Makes a URL absolute against the site's root.
   *
   * @param url the URL
   * @return the absolute URL
   */
  public String absolute(String url) {
    return absolute(url, baseUrl + "/");
  }

  /**
   * Makes a URL absolute against a page.
   *
   * @param url the URL, as written
   * @param pageUrl the page's absolute URL
   * @return the absolute URL
   */
  public String absolute(String url, String pageUrl) {
    String u = url.strip();
    if (u.isEmpty()) {
      return pageUrl;
    }
    if (u.startsWith("//")) {
      return baseUrl.substring(0, baseUrl.indexOf(':') + 1) + u;
    }
    if (SCHEME.matcher(u).matches()) {
      return u;
    }
    if (u.startsWith("/")) {
      return baseUrl + u;
    }
    if (u.startsWith("#") || u.startsWith("?")) {
      String page = pageUrl;
      int cut = page.indexOf(u.charAt(0) == '#' ? '#' : '?');
      int hash = page.indexOf('#');
      if (cut < 0 || (hash >= 0 && hash < cut)) {
        cut = hash;
      }
      return (cut < 0 ? page : page.substring(0, cut)) + u;
    }
    return new UrlRules(pageUrl).resolve(u);
  }

  /**
   * Rewrites the URLs of an HTML fragment ({@code href}, {@code src}, {@code srcset}, {@code
   * poster}...) to absolute ones.
   *
   * @param html the HTML fragment
   * @param pageUrl the absolute URL of the page it belongs to
   * @return the fragment with absolute URLs
   */
  public String html(String html, String pageUrl) {
    if (html.isEmpty()) {
      return html;
    }
    // The fragment is a body Billet rendered (well-formed, unsafe URLs already blocked): its tags
    // are read as written, and only URL attributes change, so no HTML parser is needed.
    return RawHtmlUrls.rewriteAttributes(html, new AbsoluteUrls(pageUrl));
  }

  /** Makes the URL attributes of a page's fragment absolute, and keeps the other attributes. */
  private final class AbsoluteUrls implements RawHtmlUrls.AttributeRewriter {
    private final String pageUrl;

    AbsoluteUrls(String pageUrl) {
      this.pageUrl = pageUrl;
    }

    @Override
    public String replacement(String tag, String name, String value) {
      boolean single = UrlAttributes.RESOLVED.contains(name);
      if (!single && !UrlAttributes.SRCSET.contains(name)) {
        return null;
      }
      String decoded = UrlRules.unescapeAttribute(value);
      String absolute = single ? absolute(decoded, pageUrl) : srcset(decoded, pageUrl);
      return absolute.equals(decoded) ? null : absolute.replace("&", "&amp;");
    }
  }

  private String srcset(String value, String pageUrl) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      String descriptor = "";
      if (url.endsWith(",")) {
        url = url.replaceAll(",+$", "");
      } else {
        int d = i;
        int parens = 0;
        while (i < n && (parens > 0 || value.charAt(i) != ',')) {
          char c = value.charAt(i);
          parens += c == '(' ? 1 : c == ')' ? -1 : 0;
          i++;
        }
        descriptor = value.substring(d, i).strip();
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(absolute(url, pageUrl));
      if (!descriptor.isEmpty()) {
        out.append(' ').append(descriptor);
      }
    }
    return out.toString();
  }

  /**
   * Percent-encodes what may not appear raw in a URI (RFC 3986): non-ASCII characters as UTF-8
   * bytes, spaces, controls and {@code " < > \ ^ ` { | }}. Existing {@code %} escapes are kept.
   *
   * @param url an absolute URL, possibly an IRI
   * @return the URI
   */
  public static String encode(String url) {
    String s = FeedText.clean(url);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean raw = c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0;
      if (raw) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      int cp = s.codePointAt(i);
      if (Character.charCount(cp) == 2) {
        i++;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return out == null ? s : out.toString();
  }
}
