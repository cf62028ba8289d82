package io.github.billet.render.internal.html;

import io.github.billet.render.internal.safety.UrlRules;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * Contextual escaping and URL rules for values that go into pages: every value that comes from
 * front matter, configuration or labels passes here before it is written.
 */
public final class Markup {

  private static final String URL_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Bit c set (c below 64) for the characters {@link #URL_CHARACTERS} holds. */
  private static final long URL_LOW = urlBits(0);

  /** Bit c - 64 set (c from 64 to 127) for the characters {@link #URL_CHARACTERS} holds. */
  private static final long URL_HIGH = urlBits(64);

  private Markup() {}

  /**
   * Escapes text for element content.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String text(String text) {
    return Encode.forHtml(text);
  }

  /**
   * Escapes a value for a double-quoted attribute.
   *
   * @param value any value
   * @return the escaped value
   */
  public static String attribute(String value) {
    return Encode.forHtmlAttribute(value);
  }

  /**
   * Appends {@code s.substring(from, to)} to a builder. On Java 17, {@code
   * StringBuilder.append(CharSequence, int, int)} copies a string one character at a time; a whole
   * string or a substring is copied as an array.
   *
   * @param sb the builder
   * @param s the string
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   */
  public static void appendRange(StringBuilder sb, String s, int from, int to) {
    if (from == 0 && to == s.length()) {
      sb.append(s);
    } else if (to - from > 8) {
      sb.append(s.substring(from, to));
    } else {
      sb.append(s, from, to);
    }
  }

  /**
   * Encodes a value for one URL path segment or query component.
   *
   * @param value any value
   * @return the percent-encoded value
   */
  public static String component(String value) {
    return Encode.forUriComponent(value);
  }

  /**
   * Returns the URL to write for a URL that comes from content or configuration: {@link
   * UrlRules#BLOCKED} for a URL that could run script, otherwise the URL with leading slashes of a
   * site-relative path collapsed (so {@code //host} stays on the site) and every character outside
   * URL syntax percent-encoded. The result still needs {@link #attribute(String)}.
   *
   * @param url the URL
   * @param imageSource true where an image is expected ({@code data:image/*} allowed)
   * @return the URL to write
   */
  public static String safeUrl(String url, boolean imageSource) {
    if (UrlRules.isUnsafe(url, imageSource)) {
      return UrlRules.BLOCKED;
    }
    String u = url.strip();
    if (u.startsWith("//") || u.startsWith("/\\") || u.startsWith("\\")) {
      int i = 0;
      while (i < u.length() && (u.charAt(i) == '/' || u.charAt(i) == '\\')) {
        i++;
      }
      u = "/" + u.substring(i);
    }
    return percentEncode(u);
  }

  /**
   * Tells whether a URL is blocked or otherwise unusable as a link target.
   *
   * @param url a URL returned by {@link #safeUrl(String, boolean)}
   * @return true for {@link UrlRules#BLOCKED}
   */
  public static boolean isBlocked(String url) {
    return url.equals(UrlRules.BLOCKED);
  }

  /**
   * Makes a URL absolute against the site's base URL: a site-relative path gets the base URL in
   * front, an {@code http(s)} URL is kept, anything else (blocked, {@code data:}, relative) has no
   * absolute form.
   *
   * @param baseUrl the site's base URL without trailing slash, may be empty
   * @param safeUrl a URL returned by {@link #safeUrl(String, boolean)}
   * @return the absolute URL
   */
  public static Optional<String> absolute(String baseUrl, String safeUrl) {
    if (startsWithAsciiIgnoreCase(safeUrl, "https://")
        || startsWithAsciiIgnoreCase(safeUrl, "http://")) {
      return Optional.of(safeUrl);
    }
    if (safeUrl.startsWith("/") && !baseUrl.isEmpty()) {
      return Optional.of(stripTrailingSlash(baseUrl).concat(safeUrl));
    }
    return Optional.empty();
  }

  /**
   * Tells whether a text starts with a lower-case ASCII prefix, ignoring the case of ASCII letters
   * only (as {@code toLowerCase(Locale.ROOT).startsWith(prefix)} does for such a prefix, without
   * the copy).
   */
  private static boolean startsWithAsciiIgnoreCase(String s, String lowerPrefix) {
    if (s.length() < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes the trailing slashes of a base URL.
   *
   * @param baseUrl a base URL
   * @return it without trailing slash
   */
  public static String stripTrailingSlash(String baseUrl) {
    String b = baseUrl;
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return b;
  }

  /**
   * Bit c - from set for the characters of {@link #URL_CHARACTERS} from {@code from} to 63 above.
   */
  private static long urlBits(int from) {
    long bits = 0;
    for (char c : URL_CHARACTERS.toCharArray()) {
      if (c >= from && c < from + 64) {
        bits |= 1L << (c - from);
      }
    }
    return bits;
  }

  private static boolean isUrlCharacter(int c) {
    return c < 64 ? ((URL_LOW >>> c) & 1) != 0 : c < 128 && ((URL_HIGH >>> (c - 64)) & 1) != 0;
  }

  /** Percent-encodes what URL syntax does not allow, keeping valid {@code %XX} escapes. */
  static String percentEncode(String url) {
    StringBuilder out = null;
    int i = 0;
    while (i < url.length()) {
      int cp = url.codePointAt(i);
      int n = Character.charCount(cp);
      boolean keep = isUrlCharacter(cp) || (cp == '%' && isHexPair(url, i + 1));
      if (keep) {
        if (out != null) {
          out.append((char) cp);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(url.length() + 16).append(url, 0, i);
        }
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
          out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
      }
      i += n;
    }
    return out == null ? url : out.toString();
  }

  private static boolean isHexPair(String s, int from) {
    return from + 1 < s.length()
        && Character.digit(s.charAt(from), 16) >= 0
        && Character.digit(s.charAt(from + 1), 16) >= 0;
  }
}
