package io.github.billet.render.internal.safety;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which URLs may be emitted and resolves relative ones against the page URL.
 *
 * <p>A URL is unsafe when, after decoding HTML character references, removing ASCII whitespace and
 * control characters anywhere (browsers ignore tabs and newlines inside URLs and trim controls) and
 * lower-casing, it starts with {@code javascript:}, {@code vbscript:} or {@code data:}; {@code
 * data:image/...} is allowed where an image source is expected.
 */
public final class UrlRules {

  /** What an unsafe URL is replaced with: inert in every browser. */
  public static final String BLOCKED = "about:invalid#unsafe-url";

  private final String pageUrl;

  /**
   * Creates rules for one page.
   *
   * @param pageUrl the page URL (site-relative like {@code /fr/blog/slug/} or absolute), may be
   *     empty: relative URLs are then kept as written
   */
  public UrlRules(String pageUrl) {
    this.pageUrl = pageUrl == null ? "" : pageUrl;
  }

  /**
   * Tells whether a URL must never be emitted.
   *
   * @param url the URL as an attribute value would hold it (character references allowed)
   * @param imageSource true where an image source is expected ({@code data:image/*} allowed)
   * @return true when the URL is unsafe
   */
  public static boolean isUnsafe(String url, boolean imageSource) {
    // Fast path for the usual URL: printable ASCII up to the first character that no dangerous
    // scheme holds. Characters before the first '&' are the same once references are decoded,
    // and none of them is dropped, so the scheme the full check would find contains that
    // character and cannot be a dangerous one.
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if (c == ':') {
        String scheme = url.substring(0, i);
        if (scheme.equalsIgnoreCase("data")) {
          break;
        }
        return scheme.equalsIgnoreCase("javascript")
            || scheme.equalsIgnoreCase("vbscript")
            || scheme.equalsIgnoreCase("livescript");
      }
      if (c <= 0x20 || c >= 0x7f || c == '&') {
        break;
      }
      return false;
    }
    return isUnsafeDecoded(url, imageSource);
  }

  /** The full check: references decoded, dropped characters removed. */
  static boolean isUnsafeDecoded(String url, boolean imageSource) {
    String decoded = decodeReferences(url);
    StringBuilder s = new StringBuilder(Math.min(decoded.length(), 64));
    for (int i = 0; i < decoded.length() && s.length() < 64; i++) {
      char c = decoded.charAt(i);
      if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u00ad' || isInvisible(c)) {
        continue;
      }
      s.append(c);
    }
    String lower = s.toString().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = lower.substring(0, colon);
    if (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("livescript")) {
      return true;
    }
    if (scheme.equals("data")) {
      // The exception is decided on the URL as it is emitted (only its ends trimmed), not on the
      // stripped form above: "data:imag\u000fe/..." is not an image type.
      return !(imageSource && asBrowserReads(decoded).startsWith("data:image/"));
    }
    return false;
  }

  /**
   * The URL with leading and trailing C0 controls and spaces trimmed, as the WHATWG URL parser does
   * first. Characters inside are kept: the emitted attribute percent-encodes them, so
   * "data:imag\u000de/" is written "data:imag%0De/" — not an image type — and must not pass as one.
   */
  private static String asBrowserReads(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= 0x20) {
      end--;
    }
    return url.substring(start, Math.min(end, start + 16)).toLowerCase(Locale.ROOT);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
  }

  /** The references an HTML writer escapes with, and the characters they stand for. */
  private static final String[] WRITER_REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

  private static final String WRITER_DECODED = "&<>\"'";

  /**
   * Decodes the character references of an attribute value as jsoup's {@code
   * Parser.unescapeEntities(value, true)} does. Values holding only the references an HTML writer
   * escapes with ({@code &amp; &lt; &gt; &quot; &#39;}) are decoded here, without loading jsoup's
   * entity tables; any other reference goes to jsoup.
   *
   * @param value the attribute value as written
   * @return the decoded value, the same string when it holds no {@code &}
   */
  public static String unescapeAttribute(String value) {
    int amp = value.indexOf('&');
    if (amp < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int from = 0;
    for (; amp >= 0; amp = value.indexOf('&', from)) {
      int k = 0;
      while (k < WRITER_REFERENCES.length && !value.startsWith(WRITER_REFERENCES[k], amp)) {
        k++;
      }
      if (k == WRITER_REFERENCES.length) {
        return org.jsoup.parser.Parser.unescapeEntities(value, true);
      }
      out.append(value, from, amp).append(WRITER_DECODED.charAt(k));
      from = amp + WRITER_REFERENCES[k].length();
    }
    return out.append(value, from, value.length()).toString();
  }

  /**
   * Decodes HTML character references repeatedly, so that {@code &amp;#106;} also counts as {@code
   * j} (over-blocking is safe, under-blocking is not).
   */
  public static String decodeReferences(String value) {
    String current = value;
    for (int i = 0; i < 3 && current.indexOf('&') >= 0; i++) {
      String next = unescapeAttribute(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  /**
   * Returns the URL to emit: {@link #BLOCKED} for an unsafe one, the URL resolved against the page
   * for a relative one, otherwise the URL unchanged.
   *
   * @param url the URL
   * @param imageSource true where an image source is expected
   * @return the URL to emit
   */
  public String rewrite(String url, boolean imageSource) {
    if (isUnsafe(url, imageSource)) {
      return BLOCKED;
    }
    return resolve(url);
  }

  /**
   * Resolves a relative URL ({@code ./x.png}, {@code ../other/}, {@code x.png}) against the page
   * URL; absolute URLs, site-relative paths ({@code /x}), fragments and queries are kept.
   *
   * @param url the URL
   * @return the resolved URL
   */
  public String resolve(String url) {
    Optional<String> resolved = tryResolve(url);
    return resolved.orElse(url);
  }

  /**
   * Tells whether a relative path, resolved against the page URL, would climb above the site root
   * ({@code ../../../../etc/passwd} from {@code /fr/blog/x/}): a browser would stop at the root and
   * ask for {@code /etc/passwd}, which is not what the post names. Dot segments written with {@code
   * %2e} count as dots.
   *
   * @param url the URL
   * @return true when it climbs above the root; false for any other URL, or without a page URL
   */
  public boolean climbsAboveRoot(String url) {
    String trimmed = url.strip();
    if (pageUrl.isEmpty() || !isRelativePath(trimmed)) {
      return false;
    }
    String basePath = pathPart(pageUrl);
    int authority = basePath.indexOf("://");
    if (authority > 0) {
      int pathStart = basePath.indexOf('/', authority + 3);
      basePath = pathStart < 0 ? "/" : basePath.substring(pathStart);
    }
    int depth = 0;
    String directory = basePath.substring(0, basePath.lastIndexOf('/') + 1);
    for (String segment : directory.split("/")) {
      if (!segment.isEmpty()) {
        depth++;
      }
    }
    for (String segment : pathPart(trimmed).split("/")) {
      String dots = segment.replace("%2e", ".").replace("%2E", ".");
      if (dots.equals("..")) {
        if (--depth < 0) {
          return true;
        }
      } else if (!dots.isEmpty() && !dots.equals(".")) {
        depth++;
      }
    }
    return false;
  }

  private Optional<String> tryResolve(String url) {
    if (pageUrl.isEmpty() || !isRelativePath(url)) {
      return Optional.empty();
    }
    String prefix = "";
    String basePath = pathPart(pageUrl);
    int authority = basePath.indexOf("://");
    if (authority > 0 && basePath.substring(0, authority).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      int pathStart = basePath.indexOf('/', authority + 3);
      prefix = pathStart < 0 ? basePath : basePath.substring(0, pathStart);
      basePath = pathStart < 0 ? "/" : basePath.substring(pathStart);
    }
    String directory = basePath.substring(0, basePath.lastIndexOf('/') + 1);
    if (directory.isEmpty()) {
      directory = "/";
    }
    String path = pathPart(url);
    String rest = url.substring(path.length());
    // "./" segments at the start name the directory itself: dropped here, the usual cover image
    // ("./cover.png") takes the fast path of removeDotSegments.
    int start = 0;
    while (path.startsWith("./", start)) {
      start += 2;
    }
    return Optional.of(prefix + removeDotSegments(directory + path.substring(start)) + rest);
  }

  /** RFC 3986 section 5.2.4, for an absolute path; never climbs above the root. */
  private static String removeDotSegments(String path) {
    if (path.startsWith("/") && path.indexOf("/.") < 0) {
      return path; // no "." or ".." segment: the loop below gives the path back unchanged
    }
    String[] segments = path.split("/", -1);
    Deque<String> out = new ArrayDeque<>();
    boolean trailingSlash = false;
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".")) {
        trailingSlash = last;
      } else if (segment.equals("..")) {
        out.pollLast();
        trailingSlash = last;
      } else {
        out.addLast(segment);
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

  private static String pathPart(String url) {
    int end = url.length();
    int q = url.indexOf('?');
    int h = url.indexOf('#');
    if (q >= 0) {
      end = q;
    }
    if (h >= 0 && h < end) {
      end = h;
    }
    return url.substring(0, end);
  }

  /**
   * Tells whether a URL is a relative path reference: no scheme, not site-relative, not a bare
   * fragment or query, not protocol-relative.
   *
   * @param url the URL
   * @return true for {@code ./x}, {@code ../x}, {@code x/y}
   */
  public static boolean isRelativePath(String url) {
    if (url.isEmpty()) {
      return false;
    }
    char first = url.charAt(0);
    if (first == '/' || first == '#' || first == '?') {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return false;
      }
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
    }
    return true;
  }
}
