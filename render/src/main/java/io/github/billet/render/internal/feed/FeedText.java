package io.github.billet.render.internal.feed;

/** Text cleaning shared by the XML and JSON writers, so that both formats carry the same text. */
public final class FeedText {

  private FeedText() {}

  /**
   * Removes the characters XML 1.0 does not allow: C0 controls other than tab, line feed and
   * carriage return, U+FFFE, U+FFFF and unpaired surrogates. Well-paired surrogates (emoji...) are
   * kept.
   *
   * @param s the text
   * @return the text without them; the same instance when nothing was removed
   */
  public static String clean(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i += 2;
      } else if (isAllowed(c)) {
        i++;
      } else {
        break;
      }
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
      } else {
        if (isAllowed(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isAllowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
