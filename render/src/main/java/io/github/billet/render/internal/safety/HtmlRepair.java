package io.github.billet.render.internal.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Makes a rendered body valid HTML where raw HTML written in posts (or a URL) would make the page
 * fail the HTML checker, by general rules of the HTML standard ({@link HtmlRules}), changing as
 * little as it can.
 *
 * <p>The body is parsed as the HTML standard says browsers do. When that parse met an error (a
 * misnested or stray tag: the browser's repair is kept), or when one of these repairs applies, the
 * body is written again from the parsed tree; otherwise it is returned unchanged, byte for byte:
 *
 * <ul>
 *   <li>URLs: characters that URL syntax forbids (spaces, a second {@code #} in the fragment...)
 *       are percent-encoded; unsafe URLs are blocked;
 *   <li>obsolete elements become their modern equivalent ({@code <center>} a centred {@code <div>},
 *       {@code <font>} a {@code <span>}, {@code <tt>} a {@code <code>}...);
 *   <li>attributes the standard does not give the element are dropped ({@code type} or {@code
 *       frameborder} on an iframe), {@code align} becoming a {@code text-align} style; values it
 *       refuses are converted when their meaning is clear ({@code height="110px"} becomes {@code
 *       110}, {@code width="100%"} a {@code width: 100%} style, {@code allowfullscreen="true"} a
 *       bare {@code allowfullscreen}) and dropped otherwise; an id used twice is dropped;
 *   <li>interactive content is never nested: a {@code <button>} holding a link is replaced by the
 *       link, a {@code <button>} in a link by its content, another interactive element in a link or
 *       button is moved after it;
 *   <li>a block in an element that holds phrasing content only: a {@code <span>} or {@code <p>}
 *       becomes a {@code <div>}, other holders keep the block's content without the block;
 *   <li>an {@code <img>} without {@code alt} gets {@code alt=""};
 *   <li>headings follow the rules of Markdown ones: no {@code <h1>} in the body, no skipped level;
 *   <li>a {@code <style>} element is removed;
 *   <li>a {@code <figure>} with a caption loses a {@code role} attribute, and a sandbox that allows
 *       both scripts and same origin (which cancels the sandbox) loses {@code allow-same-origin}.
 * </ul>
 *
 * <p>Each repair says where it was made, as the start tag the body had there, so that the caller
 * can find it in the post's source.
 */
public final class HtmlRepair {

  private static final String HEX = "0123456789ABCDEF";

  private static final String PREFIX = "<!DOCTYPE html><html><head></head><body>";

  /** Obsolete elements and the element that replaces each. */
  private static final Map<String, String> OBSOLETE_ELEMENTS =
      Map.of(
          "acronym", "abbr",
          "big", "span",
          "blink", "span",
          "font", "span",
          "nobr", "span",
          "strike", "s",
          "tt", "code",
          "marquee", "div");

  private static final Set<String> ALIGNED =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "caption", "thead",
          "tbody", "tfoot");

  private static final Pattern PIXELS =
      Pattern.compile("\\s*([0-9]+)(?:\\.[0-9]*)?\\s*(?:px)?\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern PERCENT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*");

  private static final Pattern MIME =
      Pattern.compile(
          "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;.*)?", Pattern.DOTALL);

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One change to the body.
   *
   * @param at the start tag (or the text) the input had where the change was made, to find it in
   *     the source; empty when the element was made by the parser
   * @param what what was changed, for a warning
   * @param hint how to fix it in the source
   */
  public record Repair(String at, String what, String hint) {}

  /**
   * The repaired HTML and what was repaired.
   *
   * @param html the HTML, the same string when nothing was repaired
   * @param repairs what changed, in the body's order; empty when nothing did
   */
  public record Result(String html, List<Repair> repairs) {}

  private HtmlRepair() {}

  /**
   * Repairs a body.
   *
   * @param html the body HTML, a sequence of block elements
   * @return the result
   */
  public static Result repair(String html) {
    return repair(html, Set.of());
  }

  /**
   * Repairs a body that is put in a page whose own elements have ids.
   *
   * @param html the body HTML, a sequence of block elements
   * @param pageIds the ids the page gives its own elements, which no element of the body may take
   * @return the result
   */
  public static Result repair(String html, Set<String> pageIds) {
    return new Session(html, pageIds).run();
  }

  /** One repair of one body: the parsed tree, the ids seen, the repairs made. */
  private static final class Session {
    private final String html;
    private final List<Repair> repairs = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private int changes;
    private final Map<Element, String> startTags = new IdentityHashMap<>();

    private final Set<String> pageIds;

    Session(String html, Set<String> pageIds) {
      this.html = html;
      this.pageIds = pageIds;
    }

    Result run() {
      Parser parser = Parser.htmlParser().setTrackErrors(20).setTrackPosition(true);
      Document doc = parser.parseInput(PREFIX + html, "");
      for (ParseError error : parser.getErrors()) {
        repairs.add(
            new Repair(
                tagAround(error.getPosition() - PREFIX.length()),
                "misnested or stray tag, repaired as browsers do (" + error.getErrorMessage() + ")",
                "close each element in the order it was opened, and only once"));
      }
      Element body = doc.body();
      List<Element> all = new ArrayList<>(body.getAllElements());
      for (Element e : all) {
        startTags.put(e, startTag(e));
      }
      // A repair can make another necessary (a list taken out of a <span> leaves its items
      // outside any list): the rules run again on the changed tree until it holds.
      for (int pass = 0; pass < 6; pass++) {
        int before = changes;
        ids.clear();
        ids.addAll(pageIds);
        for (Element e : pass == 0 ? all : new ArrayList<>(body.getAllElements())) {
          if (e == body || e.parent() == null || isForeign(e)) {
            continue;
          }
          element(e);
        }
        if (changes == before) {
          break;
        }
      }
      headings(body);
      if (repairs.isEmpty()) {
        return new Result(html, List.of());
      }
      doc.outputSettings()
          .prettyPrint(false)
          .charset(StandardCharsets.UTF_8)
          .escapeMode(Entities.EscapeMode.base);
      return new Result(body.html(), List.copyOf(repairs));
    }

    private void element(Element e) {
      String name = e.normalName();
      fixUrls(e);
      blockUnsafeUrls(e);
      if (name.equals("center")) {
        e.tagName("div");
        addStyle(e, "text-align", "center");
        add(e, "<center> became a centred <div>", "write a <div style=\"text-align: center\">");
        name = "div";
      } else if (OBSOLETE_ELEMENTS.containsKey(name)) {
        String modern = OBSOLETE_ELEMENTS.get(name);
        if (name.equals("font") && !e.attr("color").isBlank()) {
          addStyle(e, "color", e.attr("color").strip());
        }
        e.tagName(modern);
        add(
            e,
            "the obsolete <" + name + "> became a <" + modern + ">",
            "write <" + modern + "> (with a style or a class for its look)");
        name = modern;
      } else if (name.equals("style")) {
        String css = e.data().strip();
        e.remove();
        add(
            e,
            "a <style> element, which the body of a page cannot hold, was removed ("
                + abbreviate(css)
                + ")",
            "put the CSS in the site's stylesheet, or a style attribute on the element");
        return;
      }
      attributes(e, name);
      if (name.equals("img") && !e.hasAttr("alt")) {
        e.attr("alt", "");
        add(
            e,
            "an <img> without alt text was given alt=\"\": screen readers skip it as decorative"
                + " (accessibility)",
            "describe the image in alt=\"...\", or write alt=\"\" if it is decorative");
      }
      if (name.equals("figure")
          && e.hasAttr("role")
          && !e.getElementsByTag("figcaption").isEmpty()) {
        e.removeAttr("role");
        add(e, "role removed from a <figure> with a caption", "remove the role attribute");
      }
      if (name.equals("ul") || name.equals("ol") || name.equals("menu")) {
        listItems(e, name);
      }
      if (name.equals("figure")) {
        figcaption(e);
      }
      if (name.equals("details")) {
        summary(e);
      }
      if (name.equals("dl")) {
        descriptionList(e);
      }
      interactive(e, name);
      if (e.hasAttr("tabindex") && interactiveHolder(e) != null) {
        e.removeAttr("tabindex");
        add(
            e,
            "tabindex dropped from an element inside a link or button",
            "remove the tabindex: the link or button is what takes the focus");
      }
      if (e.parent() != null && HtmlRules.parents(name) != null) {
        Element parent = e.parent();
        if (!HtmlRules.parents(name).contains(parent.normalName())
            || (name.startsWith("d")
                && parent.normalName().equals("div")
                && !parent.parent().normalName().equals("dl"))) {
          e.unwrap();
          add(
              e,
              "a <"
                  + name
                  + "> outside a <"
                  + String.join(">, <", new TreeSet<>(HtmlRules.parents(name)))
                  + "> was replaced by its content",
              "put the <" + name + "> in its parent element, or drop it");
          return;
        }
      }
      if (e.parent() != null && HtmlRules.isFlowOnly(name)) {
        blockInPhrasing(e, name);
      }
    }

    /**
     * A description list holds groups of terms ({@code <dt>}) each followed by descriptions ({@code
     * <dd>}); one that does not becomes a {@code <div>}, its terms and descriptions too.
     */
    private void descriptionList(Element dl) {
      boolean valid = true;
      String previous = "start";
      for (org.jsoup.nodes.Node node : dl.childNodes()) {
        if (node instanceof org.jsoup.nodes.TextNode text) {
          valid &= text.isBlank();
        } else if (node instanceof Element child) {
          String c = child.normalName();
          if (c.equals("div")) {
            return; // groups wrapped in divs: left to the author
          } else if (c.equals("dt") || c.equals("dd")) {
            valid &= !(c.equals("dd") && previous.equals("start"));
            previous = c;
          } else if (!c.equals("script") && !c.equals("template")) {
            valid = false;
          }
        }
      }
      valid &= !previous.equals("dt");
      if (valid) {
        return;
      }
      for (Element child : dl.children()) {
        if (child.normalName().equals("dt") || child.normalName().equals("dd")) {
          child.tagName("div");
        }
      }
      dl.tagName("div");
      add(
          dl,
          "a <dl> holding other content than terms each followed by descriptions became a <div>",
          "write a <dl> as <dt> terms each followed by <dd> descriptions, and nothing else");
    }

    /** A details element starts with its summary; one without gets a summary of its own. */
    private void summary(Element details) {
      Element first = details.firstElementChild();
      boolean textFirst =
          !details.childNodes().isEmpty()
              && details.childNode(0) instanceof org.jsoup.nodes.TextNode text
              && !text.isBlank();
      if (first != null && first.normalName().equals("summary") && !textFirst) {
        return;
      }
      Element summary = details.selectFirst("> summary");
      if (summary == null) {
        details.prependElement("summary").text("\u2026");
        add(
            details,
            "a <details> without a <summary> was given one (\u2026)",
            "start the <details> with a <summary> that says what it holds");
      } else {
        details.prependChild(summary);
        add(
            summary,
            "the <summary> of a <details> was moved first",
            "put the <summary> first in the <details>");
      }
    }

    /** A figure's caption is its first or last child, and it has one at most. */
    private void figcaption(Element figure) {
      List<Element> captions = new ArrayList<>();
      for (Element child : figure.children()) {
        if (child.normalName().equals("figcaption")) {
          captions.add(child);
        }
      }
      for (int i = 1; i < captions.size(); i++) {
        captions.get(i).unwrap();
        add(
            captions.get(i),
            "a second <figcaption> in a <figure> was replaced by its content",
            "give a figure one caption");
      }
      if (!captions.isEmpty()) {
        Element caption = captions.get(0);
        if (caption.elementSiblingIndex() != 0 && caption != figure.lastElementChild()) {
          figure.appendChild(caption);
          add(
              caption,
              "a <figcaption> in the middle of its <figure> was moved to its end",
              "put the <figcaption> first or last in the <figure>");
        }
      }
    }

    // ------------------------------------------------------------ attributes

    private void attributes(Element e, String name) {
      if (!HtmlRules.knows(name)) {
        return;
      }
      if (e.hasAttr("align") && ALIGNED.contains(name)) {
        String align = HtmlRules.keyword(e.attr("align"));
        if (Set.of("left", "right", "center", "justify").contains(align)) {
          addStyle(e, "text-align", align);
        }
      }
      if (e.hasAttr("valign") && (name.equals("td") || name.equals("th") || name.equals("tr"))) {
        String valign = HtmlRules.keyword(e.attr("valign"));
        if (Set.of("top", "middle", "bottom", "baseline").contains(valign)) {
          addStyle(e, "vertical-align", valign);
        }
      }
      for (Attribute a : new ArrayList<>(e.attributes().asList())) {
        String key = a.getKey();
        String attribute = key.toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (!HtmlRules.allows(name, attribute)) {
          e.removeAttr(key);
          boolean styled = attribute.equals("align") || attribute.equals("valign");
          add(
              e,
              "the attribute "
                  + attribute
                  + " was dropped: the standard does not allow it on <"
                  + name
                  + ">"
                  + (styled ? " (it became a style)" : ""),
              styled
                  ? "write style=\"text-align: ...\" (or vertical-align) instead"
                  : "remove it, or use a style or a class for the look it gave");
        } else if (HtmlRules.isBoolean(attribute)) {
          if (!value.isEmpty() && !value.equalsIgnoreCase(attribute)) {
            a.setValue("");
            add(
                e,
                attribute
                    + "=\""
                    + abbreviate(value)
                    + "\" made a bare "
                    + attribute
                    + " (a boolean attribute is on whatever its value)",
                "write " + attribute + " alone to turn it on, leave it out to turn it off");
          }
        } else if (attribute.equals("type") && HtmlRules.types(name) != null) {
          if (!HtmlRules.types(name).contains(HtmlRules.keyword(value))) {
            e.removeAttr(key);
            add(
                e,
                "type=\"" + abbreviate(value) + "\" was dropped: not a type of <" + name + ">",
                "use one of " + String.join(", ", new TreeSet<>(HtmlRules.types(name))));
          }
        } else if (attribute.equals("type") && name.equals("ol")) {
          if (!Set.of("1", "a", "A", "i", "I").contains(value)) {
            e.removeAttr(key);
            add(
                e,
                "type=\"" + abbreviate(value) + "\" was dropped: not a numbering of <ol>",
                "use one of 1, a, A, i, I");
          }
        } else if (attribute.equals("type") && !MIME.matcher(value).matches()) {
          e.removeAttr(key);
          add(
              e,
              "type=\"" + abbreviate(value) + "\" was dropped: not a MIME type",
              "write a MIME type such as video/mp4, or leave type out");
        } else if (HtmlRules.keywords(attribute) != null) {
          if (!HtmlRules.keywords(attribute).contains(HtmlRules.keyword(value))) {
            e.removeAttr(key);
            add(
                e,
                attribute + "=\"" + abbreviate(value) + "\" was dropped: not a value it takes",
                "use one of " + String.join(", ", new TreeSet<>(HtmlRules.keywords(attribute))));
          }
        } else if (HtmlRules.isDimension(attribute)) {
          dimension(e, key, attribute, value);
        } else if (HtmlRules.isPositiveInteger(attribute)) {
          Matcher m = PIXELS.matcher(value);
          if (!(HtmlRules.isNonNegativeInteger(value) && Integer.parseInt("0" + value) > 0)) {
            if (m.matches() && Long.parseLong(m.group(1)) > 0) {
              a.setValue(String.valueOf(Long.parseLong(m.group(1))));
            } else {
              e.removeAttr(key);
            }
            add(
                e,
                attribute + "=\"" + abbreviate(value) + "\" is not an integer above zero",
                "write " + attribute + "=\"2\" (a whole number)");
          }
        } else if (attribute.equals("tabindex")) {
          if (!value.strip().matches("-?[0-9]+") || !value.equals(value.strip())) {
            e.removeAttr(key);
            add(e, "tabindex=\"" + abbreviate(value) + "\" was dropped", "write a whole number");
          }
        } else if (attribute.equals("border") && name.equals("table")) {
          if (!value.isEmpty() && !value.equals("1")) {
            e.removeAttr(key);
            add(
                e,
                "border=\"" + abbreviate(value) + "\" was dropped from a <table>",
                "leave border out (the site's style draws tables), or write border=\"1\"");
          }
        } else if (attribute.equals("target")) {
          String target = HtmlRules.keyword(value);
          if (value.isEmpty()
              || (value.startsWith("_")
                  && !Set.of("_blank", "_self", "_parent", "_top").contains(target))) {
            a.setValue("_blank");
            add(
                e,
                "target=\"" + abbreviate(value) + "\" became target=\"_blank\"",
                "write target=\"_blank\" (names starting with _ are keywords)");
          }
        } else if (attribute.equals("id")) {
          id(e, key, value);
        }
      }
      if (name.equals("input") && !e.attr("type").equalsIgnoreCase("image")) {
        for (String imageOnly : List.of("alt", "src", "width", "height")) {
          if (e.hasAttr(imageOnly)) {
            e.removeAttr(imageOnly);
            add(
                e,
                "the attribute " + imageOnly + " was dropped: an <input> has it only of type image",
                "remove it, or write type=\"image\"");
          }
        }
      }
      if (name.equals("iframe") && e.hasAttr("sandbox")) {
        sandbox(e);
      }
    }

    private void dimension(Element e, String key, String attribute, String value) {
      if (HtmlRules.isNonNegativeInteger(value)) {
        return;
      }
      Matcher pixels = PIXELS.matcher(value);
      Matcher percent = PERCENT.matcher(value);
      if (pixels.matches()) {
        e.attr(key, String.valueOf(Long.parseLong(pixels.group(1))));
        add(
            e,
            attribute + "=\"" + abbreviate(value) + "\" became " + e.attr(key),
            "write " + attribute + "=\"" + e.attr(key) + "\": a number of pixels, without unit");
      } else if (percent.matches() && !e.normalName().equals("source")) {
        e.removeAttr(key);
        addStyle(e, attribute, percent.group(1) + "%");
        add(
            e,
            attribute
                + "=\""
                + abbreviate(value)
                + "\" became a style (the attribute takes pixels only)",
            "write style=\"" + attribute + ": " + percent.group(1) + "%\" instead");
      } else {
        e.removeAttr(key);
        add(
            e,
            attribute + "=\"" + abbreviate(value) + "\" was dropped: not a number of pixels",
            "write " + attribute + "=\"300\" (pixels, without unit), or a style");
      }
    }

    private void id(Element e, String key, String value) {
      String id = SPACES.matcher(value.strip()).replaceAll("-");
      if (id.isEmpty() || ids.contains(id)) {
        e.removeAttr(key);
        add(
            e,
            id.isEmpty()
                ? "an empty id was dropped"
                : "the id '" + abbreviate(id) + "' was dropped: the page has it already",
            "give each element a different id, without spaces");
        return;
      }
      ids.add(id);
      if (!id.equals(value)) {
        e.attr(key, id);
        add(
            e,
            "the id '" + abbreviate(value) + "' became '" + abbreviate(id) + "' (no spaces)",
            "write ids without spaces");
      }
    }

    private void sandbox(Element iframe) {
      List<String> tokens =
          Arrays.stream(iframe.attr("sandbox").trim().split("\\s+"))
              .filter(t -> !t.isEmpty())
              .map(t -> t.toLowerCase(Locale.ROOT))
              .distinct()
              .collect(Collectors.toCollection(ArrayList::new));
      if (tokens.contains("allow-scripts") && tokens.contains("allow-same-origin")) {
        tokens.remove("allow-same-origin");
        iframe.attr("sandbox", String.join(" ", tokens));
        add(
            iframe,
            "allow-same-origin dropped from an iframe sandbox that allows scripts",
            "a sandbox with both allow-scripts and allow-same-origin is no sandbox: drop one");
      }
    }

    // ------------------------------------------------------------ nesting

    /** A list holds list items only: another element is put in an item of its own. */
    private void listItems(Element list, String name) {
      for (org.jsoup.nodes.Node node : new ArrayList<>(list.childNodes())) {
        if (node instanceof org.jsoup.nodes.TextNode text && !text.isBlank()) {
          text.wrap("<li></li>");
          add(
              list,
              "text directly in a <" + name + "> was put in a list item",
              "put each element of a list in an <li>");
          continue;
        }
        if (!(node instanceof Element child)) {
          continue;
        }
        String c = child.normalName();
        if (!c.equals("li") && !c.equals("script") && !c.equals("template")) {
          child.wrap("<li></li>");
          add(
              child,
              "a <" + c + "> directly in a <" + name + "> was put in a list item",
              "put each element of a list in an <li>");
        }
      }
    }

    /** Interactive content (a link, a button, an iframe...) inside a link or a button. */
    private void interactive(Element e, String name) {
      if (!HtmlRules.isInteractive(
          name, e::hasAttr, name.equals("input") && e.attr("type").equalsIgnoreCase("hidden"))) {
        return;
      }
      Element holder = interactiveHolder(e);
      if (holder == null) {
        return;
      }
      if (holder.normalName().equals("button") && name.equals("a")) {
        for (Element link : holder.select("a[href]")) {
          for (String c : holder.classNames()) {
            link.addClass(c);
          }
        }
        holder.unwrap();
        add(
            holder,
            "a <button> holding a link was replaced by the link",
            "write the link alone, with class=\"fr-btn\" to look like a button");
      } else if (name.equals("button")) {
        for (String c : e.classNames()) {
          holder.addClass(c);
        }
        e.unwrap();
        add(
            e,
            "a <button> inside a <"
                + holder.normalName()
                + "> was replaced by its content (the link takes its classes)",
            "write the link alone, with class=\"fr-btn\" to look like a button");
      } else {
        holder.after(e);
        add(
            e,
            "a <"
                + name
                + "> was moved out of the <"
                + holder.normalName()
                + "> that held it: interactive elements cannot be nested",
            "put the <" + name + "> next to the <" + holder.normalName() + ">, not inside it");
      }
    }

    /** A block (flow-only element) in an element that holds phrasing content only. */
    private void blockInPhrasing(Element e, String name) {
      Element holder = nonTransparentParent(e);
      if (holder == null || !HtmlRules.isPhrasingOnly(holder.normalName())) {
        return;
      }
      String h = holder.normalName();
      Element outer = nonTransparentParent(holder);
      if ((h.equals("span") || h.equals("p"))
          && (outer == null || HtmlRules.holdsFlow(outer.normalName()))) {
        holder.tagName("div");
        add(
            holder,
            "a <" + h + "> holding a <" + name + "> became a <div>",
            "a <" + h + "> holds text only: write a <div> to hold a <" + name + ">");
      } else if (name.equals("hr")) {
        e.remove();
        add(
            e,
            "an <hr> inside a <" + h + "> was removed",
            "put the <hr> between blocks, not inside a <" + h + ">");
      } else {
        e.unwrap();
        add(
            e,
            "a <"
                + name
                + "> inside a <"
                + h
                + "> (which holds text only) was replaced by its content",
            "close the <" + h + "> before the <" + name + ">, or drop the <" + name + ">");
      }
    }

    /** The link or button an element is in, or null. */
    private static Element interactiveHolder(Element e) {
      for (Element p = e.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
        if (p.normalName().equals("button") || (p.normalName().equals("a") && p.hasAttr("href"))) {
          return p;
        }
      }
      return null;
    }

    private static Element nonTransparentParent(Element e) {
      Element p = e.parent();
      while (p != null && HtmlRules.isTransparent(p.normalName())) {
        p = p.parent();
      }
      return p;
    }

    /** Headings follow the rules of Markdown ones: no h1 in the body, no skipped level. */
    private void headings(Element body) {
      int previous = 1;
      for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
        if (isForeign(h)) {
          continue;
        }
        int level = h.normalName().charAt(1) - '0';
        int fixed = level == 1 ? 2 : Math.min(level, previous + 1);
        if (fixed != level) {
          h.tagName("h" + fixed);
          if (level == 1) {
            add(
                h,
                "a level-1 heading in the body became level 2: the page title is the page's only"
                    + " level-1 heading",
                "use <h2> (or '##') for the body's sections");
          } else {
            add(
                h,
                "a level-"
                    + level
                    + " heading follows a level-"
                    + previous
                    + " heading (the page title is level 1); it became level "
                    + fixed,
                "use a level one below the heading before it");
          }
        }
        previous = fixed;
      }
    }

    // ------------------------------------------------------------ helpers

    private static boolean isForeign(Element e) {
      for (Element p = e; p != null; p = p.parent()) {
        String n = p.normalName();
        if (n.equals("svg") || n.equals("math")) {
          return true;
        }
      }
      return false;
    }

    private static void addStyle(Element e, String property, String value) {
      String style = e.attr("style").strip();
      if (style.toLowerCase(Locale.ROOT).matches("(?s)(.*;)?\\s*" + property + "\\s*:.*")) {
        return;
      }
      String declaration = property + ": " + value;
      e.attr("style", style.isEmpty() ? declaration : declaration + "; " + style);
    }

    private void add(Element e, String what, String hint) {
      changes++;
      repairs.add(new Repair(startTags.getOrDefault(e, ""), what, hint));
    }

    /** The start tag the input had for an element, or empty when the parser made it. */
    private String startTag(Element e) {
      Range range = e.sourceRange();
      if (!range.isTracked() || range.isImplicit()) {
        return "";
      }
      int from = range.start().pos() - PREFIX.length();
      int to = range.end().pos() - PREFIX.length();
      return from >= 0 && to <= html.length() && from < to ? html.substring(from, to) : "";
    }

    /** The tag of the input around a position, for a parse error. */
    private String tagAround(int position) {
      if (position < 0 || position > html.length()) {
        return "";
      }
      int from = html.lastIndexOf('<', Math.min(position, html.length() - 1));
      if (from < 0) {
        return "";
      }
      int to = html.indexOf('>', from);
      return html.substring(from, to < 0 ? html.length() : to + 1);
    }

    private static String abbreviate(String s) {
      String one = SPACES.matcher(s.strip()).replaceAll(" ");
      return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /**
     * The last line of defence for raw HTML in {@code PASS} mode: the browser's own reading of the
     * body (jsoup parses as the HTML standard says) is checked for unsafe URLs, which catches what
     * a fragment-by-fragment rewrite cannot see, such as an attribute value that spans several
     * Markdown blocks.
     */
    private void blockUnsafeUrls(Element e) {
      for (Attribute a : new ArrayList<>(e.attributes().asList())) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue();
        boolean unsafe;
        if (UrlAttributes.isUrl(name)) {
          unsafe = UrlAttributes.isUnsafe(e.normalName(), name, value);
        } else if (name.equals("content") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
          int url = value.toLowerCase(Locale.ROOT).indexOf("url=");
          unsafe = url >= 0 && UrlRules.isUnsafe(value.substring(url + 4), false);
        } else {
          unsafe = false;
        }
        if (unsafe) {
          e.attr(a.getKey(), UrlRules.BLOCKED);
          add(e, "an unsafe URL in " + name + " was blocked", "link to http(s) URLs only");
        }
      }
    }

    private void fixUrls(Element e) {
      for (Attribute a : e.attributes()) {
        if (!UrlAttributes.RESOLVED.contains(a.getKey().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String fixed = validUrl(a.getValue());
        if (!fixed.equals(a.getValue())) {
          a.setValue(fixed);
          add(
              e,
              "characters not allowed in a URL were percent-encoded",
              "percent-encode spaces and a second # in URLs");
        }
      }
    }
  }

  /**
   * Percent-encodes what URL syntax forbids: spaces and other characters outside it, and every
   * {@code #} after the first.
   *
   * @param url a URL
   * @return the URL, the same string when it was valid
   */
  public static String validUrl(String value) {
    String url = value.strip();
    StringBuilder out = null;
    boolean inFragment = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean encode;
      if (c == '#') {
        encode = inFragment;
        inFragment = true;
      } else {
        encode =
            c <= 0x20
                || c == 0x7f
                || c == '"'
                || c == '<'
                || c == '>'
                || c == '\\'
                || c == '^'
                || c == '`'
                || c == '{'
                || c == '|'
                || c == '}'
                || (c == '%' && !isHexPair(url, i + 1));
      }
      if (encode) {
        if (out == null) {
          out = new StringBuilder(url.length() + 8).append(url, 0, i);
        }
        out.append('%').append(HEX.charAt((c >> 4) & 0xf)).append(HEX.charAt(c & 0xf));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean isHexPair(String s, int from) {
    return from + 1 < s.length()
        && Character.digit(s.charAt(from), 16) >= 0
        && Character.digit(s.charAt(from + 1), 16) >= 0;
  }
}
