package io.github.billet.render.internal.safety;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a link destination the way commonmark-java does with {@code
 * percentEncodeUrls(true)} (same output, byte for byte), without a regular expression: a URL that
 * needs nothing (most of them) is returned as it is after one scan.
 */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Encodes a URL: characters outside {@code :/?#@!$&'()*+,;=}, ASCII letters and digits and {@code
   * -._~} become their UTF-8 bytes in {@code %XX} form; a {@code %} followed by two hex digits is
   * kept, any other {@code %} becomes {@code %25}.
   *
   * @param url the destination as written
   * @return the encoded URL, the same string when nothing needed encoding
   */
  public static String encodeUrl(String url) {
    int n = url.length();
    int i = 0;
    while (i < n && isKept(url.charAt(i))) {
      i++;
    }
    if (i == n) {
      return url;
    }
    StringBuilder out = new StringBuilder(n + 16).append(url, 0, i);
    while (i < n) {
      char c = url.charAt(i);
      if (isKept(c)) {
        out.append(c);
        i++;
      } else if (c == '%') {
        int end = i + 1;
        while (end < n && end < i + 3 && isHex(url.charAt(end))) {
          end++;
        }
        if (end - i == 3) {
          out.append(url, i, end);
        } else {
          out.append("%25").append(url, i + 1, end);
        }
        i = end;
      } else {
        int length =
            Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(url.charAt(i + 1))
                ? 2
                : 1;
        for (byte b : url.substring(i, i + length).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        i += length;
      }
    }
    return out.toString();
  }

  private static boolean isKept(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case ':',
      '/',
      '?',
      '#',
      '@',
      '!',
      '$',
      '&',
      '\'',
      '(',
      ')',
      '*',
      '+',
      ',',
      ';',
      '=',
      '-',
      '.',
      '_',
      '~':
        return true;
      default:
        return false;
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
