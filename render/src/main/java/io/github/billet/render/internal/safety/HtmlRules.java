package io.github.billet.render.internal.safety;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the HTML standard allows, as far as the repair of raw HTML needs it: the attributes of each
 * element, the boolean and enumerated attributes, the content categories (phrasing, flow,
 * interactive). Elements it does not list (custom elements, SVG, MathML, the document's head) are
 * left to the author.
 *
 * <pre>{@code
 * HtmlRules.allows("iframe", "type"); // false: the standard gives iframe no type attribute
 * }</pre>
 */
public final class HtmlRules {

  /**
   * Attributes every HTML element may have, besides {@code aria-*}, {@code data-*}, {@code on*}.
   */
  private static final Set<String> GLOBAL =
      Set.of(
          "accesskey",
          "autocapitalize",
          "autocorrect",
          "autofocus",
          "class",
          "contenteditable",
          "dir",
          "draggable",
          "enterkeyhint",
          "hidden",
          "id",
          "inert",
          "inputmode",
          "is",
          "itemid",
          "itemprop",
          "itemref",
          "itemscope",
          "itemtype",
          "lang",
          "nonce",
          "popover",
          "role",
          "slot",
          "spellcheck",
          "style",
          "tabindex",
          "title",
          "translate",
          "writingsuggestions",
          "xml:lang",
          "xml:space",
          "xmlns");

  private static final Map<String, Set<String>> ELEMENT_ATTRIBUTES = new HashMap<>();

  static {
    Set<String> none = Set.of();
    for (String e :
        ("abbr address article aside b bdi bdo br caption cite code dd dfn div dl dt em figcaption"
                + " figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i kbd legend main mark menu nav"
                + " noscript p picture pre rp rt ruby s samp search section small span strong sub"
                + " summary sup tbody tfoot thead tr u ul var wbr")
            .split(" ")) {
      ELEMENT_ATTRIBUTES.put(e, none);
    }
    ELEMENT_ATTRIBUTES.put(
        "a",
        Set.of("href", "target", "download", "ping", "rel", "hreflang", "type", "referrerpolicy"));
    ELEMENT_ATTRIBUTES.put(
        "area",
        Set.of(
            "alt",
            "coords",
            "shape",
            "href",
            "target",
            "download",
            "ping",
            "rel",
            "referrerpolicy"));
    ELEMENT_ATTRIBUTES.put(
        "audio", Set.of("src", "crossorigin", "preload", "autoplay", "loop", "muted", "controls"));
    ELEMENT_ATTRIBUTES.put("blockquote", Set.of("cite"));
    ELEMENT_ATTRIBUTES.put("q", Set.of("cite"));
    ELEMENT_ATTRIBUTES.put("del", Set.of("cite", "datetime"));
    ELEMENT_ATTRIBUTES.put("ins", Set.of("cite", "datetime"));
    ELEMENT_ATTRIBUTES.put(
        "button",
        Set.of(
            "command",
            "commandfor",
            "disabled",
            "form",
            "formaction",
            "formenctype",
            "formmethod",
            "formnovalidate",
            "formtarget",
            "name",
            "popovertarget",
            "popovertargetaction",
            "type",
            "value"));
    ELEMENT_ATTRIBUTES.put("canvas", Set.of("width", "height"));
    ELEMENT_ATTRIBUTES.put("col", Set.of("span"));
    ELEMENT_ATTRIBUTES.put("colgroup", Set.of("span"));
    ELEMENT_ATTRIBUTES.put("data", Set.of("value"));
    ELEMENT_ATTRIBUTES.put("details", Set.of("open", "name"));
    ELEMENT_ATTRIBUTES.put("dialog", Set.of("open", "closedby"));
    ELEMENT_ATTRIBUTES.put("embed", Set.of("src", "type", "width", "height"));
    ELEMENT_ATTRIBUTES.put("fieldset", Set.of("disabled", "form", "name"));
    ELEMENT_ATTRIBUTES.put(
        "form",
        Set.of(
            "accept-charset",
            "action",
            "autocomplete",
            "enctype",
            "method",
            "name",
            "novalidate",
            "target",
            "rel"));
    ELEMENT_ATTRIBUTES.put(
        "iframe",
        Set.of(
            "src",
            "srcdoc",
            "name",
            "sandbox",
            "allow",
            "allowfullscreen",
            "width",
            "height",
            "referrerpolicy",
            "loading"));
    ELEMENT_ATTRIBUTES.put(
        "img",
        Set.of(
            "alt",
            "src",
            "srcset",
            "sizes",
            "crossorigin",
            "usemap",
            "ismap",
            "width",
            "height",
            "referrerpolicy",
            "decoding",
            "loading",
            "fetchpriority"));
    ELEMENT_ATTRIBUTES.put(
        "input",
        Set.of(
            "accept",
            "alpha",
            "alt",
            "autocomplete",
            "checked",
            "colorspace",
            "dirname",
            "disabled",
            "form",
            "formaction",
            "formenctype",
            "formmethod",
            "formnovalidate",
            "formtarget",
            "height",
            "list",
            "max",
            "maxlength",
            "min",
            "minlength",
            "multiple",
            "name",
            "pattern",
            "placeholder",
            "popovertarget",
            "popovertargetaction",
            "readonly",
            "required",
            "size",
            "src",
            "step",
            "type",
            "value",
            "width"));
    ELEMENT_ATTRIBUTES.put("label", Set.of("for"));
    ELEMENT_ATTRIBUTES.put("li", Set.of("value"));
    ELEMENT_ATTRIBUTES.put("map", Set.of("name"));
    ELEMENT_ATTRIBUTES.put("meter", Set.of("value", "min", "max", "low", "high", "optimum"));
    ELEMENT_ATTRIBUTES.put("object", Set.of("data", "type", "name", "form", "width", "height"));
    ELEMENT_ATTRIBUTES.put("ol", Set.of("reversed", "start", "type"));
    ELEMENT_ATTRIBUTES.put("optgroup", Set.of("disabled", "label"));
    ELEMENT_ATTRIBUTES.put("option", Set.of("disabled", "label", "selected", "value"));
    ELEMENT_ATTRIBUTES.put("output", Set.of("for", "form", "name"));
    ELEMENT_ATTRIBUTES.put("progress", Set.of("value", "max"));
    ELEMENT_ATTRIBUTES.put(
        "select",
        Set.of("autocomplete", "disabled", "form", "multiple", "name", "required", "size"));
    ELEMENT_ATTRIBUTES.put(
        "source", Set.of("type", "media", "src", "srcset", "sizes", "width", "height"));
    // border="1" is obsolete but conforming on tables; other values are refused below.
    ELEMENT_ATTRIBUTES.put("table", Set.of("border"));
    ELEMENT_ATTRIBUTES.put("td", Set.of("colspan", "rowspan", "headers"));
    ELEMENT_ATTRIBUTES.put("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr"));
    ELEMENT_ATTRIBUTES.put(
        "textarea",
        Set.of(
            "autocomplete",
            "cols",
            "dirname",
            "disabled",
            "form",
            "maxlength",
            "minlength",
            "name",
            "placeholder",
            "readonly",
            "required",
            "rows",
            "wrap"));
    ELEMENT_ATTRIBUTES.put("time", Set.of("datetime"));
    ELEMENT_ATTRIBUTES.put("track", Set.of("default", "kind", "label", "src", "srclang"));
    ELEMENT_ATTRIBUTES.put(
        "video",
        Set.of(
            "src",
            "crossorigin",
            "poster",
            "preload",
            "autoplay",
            "playsinline",
            "loop",
            "muted",
            "controls",
            "width",
            "height"));
  }

  /** Attributes whose presence is the value: {@code ""} or their own name only. */
  private static final Set<String> BOOLEAN =
      Set.of(
          "allowfullscreen",
          "async",
          "autofocus",
          "autoplay",
          "checked",
          "controls",
          "default",
          "defer",
          "disabled",
          "formnovalidate",
          "inert",
          "ismap",
          "itemscope",
          "loop",
          "multiple",
          "muted",
          "nomodule",
          "novalidate",
          "open",
          "playsinline",
          "readonly",
          "required",
          "reversed",
          "selected");

  /** Enumerated attributes and their keywords, matched without case. */
  private static final Map<String, Set<String>> KEYWORDS =
      Map.ofEntries(
          Map.entry("loading", Set.of("lazy", "eager")),
          Map.entry("decoding", Set.of("sync", "async", "auto")),
          Map.entry("fetchpriority", Set.of("high", "low", "auto")),
          Map.entry("preload", Set.of("", "none", "metadata", "auto")),
          Map.entry("crossorigin", Set.of("", "anonymous", "use-credentials")),
          Map.entry("dir", Set.of("ltr", "rtl", "auto")),
          Map.entry("translate", Set.of("", "yes", "no")),
          Map.entry("draggable", Set.of("true", "false")),
          Map.entry("spellcheck", Set.of("", "true", "false")),
          Map.entry("contenteditable", Set.of("", "true", "false", "plaintext-only")),
          Map.entry("hidden", Set.of("", "hidden", "until-found")),
          Map.entry(
              "referrerpolicy",
              Set.of(
                  "",
                  "no-referrer",
                  "no-referrer-when-downgrade",
                  "same-origin",
                  "origin",
                  "strict-origin",
                  "origin-when-cross-origin",
                  "strict-origin-when-cross-origin",
                  "unsafe-url")));

  /** Attributes holding a valid non-negative integer, per element ({@code *}: any). */
  private static final Set<String> DIMENSIONS = Set.of("width", "height");

  private static final Set<String> POSITIVE_INTEGERS = Set.of("colspan", "rowspan", "span");

  /**
   * Elements whose content model is phrasing content only: a block (flow-only) element inside one
   * of them is invalid, though the parser keeps it there.
   */
  private static final Set<String> PHRASING_ONLY =
      Set.of(
          "abbr", "b", "bdi", "bdo", "button", "cite", "code", "data", "dfn", "em", "h1", "h2",
          "h3", "h4", "h5", "h6", "i", "kbd", "label", "legend", "mark", "output", "p", "pre", "q",
          "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var");

  /** Elements that are flow content but never phrasing content. */
  private static final Set<String> FLOW_ONLY =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "details",
          "dialog",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "search",
          "section",
          "table",
          "ul",
          "caption",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "li",
          "dt",
          "dd",
          "summary",
          "legend");

  /** Elements whose model is transparent: they take the content model of their parent. */
  private static final Set<String> TRANSPARENT =
      Set.of("a", "ins", "del", "map", "object", "audio", "video", "canvas", "slot");

  /** Elements whose content may be any flow content. */
  private static final Set<String> FLOW_CONTAINERS =
      Set.of(
          "body",
          "div",
          "li",
          "dd",
          "td",
          "th",
          "blockquote",
          "section",
          "article",
          "aside",
          "nav",
          "main",
          "header",
          "footer",
          "figure",
          "details",
          "form",
          "fieldset",
          "dialog",
          "figcaption",
          "search",
          "template",
          "noscript");

  private static final Set<String> ALWAYS_INTERACTIVE =
      Set.of("a", "button", "details", "embed", "iframe", "label", "select", "textarea");

  private static final Pattern INTEGER = Pattern.compile("[0-9]+");

  /** Elements that may only be children of some elements, and those elements. */
  private static final Map<String, Set<String>> PARENTS =
      Map.of(
          "li", Set.of("ul", "ol", "menu"),
          "figcaption", Set.of("figure"),
          "dt", Set.of("dl", "div"),
          "dd", Set.of("dl", "div"),
          "summary", Set.of("details"),
          "legend", Set.of("fieldset"));

  /** The keywords of the type attribute of the elements whose type is not a MIME type. */
  private static final Map<String, Set<String>> TYPES =
      Map.of(
          "button",
          Set.of("submit", "reset", "button"),
          "input",
          Set.of(
              "hidden",
              "text",
              "search",
              "tel",
              "url",
              "email",
              "password",
              "date",
              "month",
              "week",
              "time",
              "datetime-local",
              "number",
              "range",
              "color",
              "checkbox",
              "radio",
              "file",
              "submit",
              "image",
              "reset",
              "button"));

  private HtmlRules() {}

  /**
   * Tells whether the standard lists the element (so that its attributes can be checked).
   *
   * @param element a lower-case element name
   * @return true for a known HTML element
   */
  public static boolean knows(String element) {
    return ELEMENT_ATTRIBUTES.containsKey(element);
  }

  /**
   * Tells whether an element may carry an attribute.
   *
   * @param element a lower-case element name the rules know
   * @param attribute a lower-case attribute name
   * @return true when the standard allows it
   */
  public static boolean allows(String element, String attribute) {
    if (GLOBAL.contains(attribute)
        || attribute.startsWith("aria-")
        || attribute.startsWith("data-")
        || (attribute.startsWith("on") && attribute.length() > 2)) {
      return true;
    }
    Set<String> own = ELEMENT_ATTRIBUTES.get(element);
    return own == null || own.contains(attribute);
  }

  /**
   * The elements an element may be a child of.
   *
   * @param element a lower-case element name
   * @return the names of its possible parents, or null when it may be anywhere flow content is
   */
  public static Set<String> parents(String element) {
    return PARENTS.get(element);
  }

  /**
   * The keywords of an element's {@code type} attribute, when it is not a MIME type.
   *
   * @param element a lower-case element name
   * @return the keywords, or null
   */
  public static Set<String> types(String element) {
    return TYPES.get(element);
  }

  /**
   * Tells whether an attribute is boolean.
   *
   * @param attribute a lower-case attribute name
   * @return true when its presence is its value
   */
  public static boolean isBoolean(String attribute) {
    return BOOLEAN.contains(attribute);
  }

  /**
   * The keywords of an enumerated attribute.
   *
   * @param attribute a lower-case attribute name
   * @return its lower-case keywords, or null when it is not one the rules check
   */
  public static Set<String> keywords(String attribute) {
    return KEYWORDS.get(attribute);
  }

  /**
   * Tells whether an attribute holds a dimension in CSS pixels, a valid non-negative integer.
   *
   * @param attribute a lower-case attribute name
   * @return true for width and height
   */
  public static boolean isDimension(String attribute) {
    return DIMENSIONS.contains(attribute);
  }

  /**
   * Tells whether an attribute holds a valid integer greater than zero.
   *
   * @param attribute a lower-case attribute name
   * @return true for colspan, rowspan and span
   */
  public static boolean isPositiveInteger(String attribute) {
    return POSITIVE_INTEGERS.contains(attribute);
  }

  /**
   * Tells whether a value is a valid non-negative integer.
   *
   * @param value an attribute value
   * @return true for digits only
   */
  public static boolean isNonNegativeInteger(String value) {
    return INTEGER.matcher(value).matches();
  }

  /**
   * Tells whether an element only holds phrasing content.
   *
   * @param element a lower-case element name
   * @return true for span, p, em, the headings...
   */
  public static boolean isPhrasingOnly(String element) {
    return PHRASING_ONLY.contains(element);
  }

  /**
   * Tells whether an element is flow content that is not phrasing content (a block).
   *
   * @param element a lower-case element name
   * @return true for div, p, ul, table...
   */
  public static boolean isFlowOnly(String element) {
    return FLOW_ONLY.contains(element);
  }

  /**
   * Tells whether an element takes the content model of its parent.
   *
   * @param element a lower-case element name
   * @return true for a, ins, del...
   */
  public static boolean isTransparent(String element) {
    return TRANSPARENT.contains(element);
  }

  /**
   * Tells whether an element may hold any flow content.
   *
   * @param element a lower-case element name
   * @return true for body, div, li, td...
   */
  public static boolean holdsFlow(String element) {
    return FLOW_CONTAINERS.contains(element);
  }

  /**
   * Tells whether an element with these attributes is interactive content, which an {@code a} or a
   * {@code button} must not hold.
   *
   * @param element a lower-case element name
   * @param hasAttribute tells whether the element has an attribute
   * @param typeHidden true for an {@code input type=hidden}
   * @return true for a, button, iframe, an input that is not hidden, a video with controls...
   */
  public static boolean isInteractive(
      String element, java.util.function.Predicate<String> hasAttribute, boolean typeHidden) {
    if (ALWAYS_INTERACTIVE.contains(element)) {
      return !element.equals("a") || hasAttribute.test("href");
    }
    return switch (element) {
      case "input" -> !typeHidden;
      case "audio", "video" -> hasAttribute.test("controls");
      case "img", "object" -> hasAttribute.test("usemap");
      default -> false;
    };
  }

  /**
   * The keyword a value matches, without case.
   *
   * @param value an attribute value
   * @return the value in lower case
   */
  public static String keyword(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
