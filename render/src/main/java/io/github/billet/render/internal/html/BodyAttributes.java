package io.github.billet.render.internal.html;

import io.github.billet.core.Language;
import io.github.billet.core.markdown.AttributeBlock;
import io.github.billet.core.markdown.ContainerBlock;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.safety.PercentEncoding;
import io.github.billet.render.internal.safety.UrlAttributes;
import io.github.billet.render.internal.safety.UrlRules;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The attributes of the elements of one body: the URL rules for links and images (unsafe URLs
 * blocked, relative ones resolved against the page), and the attribute blocks ({@code {.class #id
 * key="value"}}) applied to what they follow, unsafe attributes refused.
 *
 * <pre>{@code
 * BodyAttributes attributes = new BodyAttributes(true, new UrlRules(pageUrl), problems);
 * String href = attributes.safeUrl(node, "../autre/", false);
 * }</pre>
 */
final class BodyAttributes {
  /** Attributes an attribute block may never set, whatever the policy. */
  private static final java.util.Set<String> REFUSED_ATTRIBUTES =
      java.util.Set.of(
          "srcdoc", "http-equiv", "content", "formaction", "action", "xmlns", "is", "nonce");

  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

  private final boolean billetExtensions;
  private final UrlRules urls;
  private final BodyProblems problems;
  private final Labels labels;
  private final Optional<Language> language;

  BodyAttributes(
      boolean billetExtensions,
      UrlRules urls,
      BodyProblems problems,
      Labels labels,
      Optional<Language> language) {
    this.billetExtensions = billetExtensions;
    this.urls = urls;
    this.problems = problems;
    this.labels = labels;
    this.language = language;
  }

  /** The attribute provider of the body's renderer. */
  AttributeProvider provider() {
    return new UrlAndAttributeProvider();
  }

