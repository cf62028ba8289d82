package io.github.billet.i18n.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns link destinations into the site-relative page URLs they point to. */
public final class SiteUrls {

  private final String baseUrl;
  private final String baseUrlOtherScheme;

  /**
   * Creates a resolver.
   *
   * @param baseUrl the site's base URL such as {@code https://code.gouv.fr}, or empty
   */
  public SiteUrls(String baseUrl) {
    String b = baseUrl == null ? "" : baseUrl.strip();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    this.baseUrl = b.toLowerCase(Locale.ROOT);
    if (this.baseUrl.startsWith("https://")) {
      baseUrlOtherScheme = "http://" + this.baseUrl.substring(8);
    } else if (this.baseUrl.startsWith("http://")) {
      baseUrlOtherScheme = "https://" + this.baseUrl.substring(7);
    } else {
      baseUrlOtherScheme = "";
    }
  }

  /**
   * Returns the site-relative page a link points to, when it points inside the site to a page (not
   * to a file such as {@code .png} or {@code .pdf}).
   *
   * @param href the destination as written
   * @param pageUrl the URL of the page holding the link, for relative links
   * @return the normalized site-relative URL, ending with {@code /}; empty for external links,
   *     anchors, mail links and files
   */
  public Optional<String> page(String href, String pageUrl) {
    String h = href == null ? "" : href.strip();
    if (h.isEmpty() || h.startsWith("#") || h.startsWith("//")) {
      return Optional.empty();
    }
    String lower = h.toLowerCase(Locale.ROOT);
    String path;
    if (!baseUrl.isEmpty() && startsWithBase(lower, baseUrl)) {
      path = h.substring(baseUrl.length());
    } else if (!baseUrlOtherScheme.isEmpty() && startsWithBase(lower, baseUrlOtherScheme)) {
      path = h.substring(baseUrlOtherScheme.length());
    } else if (h.startsWith("/")) {
      path = h;
    } else if (hasScheme(h)) {
      return Optional.empty();
    } else {
      try {
        path = URI.create(pageUrl.endsWith("/") ? pageUrl : pageUrl + "/").resolve(h).getPath();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (path == null) {
        return Optional.empty();
      }
    }
    return normalize(path);
  }

  /**
   * Returns the site path of a link to a file of the site (not a page), written site-relative or
   * absolute with the base URL: {@code /docs/a%20b.pdf} gives {@code /docs/a b.pdf}.
   *
   * @param href the destination as written
   * @return the percent-decoded path without query or fragment; empty for pages, relative links (a
   *     post's own files), external links and malformed escapes
   */
  public Optional<String> file(String href) {
    String h = href == null ? "" : href.strip();
    String lower = h.toLowerCase(Locale.ROOT);
    String path;
    if (!baseUrl.isEmpty() && startsWithBase(lower, baseUrl)) {
      path = h.substring(baseUrl.length());
    } else if (!baseUrlOtherScheme.isEmpty() && startsWithBase(lower, baseUrlOtherScheme)) {
      path = h.substring(baseUrlOtherScheme.length());
    } else if (h.startsWith("/") && !h.startsWith("//")) {
      path = h;
    } else {
      return Optional.empty();
    }
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.isEmpty() || normalize(path).isPresent()) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          java.net.URLDecoder.decode(
              path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(removeDotSegments(decoded));
  }

  private static boolean startsWithBase(String lower, String base) {
    return lower.startsWith(base)
        && (lower.length() == base.length()
            || lower.charAt(base.length()) == '/'
            || lower.charAt(base.length()) == '?'
            || lower.charAt(base.length()) == '#');
  }

  private static boolean hasScheme(String h) {
    int colon = h.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = h.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Normalizes a site path: query and fragment dropped, dot segments removed (never above the root;
   * {@code %2e} counts as a dot, as in browsers), {@code index.html} dropped, a trailing slash
   * added; empty for paths to files.
   *
   * @param rawPath a path starting with {@code /}
   * @return the page URL
   */
  public static Optional<String> normalize(String rawPath) {
    String p = rawPath;
    int cut = indexOfAny(p, '?', '#');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    if (p.isEmpty()) {
      p = "/";
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    p = removeDotSegments(p);
    if (p.endsWith("/index.html") || p.endsWith("/index.htm")) {
      p = p.substring(0, p.lastIndexOf('/') + 1);
    }
    String last = p.substring(p.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot > 0) {
      String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (ext.equals("html") || ext.equals("htm")) {
        p = p.substring(0, p.length() - ext.length() - 1) + "/";
      } else {
        return Optional.empty();
      }
    }
    if (!p.endsWith("/")) {
      p = p + "/";
    }
    // dropping ".html" can leave a dot segment ("..html" is "." once it is gone)
    return Optional.of(removeDotSegments(p));
  }

  /** RFC 3986 section 5.2.4 for an absolute path, which never climbs above the root. */
  private static String removeDotSegments(String path) {
    String[] segments = path.split("/", -1);
    List<String> out = new ArrayList<>();
    boolean trailingSlash = false;
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i].toLowerCase(Locale.ROOT).replace("%2e", ".");
      boolean last = i == segments.length - 1;
      if (segment.equals(".")) {
        trailingSlash = last;
      } else if (segment.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        trailingSlash = last;
      } else {
        out.add(segments[i]);
        trailingSlash = false;
      }
    }
    StringBuilder s = new StringBuilder();
    for (String segment : out) {
      s.append('/').append(segment);
    }
    if (trailingSlash || s.length() == 0) {
      s.append('/');
    }
    return s.toString();
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
