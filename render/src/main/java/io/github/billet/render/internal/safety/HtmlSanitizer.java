package io.github.billet.render.internal.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist of {@code HtmlPolicy.SANITIZE}: the markup Billet itself writes (DSFR classes,
 * heading ids, footnotes, tables, figures) plus common inline HTML, iframes only from configured
 * hosts over https. Built once per renderer; safe to share (it is only read).
 */
public final class HtmlSanitizer {

  private static final String BASE = "https://billet.invalid/";

  private final Set<String> iframeHosts;
  // Made when a body is first cleaned: a renderer that is never given raw HTML never needs it.
  private volatile Safelist safelist;

  /**
   * Creates the sanitizer.
   *
   * @param iframeHosts host names (lower case) iframes may come from
   */
  public HtmlSanitizer(Set<String> iframeHosts) {
    this.iframeHosts = Set.copyOf(iframeHosts);
  }

  private Safelist safelist() {
    Safelist made = safelist;
    if (made == null) {
      made = newSafelist();
      safelist = made;
    }
    return made;
  }

  private Safelist newSafelist() {
    Safelist safelist = new HostCheckingSafelist();
    return safelist
        .addTags(
            "a",
            "abbr",
            "b",
            "blockquote",
            "br",
            // Inert without handlers and forms; the repair after cleaning turns a button holding
            // a link into that link and a <center> into a centred <div>, as under PASS.
            "button",
            "caption",
            "center",
            "cite",
            "code",
            "col",
            "colgroup",
            "dd",
            "del",
            "details",
            "div",
            "dl",
            "dt",
            "em",
            "figcaption",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "i",
            "iframe",
            "img",
            "ins",
            "kbd",
            "li",
            "mark",
            "ol",
            "p",
            "pre",
            "q",
            "s",
            "samp",
            "section",
            "small",
            "span",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "u",
            "ul",
            "var")
        .addAttributes(
            ":all",
            "class",
            "id",
            "title",
            "lang",
            "dir",
            "role",
            "aria-hidden",
            "aria-label",
            "aria-describedby",
            "aria-labelledby",
            "aria-controls",
            "aria-expanded",
            "tabindex")
        // Accordions: a button is inert without script (no form or formaction is allowed).
        .addAttributes("button", "type")
        .addAttributes(
            "a",
            "href",
            "hreflang",
            "rel",
            "target",
            "data-footnote-ref",
            "data-footnote-backref",
            "data-footnote-backref-idx")
        .addAttributes("section", "data-footnotes")
        .addAttributes("button", "type")
        .addAttributes("img", "src", "alt", "width", "height", "loading")
        .addAttributes(
            "iframe",
            "src",
            "width",
            "height",
            "allow",
            "allowfullscreen",
            "frameborder",
            "loading",
            "referrerpolicy",
            "sandbox")
        .addAttributes("ol", "start", "reversed", "type")
        .addAttributes("td", "colspan", "rowspan", "headers")
        .addAttributes("th", "colspan", "rowspan", "headers", "scope")
        .addAttributes("col", "span")
        .addAttributes("colgroup", "span")
        .addAttributes("blockquote", "cite")
        .addAttributes("q", "cite")
        .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
        .addProtocols("img", "src", "http", "https")
        .addProtocols("blockquote", "cite", "http", "https")
        .addProtocols("q", "cite", "http", "https")
        .preserveRelativeLinks(true);
  }

  /** Only lets iframe sources through when they are https on an allowed host. */
  private final class HostCheckingSafelist extends Safelist {
    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
      if (tagName.equals("iframe") && attr.getKey().equalsIgnoreCase("src")) {
        return isAllowedFrame(attr.getValue());
      }
      return super.isSafeAttribute(tagName, el, attr);
    }
  }

  private boolean isAllowedFrame(String src) {
    try {
      URI uri = new URI(src.trim());
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && iframeHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Cleans a body: elements and attributes not on the list are removed (their text kept), iframes
   * without an allowed source removed entirely.
   *
   * @param html the body HTML
   * @return the clean HTML
   */
  public String clean(String html) {
    Document clean = cleanDocument(html);
    return clean.body().html();
  }

  private Document cleanDocument(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Document clean = new Cleaner(safelist()).clean(dirty);
    clean.select("iframe:not([src])").remove();
    clean.outputSettings().prettyPrint(false);
    return clean;
  }

  /**
   * Tells what cleaning would remove from a piece of raw HTML, for a warning: each element and
   * attribute by name. Scripts and event handlers are left out: they have warnings of their own.
   *
   * @param html a raw HTML block or inline tag
   * @return a short description, empty when nothing else would be removed
   */
  public Optional<String> describeRemovals(String html) {
    if (html.indexOf('<') < 0) {
      return Optional.empty();
    }
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Safelist list = safelist();
    Set<String> removed = new LinkedHashSet<>();
    for (Element e : dirty.body().getAllElements()) {
      if (e == dirty.body()) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("script")) {
        continue;
      }
      if (!list.isSafeTag(tag)) {
        removed.add("<" + tag + "> (its text kept)");
        continue;
      }
      if (tag.equals("iframe") && !isAllowedFrame(e.attr("src"))) {
        removed.add(
            "<iframe> from " + frameSource(e.attr("src")) + " (not an allowed iframe host)");
        continue;
      }
      for (Attribute attribute : e.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") && name.length() > 2) {
          continue;
        }
        if (!list.isSafeAttribute(tag, e, attribute)) {
          removed.add("attribute " + name + " of <" + tag + ">");
        }
      }
    }
    if (removed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("removed " + String.join(", ", removed));
  }

  /** Where a refused frame comes from, for its warning: the host, or what is wrong. */
  private static String frameSource(String src) {
    try {
      URI uri = new URI(src.trim());
      if (uri.getHost() == null) {
        return src.isBlank() ? "no source" : "'" + src + "'";
      }
      return (!"https".equalsIgnoreCase(uri.getScheme()) ? uri.getScheme() + " " : "")
          + uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "'" + src + "'";
    }
  }
}
