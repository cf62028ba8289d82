package io.github.billet.render.internal.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Makes a rendered body valid HTML where raw HTML written in posts (or a URL) would make the page
 * fail the HTML checker, changing as little as it can.
 *
 * <p>The body is parsed as the HTML standard says browsers do. When that parse met an error (a
 * misnested or stray tag: the browser's repair is kept), or when one of these repairs applies, the
 * body is written again from the parsed tree; otherwise it is returned unchanged, byte for byte:
 *
 * <ul>
 *   <li>URLs: characters that URL syntax forbids (spaces, a second {@code #} in the fragment...)
 *       are percent-encoded;
 *   <li>{@code <center>} becomes a {@code <div>} centred by style;
 *   <li>a {@code <button>} holding a link is replaced by the link, which takes the button's classes
 *       ({@code fr-btn} styles links too);
 *   <li>{@code <iframe>}: {@code allowfullscreen="true"} becomes {@code allowfullscreen}, the
 *       prefixed and obsolete attributes ({@code mozallowfullscreen}, {@code frameborder}...) are
 *       dropped, and a {@code sandbox} that allows both scripts and same origin (which cancels the
 *       sandbox) loses {@code allow-same-origin};
 *   <li>a {@code <figure>} with a caption loses a {@code role} attribute.
 * </ul>
 */
public final class HtmlRepair {

  private static final Set<String> OBSOLETE_IFRAME_ATTRIBUTES =
      Set.of(
          "mozallowfullscreen",
          "webkitallowfullscreen",
          "frameborder",
          "scrolling",
          "marginwidth",
          "marginheight",
          "longdesc",
          "align");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "cite", "poster");

  private static final String HEX = "0123456789ABCDEF";

  /**
   * The repaired HTML and what was repaired.
   *
   * @param html the HTML, the same string when nothing was repaired
   * @param repairs what changed, for a warning; empty when nothing did
   */
  public record Result(String html, List<String> repairs) {}

  private HtmlRepair() {}

  /**
   * Repairs a body.
   *
   * @param html the body HTML, a sequence of block elements
   * @return the result
   */
  public static Result repair(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = parser.parseInput("<!DOCTYPE html><html><head></head><body>" + html, "");
    Set<String> repairs = new LinkedHashSet<>();
    if (!parser.getErrors().isEmpty()) {
      repairs.add("misnested or stray tags (" + parser.getErrors().get(0).getErrorMessage() + ")");
    }
    Element body = doc.body();
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body) {
        continue;
      }
      fixUrls(e, repairs);
      blockUnsafeUrls(e, repairs);
      switch (e.normalName()) {
        case "center" -> {
          e.tagName("div");
          String style = e.attr("style");
          e.attr("style", style.isBlank() ? "text-align: center" : "text-align: center; " + style);
          repairs.add("<center> became a centred <div>");
        }
        case "button" -> unwrapButton(e, repairs);
        case "iframe" -> fixIframe(e, repairs);
        case "figure" -> {
          if (e.hasAttr("role") && !e.getElementsByTag("figcaption").isEmpty()) {
            e.removeAttr("role");
            repairs.add("role removed from a <figure> with a caption");
          }
        }
        default -> {}
      }
    }
    if (repairs.isEmpty()) {
      return new Result(html, List.of());
    }
    doc.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    return new Result(body.html(), List.copyOf(repairs));
  }

  /**
   * The last line of defence for raw HTML in {@code PASS} mode: the browser's own reading of the
   * body (jsoup parses as the HTML standard says) is checked for unsafe URLs, which catches what a
   * fragment-by-fragment rewrite cannot see, such as an attribute value that spans several Markdown
   * blocks.
   */
  private static void blockUnsafeUrls(Element e, Set<String> repairs) {
    boolean imageElement =
        e.normalName().equals("img")
            || e.normalName().equals("source")
            || e.normalName().equals("picture");
    for (Attribute a : new ArrayList<>(e.attributes().asList())) {
      String name = a.getKey().toLowerCase(Locale.ROOT);
      String value = a.getValue();
      boolean unsafe;
      if (name.equals("srcset") || name.equals("imagesrcset")) {
        unsafe = false;
        for (String candidate : value.split(",")) {
          String url = candidate.strip();
          int space = url.indexOf(' ');
          if (UrlRules.isUnsafe(space < 0 ? url : url.substring(0, space), imageElement)) {
            unsafe = true;
          }
        }
      } else if (RawHtmlUrls.URL_ATTRIBUTES.contains(name)) {
        boolean imageSource =
            (imageElement && (name.equals("src") || name.equals("lowsrc") || name.equals("dynsrc")))
                || name.equals("poster");
        unsafe = UrlRules.isUnsafe(value, imageSource);
      } else if (name.equals("content") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        int url = value.toLowerCase(Locale.ROOT).indexOf("url=");
        unsafe = url >= 0 && UrlRules.isUnsafe(value.substring(url + 4), false);
      } else {
        unsafe = false;
      }
      if (unsafe) {
        e.attr(a.getKey(), UrlRules.BLOCKED);
        repairs.add("an unsafe URL in " + name + " was blocked");
      }
    }
  }

  private static void unwrapButton(Element button, Set<String> repairs) {
    List<Element> links = button.select("a[href]");
    if (links.isEmpty()) {
      return;
    }
    for (Element link : links) {
      for (String c : button.classNames()) {
        link.addClass(c);
      }
    }
    button.unwrap();
    repairs.add("a <button> holding a link was replaced by the link");
  }

  private static void fixIframe(Element iframe, Set<String> repairs) {
    for (Attribute a : new ArrayList<>(iframe.attributes().asList())) {
      String name = a.getKey().toLowerCase(Locale.ROOT);
      if (OBSOLETE_IFRAME_ATTRIBUTES.contains(name)) {
        iframe.removeAttr(a.getKey());
        repairs.add("obsolete iframe attribute " + name + " dropped");
      }
    }
    if (iframe.hasAttr("allowfullscreen") && !iframe.attr("allowfullscreen").isEmpty()) {
      iframe.attr("allowfullscreen", "");
      repairs.add("allowfullscreen made a boolean attribute");
    }
    if (iframe.hasAttr("sandbox")) {
      List<String> tokens =
          Arrays.stream(iframe.attr("sandbox").trim().split("\\s+"))
              .filter(t -> !t.isEmpty())
              .map(t -> t.toLowerCase(Locale.ROOT))
              .distinct()
              .collect(Collectors.toCollection(ArrayList::new));
      if (tokens.contains("allow-scripts") && tokens.contains("allow-same-origin")) {
        tokens.remove("allow-same-origin");
        iframe.attr("sandbox", String.join(" ", tokens));
        repairs.add("allow-same-origin dropped from an iframe sandbox that allows scripts");
      }
    }
  }

  private static void fixUrls(Element e, Set<String> repairs) {
    for (Attribute a : e.attributes()) {
      if (!URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String fixed = validUrl(a.getValue());
      if (!fixed.equals(a.getValue())) {
        a.setValue(fixed);
        repairs.add("characters not allowed in a URL were percent-encoded");
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
