package io.github.billet.render.internal.safety;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the URL-valued attributes of the tags in a raw HTML fragment, leaving every other byte
 * as written.
 *
 * <p>Used for {@code PASS} (where raw HTML is trusted but URLs still never carry script) and before
 * {@code SANITIZE}. Unsafe URLs become {@link UrlRules#BLOCKED}; relative {@code href} and {@code
 * src} are resolved against the page. Tag contents, comments and other attributes ({@code on*}
 * handlers, {@code srcdoc}) are not touched: in {@code PASS} authors may write scripts.
 */
public final class RawHtmlUrls {

  /** Called for each URL the rewriting blocked. */
  public interface BlockedUrlListener {
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
  public static String rewrite(String html, UrlRules rules, BlockedUrlListener listener) {
    String result =
        rewriteAttributes(
            html, (tag, name, value) -> replacement(tag, name, value, rules, listener));
    return blockEverywhere(result, listener);
  }

  /** Decides the new value of one attribute of a tag. */
  public interface AttributeRewriter {
    /**
     * Returns the new value, in attribute form (character references kept; a {@code "} is escaped
     * by the caller), or null to keep the attribute as written.
     */
    String replacement(String tag, String name, String value);
  }

  /**
   * Rewrites the attribute values of every tag of a fragment that {@code rewriter} changes, leaving
   * every other byte as written; a changed value is written in double quotes.
   *
   * @param html the fragment
   * @param rewriter decides each attribute's value (tag and attribute names lower-cased, the value
   *     as written, character references kept)
   * @return the fragment, the same string when nothing changed
   */
  public static String rewriteAttributes(String html, AttributeRewriter rewriter) {
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
        i = commentEnd(html, lt);
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
        String replacement = rewriter.replacement(tag, name, value);
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

  /**
   * Where a comment that starts at {@code lt} ends as browsers see it: after {@code -->} or {@code
   * --!>}, or right after {@code <!-->} and {@code <!--->} (abruptly closed empty comments).
   */
  private static int commentEnd(String html, int lt) {
    int end = html.indexOf("-->", lt + 2);
    int bang = html.indexOf("--!>", lt + 4);
    if (bang >= 0 && (end < 0 || bang < end)) {
      return bang + 4;
    }
    return end < 0 ? html.length() : end + 3;
  }

  /**
   * An attribute-like {@code name=value} anywhere, whatever the context: inside a comment, a quoted
   * value or the text of an element. Only names that can hold a URL matter.
   */
  private static final class Patterns {
    // In a holder: compiled when raw HTML is first checked, not when feeds rewrite URLs.
    static final Pattern ATTRIBUTE_ANYWHERE =
        Pattern.compile(
            "(?<=[\\s/\"'])([A-Za-z][-A-Za-z:]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*"
                + "(\"[^\"]*\"|'[^']*'|(?![\"'])[^\\t\\n\\f\\r >]+)");

    static final Pattern TAG_START = Pattern.compile("<([A-Za-z][^\\s/>]*)");
  }

  /**
   * The second line of defence: the tag scan above follows the HTML syntax of one fragment, but a
   * browser reads the fragment in the context of the whole page (a {@code <textarea>} or {@code
   * <style>} opened in an earlier fragment makes a later {@code <!--} plain text, so that what
   * looked like a comment holds real tags). So every URL-valued {@code name=value} left anywhere in
   * the fragment, even inside a comment or an attribute value, is checked too and blocked when
   * unsafe; nothing else changes.
   */
  private static String blockEverywhere(String html, BlockedUrlListener listener) {
    if (html.indexOf('=') < 0) {
      return html;
    }
    Matcher m = Patterns.ATTRIBUTE_ANYWHERE.matcher(html);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < html.length() && m.find(from)) {
      // resume right after the name: a value may hide a name=value a browser reads as a tag's
      from = m.end(1);
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (m.start(2) < copied || !isUrlValued(name)) {
        continue;
      }
      String raw = m.group(2);
      String value =
          raw.startsWith("\"") || raw.startsWith("'") ? raw.substring(1, raw.length() - 1) : raw;
      String tag = tagBefore(html, m.start());
      if (isUnsafeAnywhere(tag, name, value)) {
        listener.blocked(tag, name, value);
        if (out == null) {
          out = new StringBuilder(html.length() + 32);
        }
        out.append(html, copied, m.start(2));
        out.append('"').append(UrlRules.BLOCKED).append('"');
        copied = m.end(2);
        from = copied;
      }
    }
    if (out == null) {
      return html;
    }
    out.append(html, copied, html.length());
    return out.toString();
  }

  private static boolean isUrlValued(String name) {
    return UrlAttributes.isUrl(name)
        || name.equals("content")
        || name.equals("to")
        || name.equals("from")
        || name.equals("values");
  }

  /** The name of the last tag opened before a position, a guess: only used to allow images. */
  private static String tagBefore(String html, int position) {
    int lt = html.lastIndexOf('<', position);
    for (int tries = 0; lt >= 0 && tries < 32; tries++) {
      Matcher t = Patterns.TAG_START.matcher(html).region(lt, position);
      if (t.lookingAt()) {
        return t.group(1).toLowerCase(Locale.ROOT);
      }
      lt = lt == 0 ? -1 : html.lastIndexOf('<', lt - 1);
    }
    return "";
  }

  private static boolean isUnsafeAnywhere(String tag, String name, String value) {
    if (name.equals("content")
        || name.equals("to")
        || name.equals("from")
        || name.equals("values")) {
      // whatever the element: a refresh to script, an animation setting a script URL
      return isUnsafe("meta", "content", value) || isUnsafe("set", "to", value);
    }
    return isUnsafe(tag, name, value);
  }

  /** Returns the new value of an attribute, or null to keep it. */
  private static String replacement(
      String tag, String name, String value, UrlRules rules, BlockedUrlListener listener) {
    if (isUnsafe(tag, name, value)) {
      listener.blocked(tag, name, value);
      return tag.equals("meta") && name.equals("content") ? "0" : UrlRules.BLOCKED;
    }
    if (tag.equals("img")
        && name.equals("src")
        && rules.climbsAboveRoot(UrlRules.unescapeAttribute(value))) {
      // A browser would stop at the site root and fetch another file than the one named.
      return UrlRules.BLOCKED;
    }
    if (name.equals("href") || name.equals("src")) {
      String resolved = rules.resolve(value);
      return resolved.equals(value) ? null : resolved;
    }
    return null;
  }

  /**
   * Tells whether an attribute value can run script: a URL attribute with an unsafe URL ({@link
   * UrlAttributes#isUnsafe}), a refresh to such a URL, an SVG animation setting one.
   */
  private static boolean isUnsafe(String tag, String name, String value) {
    if (UrlAttributes.isUrl(name)) {
      return UrlAttributes.isUnsafe(tag, name, value);
    }
    if ((tag.equals("set") || tag.equals("animate"))
        && (name.equals("to") || name.equals("from") || name.equals("values"))) {
      for (String part : UrlRules.decodeReferences(value).split(";")) {
        if (UrlRules.isUnsafe(part, false)) {
          return true;
        }
      }
    }
    return false;
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
