package io.github.billet.render.internal.safety;

import java.util.Set;

/**
 * The one list of the HTML attributes that hold URLs, for every part of the safety code: the
 * attribute blocks of bodies, the rewriting of raw HTML, the repair of bodies, the layout
 * fragments' check and the absolute URLs of feeds. An attribute added here is checked everywhere.
 *
 * <pre>{@code
 * if (UrlAttributes.isUrl(name) && UrlAttributes.isUnsafe(tag, name, value)) { ... }
 * }</pre>
 */
public final class UrlAttributes {

  /**
   * Attributes holding a URL (or, for {@code ping}, {@code archive} and {@code itemtype}, a list of
   * URLs, each checked as one), on any element (SVG and MathML included).
   */
  public static final Set<String> SINGLE =
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

  /** Attributes holding a list of image candidates ({@code url descriptor, ...}). */
  public static final Set<String> SRCSET = Set.of("srcset", "imagesrcset");

  /**
   * The attributes of {@link #SINGLE} holding exactly one URL that a browser follows or fetches
   * relative to the page: resolved against the page, made absolute in feeds, and repaired when
   * written with white space.
   */
  public static final Set<String> RESOLVED =
      Set.of(
          "href",
          "src",
          "poster",
          "cite",
          "action",
          "formaction",
          "longdesc",
          "data",
          "background");

  private UrlAttributes() {}

  /**
   * Tells whether an attribute holds URLs.
   *
   * @param name the attribute's name, lower case
   * @return true for {@link #SINGLE} and {@link #SRCSET}
   */
  public static boolean isUrl(String name) {
    return SINGLE.contains(name) || SRCSET.contains(name);
  }

  /**
   * Tells whether an attribute loads an image, where {@code data:image/*} is allowed: {@code src}
   * of {@code <img>}, {@code lowsrc}, {@code dynsrc}, {@code poster}, and the candidates of {@code
   * <img>} and {@code <source>}.
   *
   * @param tag the element's name, lower case
   * @param name the attribute's name, lower case
   * @return true for an image source
   */
  public static boolean isImageSource(String tag, String name) {
    if (SRCSET.contains(name)) {
      return tag.equals("img") || tag.equals("source");
    }
    return (tag.equals("img") && name.equals("src"))
        || name.equals("poster")
        || name.equals("lowsrc")
        || name.equals("dynsrc");
  }

  /**
   * Tells whether a URL attribute's value can run script: one of its URLs (each candidate of a
   * {@link #SRCSET}) is unsafe by {@link UrlRules#isUnsafe}.
   *
   * @param tag the element's name, lower case
   * @param name the attribute's name, lower case, one of {@link #isUrl}
   * @param value the value, character references decoded or not
   * @return true when it must be blocked
   */
  public static boolean isUnsafe(String tag, String name, String value) {
    boolean image = isImageSource(tag, name);
    if (SRCSET.contains(name)) {
      for (String candidate : UrlRules.decodeReferences(value).split(",")) {
        String[] parts = candidate.strip().split("\\s+");
        if (parts.length > 0 && UrlRules.isUnsafe(parts[0], image)) {
          return true;
        }
      }
      return false;
    }
    return UrlRules.isUnsafe(value, image);
  }
}
