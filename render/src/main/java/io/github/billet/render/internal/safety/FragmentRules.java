package io.github.billet.render.internal.safety;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the HTML fragments a site gives a layout (header, footer): they are written as they are,
 * so they may not bring what pages never carry: a script, an event handler, a {@code javascript:}
 * URL, an {@code srcdoc} or a refresh.
 */
public final class FragmentRules {

  private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "base");

  private FragmentRules() {}

  /**
   * Returns the fragment when it is allowed.
   *
   * @param html the fragment
   * @param what what it is, for the message
   * @return the fragment, unchanged
   * @throws IllegalArgumentException when it holds something a page may not carry
   */
  public static String check(String html, String what) {
    if (html == null) {
      throw new NullPointerException(what);
    }
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (FORBIDDEN_ELEMENTS.contains(tag)) {
        throw refused(what, "a <" + tag + "> element", "add scripts by URL with script(url)");
      }
      if (tag.equals("meta") && e.hasAttr("http-equiv")) {
        throw refused(what, "a <meta http-equiv>", "use contentSecurityPolicy(...) for a policy");
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || name.equals("srcdoc")) {
          throw refused(what, "the attribute " + name, "pages carry no event handler");
        }
        // Also any other *href or *src a browser may come to know.
        boolean url = UrlAttributes.isUrl(name) || name.endsWith("href") || name.endsWith("src");
        if (url && UrlAttributes.isUnsafe(tag, name, a.getValue())) {
          throw refused(what, "the URL in " + name, "link to an http(s) address or a path");
        }
      }
    }
    return html;
  }

  /**
   * Tells whether a fragment has an element with an id.
   *
   * @param html the fragment
   * @param id the id
   * @return true when present
   */
  public static boolean hasId(String html, String id) {
    return Jsoup.parseBodyFragment(html).getElementById(id) != null;
  }

  private static IllegalArgumentException refused(String what, String found, String hint) {
    return new IllegalArgumentException(
        "the " + what + " fragment holds " + found + ", which pages never carry; " + hint);
  }
}