  /** Applies the URL rules to links and images, and attribute blocks to what they follow. */
  final class UrlAndAttributeProvider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link && attributes.containsKey("href")) {
        rewrite(node, attributes, "href", ((Link) node).getDestination(), false);
      } else if (node instanceof Image && attributes.containsKey("src")) {
        rewrite(node, attributes, "src", ((Image) node).getDestination(), true);
      } else if (attributes.containsKey("data-footnote-backref")) {
        FootnoteLabels.localize(attributes, labels, language);
      }
      if (!billetExtensions) {
        return;
      }
      if ((node instanceof Link || node instanceof Image)
          && node.getNext() instanceof AttributeBlock) {
        apply((AttributeBlock) node.getNext(), attributes, node instanceof Image);
      }
      if (node instanceof Paragraph
          && node.getParent() instanceof ContainerBlock
          && ((ContainerBlock) node.getParent()).kind() == ContainerBlock.Kind.CALLOUT) {
        addClass(attributes, "fr-callout__text");
      }
    }
  }

  private void rewrite(
      Node node, Map<String, String> attributes, String name, String raw, boolean image) {
    attributes.put(
        name,
        UrlRules.isUnsafe(raw, image)
            ? blocked(node, raw)
            : image && urls.climbsAboveRoot(raw)
                ? UrlRules.BLOCKED
                : urls.resolve(PercentEncoding.encodeUrl(attributes.get(name))));
  }

  /**
   * The {@code href} or {@code src} of a link or image without an attribute block: what {@link
   * #rewrite} puts in the attributes commonmark starts from.
   */
  String safeUrl(Node node, String destination, boolean image) {
    // An image climbing above the site root is not shown: the site build reports it
    // (asset.outside-root), and a browser would fetch another file than the one named.
    return UrlRules.isUnsafe(destination, image)
        ? blocked(node, destination)
        : image && urls.climbsAboveRoot(destination)
            ? UrlRules.BLOCKED
            : urls.resolve(PercentEncoding.encodeUrl(destination));
  }

  private String blocked(Node node, String raw) {
    problems.warn(
        node,
        "url.unsafe",
        "the URL '" + BodyProblems.abbreviate(raw) + "' can run script and was blocked",
        "link to an http(s) address or a path");
    return UrlRules.BLOCKED;
  }

  /**
   * Adds an attribute block's items to an element's attributes, refusing unsafe ones.
   *
   * @param image true for an {@code <img>}, whose {@code src} and {@code srcset} may be {@code
   *     data:image/*}
   */
  void apply(AttributeBlock block, Map<String, String> attributes, boolean image) {
    for (AttributeBlock.Item item : block.items()) {
      String name = item.name().toLowerCase(Locale.ROOT);
      String value = item.value();
      if (name.equals("class")) {
        addClass(attributes, value);
      } else if (!ATTRIBUTE_NAME.matcher(name).matches()) {
        problems.warn(
            block, "attribute.invalid-name", "'" + name + "' is not an attribute name", "");
      } else if (name.startsWith("on") || REFUSED_ATTRIBUTES.contains(name)) {
        problems.warn(
            block,
            "attribute.unsafe",
            "the attribute '" + name + "' is not allowed in an attribute block",
            "event handlers, srcdoc, http-equiv and similar attributes can run or load code;"
                + " remove it");
      } else if (name.equals("style") && isUnsafeStyle(value)) {
        problems.warn(
            block,
            "attribute.unsafe",
            "this style can load or run code and was dropped",
            "use classes instead");
      } else if (UrlAttributes.SRCSET.contains(name)) {
        if (UrlAttributes.isUnsafe(image ? "img" : "a", name, value)) {
          problems.warn(
              block,
              "url.unsafe",
              "the srcset '" + BodyProblems.abbreviate(value) + "' can run script and was dropped",
              "list image paths or http(s) addresses");
        } else {
          attributes.put(name, value);
        }
      } else if (UrlAttributes.SINGLE.contains(name)) {
        if (UrlAttributes.isUnsafe(image ? "img" : "a", name, value)) {
          attributes.put(name, UrlRules.BLOCKED);
          problems.warn(
              block,
              "url.unsafe",
              "the URL '" + BodyProblems.abbreviate(value) + "' can run script and was blocked",
              "link to an http(s) address or a path");
        } else if (image && name.equals("src") && urls.climbsAboveRoot(value)) {
          // A browser would stop at the site root and fetch another file than the one named.
          attributes.put(name, UrlRules.BLOCKED);
        } else {
          attributes.put(name, urls.resolve(value));
        }
      } else {
        attributes.put(name, value);
      }
    }
  }

  private static boolean isUnsafeStyle(String style) {
    // Checked on the value with every character a browser or the output may drop removed (white
    // space, control and invisible characters) and CSS comment markers removed, their content
    // kept: what a comment hides is checked too, which can only block more.
    String decoded = UrlRules.decodeReferences(style).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      char next = i + 1 < decoded.length() ? decoded.charAt(i + 1) : 0;
      if ((c == '/' && next == '*') || (c == '*' && next == '/')) {
        i++;
      } else if (!(c <= 0x20
          || (c >= 0x7f && c <= 0x9f)
          || Character.getType(c) == Character.FORMAT)) {
        kept.append(c);
      }
    }
    String s = kept.toString();
    return s.contains("javascript:")
        || s.contains("vbscript:")
        || s.contains("expression(")
        || s.contains("url(")
        || s.contains("@import")
        || s.contains("behavior:")
        || s.contains("-moz-binding")
        || s.contains("\\");
  }

  private static void addClass(Map<String, String> attributes, String value) {
    String existing = attributes.get("class");
    attributes.put(
        "class", existing == null || existing.isEmpty() ? value : existing + " " + value);
  }

  String safeImageUrl(Node node, String url) {
    if (UrlRules.isUnsafe(url, true)) {
      problems.warn(
          node,
          "url.unsafe",
          "the URL '" + BodyProblems.abbreviate(url) + "' can run script and was blocked",
          "use an image path");
      return UrlRules.BLOCKED;
    }
    if (urls.climbsAboveRoot(url)) {
      return UrlRules.BLOCKED;
    }
    return urls.resolve(PercentEncoding.encodeUrl(url));
  }
}
