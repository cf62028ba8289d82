package io.github.billet.render;

import io.github.billet.render.internal.safety.UrlAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The security properties of rendered HTML, as a list of violations (empty when the HTML is safe),
 * checked on the tree a browser would build (jsoup follows the HTML parsing standard).
 *
 * <ul>
 *   <li>URL rules (every policy): no {@code javascript:}, {@code vbscript:} or {@code livescript:}
 *       URL in {@code href}, {@code src}, {@code action}, {@code formaction}, {@code xlink:href},
 *       {@code srcset} (or the other URL attributes); no {@code data:} URL except {@code
 *       data:image/*} as the source of an {@code <img>} (or a {@code srcset} candidate of {@code
 *       <img>} / {@code <source>}).
 *   <li>Inert (ESCAPE, SANITIZE, and the page chrome): no {@code <script>}, no {@code on*}
 *       attribute, no element that loads or runs code ({@code iframe} without an allowed source,
 *       {@code object}, {@code embed}, {@code base}, {@code link}, {@code meta}, {@code style},
 *       {@code form}...), no style that loads or runs code.
 * </ul>
 */
public final class Inertness {

  // The library's one list of URL attributes, so that an attribute added there is checked here.
  static final Set<String> URL_ATTRIBUTES = urlAttributes();

  private static Set<String> urlAttributes() {
    Set<String> names = new HashSet<>(UrlAttributes.SINGLE);
    names.addAll(UrlAttributes.SRCSET);
    return Set.copyOf(names);
  }

  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of(
          "script",
          "style",
          "object",
          "embed",
          "applet",
          "base",
          "link",
          "meta",
          "form",
          "frame",
          "frameset",
          "svg",
          "math",
          "xss",
          "bgsound",
          "layer",
          "ilayer",
          "xml",
          "import",
          "template",
          "noscript",
          "portal");

  private Inertness() {}

  /** URL rule violations of a body fragment or page. */
  public static List<String> urlViolations(String html) {
    List<String> out = new ArrayList<>();
    for (Element e : parse(html).getAllElements()) {
      for (Attribute a : e.attributes()) {
        checkUrl(e, a, out);
      }
    }
    return out;
  }

  /**
   * Violations of a body fragment that must be fully inert.
   *
   * @param iframeHost the host iframes may come from, or null
   */
  public static List<String> inertViolations(String html, String iframeHost) {
    List<String> out = new ArrayList<>();
    Document doc = parse(html);
    for (Element e : doc.body().getAllElements()) {
      checkInert(e, iframeHost, out);
    }
    return out;
  }

  /**
   * Violations of a whole page: the body part must be inert; the head may hold the page's own
   * metadata ({@code <meta>}, {@code <link rel=stylesheet|canonical|alternate>}) but no script.
   */
  public static List<String> pageViolations(String html) {
    List<String> out = new ArrayList<>();
    Document doc = Jsoup.parse(html);
    for (Element e : doc.getAllElements()) {
      if (e.tagName().equals("script")) {
        out.add("<script> element: " + abbreviate(e.outerHtml()));
      }
      for (Attribute a : e.attributes()) {
        checkUrl(e, a, out);
        if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
          out.add("event handler " + a.getKey() + " on <" + e.tagName() + ">");
        }
      }
    }
    for (Element meta : doc.select("meta[http-equiv]")) {
      if (!meta.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
        out.add("<meta http-equiv=" + meta.attr("http-equiv") + ">");
      }
    }
    for (Element e : doc.body().getAllElements()) {
      checkInert(e, null, out);
    }
    return out;
  }

  private static Document parse(String html) {
    return Jsoup.parseBodyFragment(html);
  }

  private static void checkInert(Element e, String iframeHost, List<String> out) {
    String tag = e.normalName();
    if (ACTIVE_ELEMENTS.contains(tag)) {
      out.add("active element: " + abbreviate(e.outerHtml()));
    }
    if (tag.equals("iframe")) {
      if (iframeHost == null || !isFrom(e.attr("src"), iframeHost)) {
        out.add("iframe from elsewhere: " + abbreviate(e.outerHtml()));
      }
      if (e.hasAttr("srcdoc")) {
        out.add("iframe srcdoc: " + abbreviate(e.outerHtml()));
      }
    }
    for (Attribute a : e.attributes()) {
      String name = a.getKey().toLowerCase(Locale.ROOT);
      checkUrl(e, a, out);
      if (name.startsWith("on")) {
        out.add("event handler " + name + " on <" + tag + ">");
      }
      if (name.equals("style") && isActiveStyle(a.getValue())) {
        out.add("active style on <" + tag + ">: " + abbreviate(a.getValue()));
      }
      if (name.equals("srcdoc") || name.equals("http-equiv")) {
        out.add(name + " on <" + tag + ">");
      }
    }
  }

  private static boolean isFrom(String src, String host) {
    try {
      java.net.URI uri = new java.net.URI(src.strip());
      return "https".equalsIgnoreCase(uri.getScheme()) && host.equalsIgnoreCase(uri.getHost());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void checkUrl(Element e, Attribute a, List<String> out) {
    String name = a.getKey().toLowerCase(Locale.ROOT);
    if (!URL_ATTRIBUTES.contains(name)) {
      return;
    }
    String tag = e.normalName();
    if (UrlAttributes.SRCSET.contains(name)) {
      for (String candidate : a.getValue().split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        checkOneUrl(tag, name, url, tag.equals("img") || tag.equals("source"), out);
      }
    } else {
      checkOneUrl(tag, name, a.getValue(), tag.equals("img") && name.equals("src"), out);
    }
  }

  private static void checkOneUrl(
      String tag, String name, String value, boolean image, List<String> out) {
    String scheme = scheme(value);
    if (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("livescript")) {
      out.add(scheme + ": URL in <" + tag + " " + name + ">: " + abbreviate(value));
    } else if (scheme.equals("data") && !(image && normalized(value).startsWith("data:image/"))) {
      out.add("data: URL in <" + tag + " " + name + ">: " + abbreviate(value));
    }
  }

  /** The scheme a browser would see: leading and inner controls and whitespace ignored. */
  static String scheme(String url) {
    String n = normalized(url);
    int colon = n.indexOf(':');
    if (colon <= 0) {
      return "";
    }
    String scheme = n.substring(0, colon);
    return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : "";
  }

  private static String normalized(String url) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < url.length() && s.length() < 64; i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7f) {
        continue;
      }
      s.append(c);
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isActiveStyle(String style) {
    String s = style.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
    return s.contains("javascript:")
        || s.contains("vbscript:")
        || s.contains("expression(")
        || s.contains("url(")
        || s.contains("@import")
        || s.contains("behavior:")
        || s.contains("-moz-binding");
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
