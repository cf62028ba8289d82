package io.github.billet.render.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Rewrites the URL-valued attributes of the tags in a raw HTML fragment, leaving every other byte
 * as written.
 *
 * <p>Used for {@code PASS} (where raw HTML is trusted but URLs still never carry script) and before
 * {@code SANITIZE}. Unsafe URLs become {@link UrlRules#BLOCKED}; relative {@code href} and {@code
 * src} are resolved against the page. Tag contents, comments and other attributes ({@code on*}
 * handlers, {@code srcdoc}) are not touched: in {@code PASS} authors may write scripts.
 */
final class RawHtmlUrls {

  /** Attributes holding one URL, on any element (SVG and MathML included). */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "background",
          "cite",
          "data",
          "codebase",
          "longdesc",
          "usemap",
          "manifest",
          "dynsrc",
          "lowsrc",
          "ping",
          "profile",
          "classid",
          "archive",
          "itemtype");

  /** Called for each URL the rewriting blocked. */
  interface BlockedUrlListener {
    void blocked(String tag, String attribute, String value);
  }

  private RawHtmlUrls() {}

  /**
   * Rewrites a fragment.
   *
   * @param html the raw HTML
   * @param rules the page's URL rules
   * @param listener told about each blocked URL
   * @return the fragment, the same string when nothing changed
   */
  static String rewrite(String html, UrlRules rules, BlockedUrlListener listener) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      char first = html.charAt(lt + 1);
      if (!isAsciiLetter(first)) {
        i = lt + 1;
        continue;
      }
      int p = lt + 1;
      while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>' && html.charAt(p) != '/') {
        p++;
      }
      String tag = html.substring(lt + 1, p).toLowerCase(Locale.ROOT);
      // attributes
      while (p < n) {
        while (p < n && (isSpace(html.charAt(p)) || html.charAt(p) == '/')) {
          p++;
        }
        if (p >= n || html.charAt(p) == '>') {
          break;
        }
        int nameStart = p;
        p++;
        while (p < n
            && !isSpace(html.charAt(p))
            && html.charAt(p) != '>'
            && html.charAt(p) != '/'
            && html.charAt(p) != '=') {
          p++;
        }
        String name = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
        int q = p;
        while (q < n && isSpace(html.charAt(q))) {
          q++;
        }
        if (q >= n || html.charAt(q) != '=') {
          continue;
        }
        q++;
        while (q < n && isSpace(html.charAt(q))) {
          q++;
        }
        int valueStart;
        int valueEnd;
        int next;
        if (q < n && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
          char quote = html.charAt(q);
          valueStart = q + 1;
          valueEnd = html.indexOf(quote, valueStart);
          if (valueEnd < 0) {
            valueEnd = n;
            next = n;
          } else {
            next = valueEnd + 1;
          }
          q = valueStart - 1;
        } else {
          valueStart = q;
          valueEnd = q;
          while (valueEnd < n && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
            valueEnd++;
          }
          next = valueEnd;
        }
        String value = html.substring(valueStart, valueEnd);
        String replacement = replacement(tag, name, value, rules, listener);
        if (replacement != null) {
          if (out == null) {
            out = new StringBuilder(html.length() + 32);
          }
          int attrValueStart = valueStart == q + 1 ? q : valueStart;
          out.append(html, copied, attrValueStart);
          out.append('"').append(escapeAttribute(replacement)).append('"');
          copied = next;
        }
        p = next;
      }
      i = Math.max(p, lt + 1);
    }
    if (out == null) {
      return html;
    }
    out.append(html, copied, n);
    return out.toString();
  }

  /** Returns the new value of an attribute, or null to keep it. */
  private static String replacement(
      String tag, String name, String value, UrlRules rules, BlockedUrlListener listener) {
    if (URL_ATTRIBUTES.contains(name)) {
      boolean image = name.equals("src") || name.equals("poster") || name.equals("lowsrc");
      if (UrlRules.isUnsafe(value, image)) {
        listener.blocked(tag, name, value);
        return UrlRules.BLOCKED;
      }
      if (name.equals("href") || name.equals("src")) {
        String resolved = rules.resolve(value);
        return resolved.equals(value) ? null : resolved;
      }
      return null;
    }
    if (name.equals("srcset") || name.equals("imagesrcset")) {
      for (String candidate : UrlRules.decodeReferences(value).split(",")) {
        String url = candidate.trim().split("\\s+")[0];
        if (UrlRules.isUnsafe(url, true)) {
          listener.blocked(tag, name, value);
          return UrlRules.BLOCKED;
        }
      }
      return null;
    }
    if (tag.equals("meta") && name.equals("content")) {
      String decoded = UrlRules.decodeReferences(value).toLowerCase(Locale.ROOT);
      int url = decoded.indexOf("url");
      if (url >= 0
          && UrlRules.isUnsafe(
              decoded.substring(url).replaceFirst("^url\\s*=\\s*['\"]?", ""), false)) {
        listener.blocked(tag, name, value);
        return "0";
      }
      return null;
    }
    if ((tag.equals("set") || tag.equals("animate"))
        && (name.equals("to") || name.equals("from") || name.equals("values"))) {
      for (String part : UrlRules.decodeReferences(value).split(";")) {
        if (UrlRules.isUnsafe(part, false)) {
          listener.blocked(tag, name, value);
          return UrlRules.BLOCKED;
        }
      }
    }
    return null;
  }

  /**
   * Makes a value that is already in attribute form (character references kept) safe inside double
   * quotes.
   */
  private static String escapeAttribute(String value) {
    return value.replace("\"", "&quot;");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
