package io.github.billet.render.internal.html;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.markdown.AttributeBlock;
import io.github.billet.core.markdown.ContainerBlock;
import io.github.billet.core.markdown.PairedShortcodeBlock;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.core.markdown.TemplateCode;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.internal.safety.HtmlRepair;
import io.github.billet.render.internal.safety.HtmlSanitizer;
import io.github.billet.render.internal.safety.UrlRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders one body, the entry of the body writer: the body is written by commonmark's {@link
 * HtmlRenderer} with Billet's node renderers ({@link BilletNodes}) and attribute provider ({@link
 * BodyAttributes}), after its outline is decided ({@link HeadingOutline}); then sanitized and
 * repaired when it may need it. One instance per call, never shared; the document is only read.
 *
 * <pre>{@code
 * RenderedBody body = BodyHtml.render(settings, document, context, null);
 * }</pre>
 */
public final class BodyHtml {

  /**
   * What a {@code BodyRenderer} was configured with.
   *
   * @param policy what to do with raw HTML
   * @param billetExtensions true for Billet's Markdown (ids, containers, DSFR markup), false for
   *     plain CommonMark
   * @param rendererExtensions the commonmark extensions whose HTML renderers are used
   * @param sanitizer the sanitizer for {@link HtmlPolicy#SANITIZE}
   * @param shortcodes the renderers of single shortcodes by name ({@code imageContent} built in)
   * @param pairedShortcodes the renderers of paired shortcodes by name
   * @param labels the labels the body writes (footnote back-links)
   */
  public record Settings(
      HtmlPolicy policy,
      boolean billetExtensions,
      List<Extension> rendererExtensions,
      HtmlSanitizer sanitizer,
      Map<String, Shortcode> shortcodes,
      Map<String, Shortcode> pairedShortcodes,
      Labels labels) {

    /** Copies the maps. */
    public Settings {
      shortcodes = Map.copyOf(shortcodes);
      pairedShortcodes = Map.copyOf(pairedShortcodes);
      Objects.requireNonNull(labels, "labels");
    }

    /**
     * Settings with the built-in shortcodes only.
     *
     * @param policy what to do with raw HTML
     * @param billetExtensions true for Billet's Markdown, false for plain CommonMark
     * @param rendererExtensions the commonmark extensions whose HTML renderers are used
     * @param sanitizer the sanitizer for {@link HtmlPolicy#SANITIZE}
     */
    public Settings(
        HtmlPolicy policy,
        boolean billetExtensions,
        List<Extension> rendererExtensions,
        HtmlSanitizer sanitizer) {
      this(
          policy,
          billetExtensions,
          rendererExtensions,
          sanitizer,
          BUILT_IN_SHORTCODES,
          Map.of(),
          Labels.defaults());
    }
  }

  /**
   * Tells whether a name is a tag of the Nunjucks language, which cannot name a shortcode.
   *
   * @param name the name
   * @return true for {@code if}, {@code for}, {@code set}...
   */
  public static boolean isTemplateKeyword(String name) {
    return TemplateCode.isKeyword(name);
  }

  /** The shortcodes every renderer knows, unless given another renderer of the same name. */
  public static final Map<String, Shortcode> BUILT_IN_SHORTCODES =
      Map.of(ImageContentShortcode.NAME, new ImageContentShortcode());

  private final Settings settings;
  private final BodyContext context;
  private final Function<Node, SourcePosition> positions;

  private BodyHtml(
      Settings settings, BodyContext context, Function<Node, SourcePosition> positions) {
    this.settings = settings;
    this.context = context;
    this.positions = positions;
  }

  /**
   * Renders a document.
   *
   * @param settings the renderer configuration
   * @param document the parsed body, not changed
   * @param context the page and source of the body
   * @param positions where a node of the document is in the source file, for problems (such as
   *     {@code MarkdownBody::positionOf}); null to take the first source span on the way up
   * @return the HTML, table of contents and problems
   */
  public static RenderedBody render(
      Settings settings,
      Node document,
      BodyContext context,
      Function<Node, SourcePosition> positions) {
    return render(settings, document, context, positions, 0);
  }

  /**
   * Renders a document, with an idea of the size of its HTML.
   *
   * @param settings the renderer configuration
   * @param document the parsed body, not changed
   * @param context the page and source of the body
   * @param positions where a node of the document is in the source file, or null
   * @param sizeHint about the length of the HTML (such as its Markdown's), so that the buffer is
   *     made once at its size instead of grown and copied; 0 when unknown
   * @return the HTML, table of contents and problems
   */
  public static RenderedBody render(
      Settings settings,
      Node document,
      BodyContext context,
      Function<Node, SourcePosition> positions,
      int sizeHint) {
    BodyHtml session = new BodyHtml(settings, context, positions);
    return session.run(document, sizeHint);
  }

  private RenderedBody run(Node document, int sizeHint) {
    BodyProblems problems = new BodyProblems(context, positions);
    HeadingOutline outline = new HeadingOutline(problems);
    // Raw HTML or a suspicious URL is in the body.
    boolean mayNeedRepair = false;
    if (settings.billetExtensions()) {
      outline.assign(document);
      mayNeedRepair = findRawHtmlAndOddUrls(document);
      for (DialectCheck.Finding f : DialectCheck.find(document)) {
        problems.warn(f.node(), DialectCheck.CODE, f.message(), DialectCheck.HINT);
      }
    }
    Map<Class<? extends Node>, Node> unknown =
        UnknownNodes.firstOfEach(
            document, settings.billetExtensions() ? UnknownNodes.DIALECT : UnknownNodes.COMMONMARK);
    unknown
        .values()
        .forEach(
            n -> problems.warn(n, UnknownNodes.CODE, UnknownNodes.message(n), UnknownNodes.HINT));
    UrlRules urls = new UrlRules(context.pageUrl());
    BodyAttributes attributes =
        new BodyAttributes(
            settings.billetExtensions(), urls, problems, settings.labels(), context.language());
    BilletNodes nodes = new BilletNodes(settings, context, urls, problems, outline, attributes);
    HtmlRenderer commonmark =
        HtmlRenderer.builder()
            .nodeRendererFactory(c -> new UnknownNodes.Children(c, unknown.keySet()))
            .nodeRendererFactory(nodes::renderer)
            .attributeProviderFactory(c -> attributes.provider())
            .extensions(settings.rendererExtensions())
            // Link and image URLs are percent-encoded by the attribute provider, with the same
            // result and a fast path for the URLs that need nothing.
            .percentEncodeUrls(false)
            .build();
    nodes.use(commonmark);
    StringBuilder out = new StringBuilder(sizeHint > 0 ? sizeHint : 4096);
    commonmark.render(document, out);
    String html = out.toString();
    if (settings.policy() == HtmlPolicy.SANITIZE && mayHoldAuthorMarkup(document)) {
      html = settings.sanitizer().clean(html);
    }
    if (settings.billetExtensions() && (mayNeedRepair || nodes.wroteRawHtml())) {
      HtmlRepair.Result repaired = HtmlRepair.repair(html, PAGE_IDS);
      if (!repaired.repairs().isEmpty()) {
        html = repaired.html();
        // Each repair where the author wrote it, or at the body's start when not in raw HTML.
        RawHtmlPlaces places = new RawHtmlPlaces(document);
        for (HtmlRepair.Repair r : repaired.repairs()) {
          RawHtmlPlaces.Place at = places.find(r.at());
          String message = "the body's HTML was made valid: " + r.what();
          if (at != null) {
            problems.warnAt(at.node(), at.line(), at.column(), "html.repaired", message, r.hint());
          } else {
            problems.add(
                Problem.warning(
                    context.sourceName(),
                    context.bodyStartLine(),
                    0,
                    "html.repaired",
                    message,
                    r.hint()));
          }
        }
      }
    }
    return new RenderedBody(html, outline.toc(), problems.sorted());
  }

  // ---------------------------------------------------------------- what the body holds

  /**
   * Tells whether a destination holds what the renderer's percent-encoding leaves invalid: a second
   * {@code #}, or white space.
   */
  private static boolean needsUrlRepair(String url) {
    int hash = url.indexOf('#');
    if (hash >= 0 && url.indexOf('#', hash + 1) >= 0) {
      return true;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      // Printable ASCII is never white space: the usual URL is checked without a table lookup.
      if ((c <= ' ' || c >= 0x7F) && Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the sanitizer could change this body: raw HTML, a site shortcode's HTML, an
   * attribute block, a shortcode or container argument, or a link or image whose URL scheme the
   * allowlist does not keep. Everything else is markup this class writes from Markdown, escaped by
   * construction, which the sanitizer would only parse and write again.
   */
  private boolean mayHoldAuthorMarkup(Node document) {
    for (Node node = document; node != null; node = MarkdownBody.nextInPreOrder(node, document)) {
      if (node instanceof HtmlBlock
          || node instanceof HtmlInline
          || node instanceof AttributeBlock
          || node instanceof ShortcodeBlock
          || node instanceof PairedShortcodeBlock
          || (node instanceof ContainerBlock container && container.argument() != null)
          || (node instanceof Link link && !keptScheme(link.getDestination(), true))
          || (node instanceof Image image && !keptScheme(image.getDestination(), false))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the sanitizer's allowlist keeps a URL as it is: relative, or with a scheme it
   * allows (links: http, https, mailto, tel; images: http, https).
   */
  private static boolean keptScheme(String url, boolean link) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        String scheme = url.substring(0, i).toLowerCase(Locale.ROOT);
        return scheme.equals("http")
            || scheme.equals("https")
            || (link && (scheme.equals("mailto") || scheme.equals("tel")));
      }
      if (c == '/' || c == '?' || c == '#') {
        return true;
      }
    }
    return true;
  }

  /**
   * Tells whether the body holds raw HTML or URLs that {@link HtmlRepair} may have to fix: our own
   * markup is valid by construction, so bodies without them skip the repair parse.
   */
  private boolean findRawHtmlAndOddUrls(Node document) {
    boolean found = false;
    // Pre-order walk by the tree's own links, without a stack.
    for (Node node = document; node != null; node = MarkdownBody.nextInPreOrder(node, document)) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline || writesUserHtml(node)) {
        return true;
      } else if (node instanceof Link link) {
        found |= needsUrlRepair(link.getDestination());
      } else if (node instanceof Image image) {
        found |= needsUrlRepair(image.getDestination());
      }
    }
    return found;
  }

  /**
   * The ids the post page gives its own elements (the DSFR layout's main content and footer, the
   * breadcrumb's list): a heading never takes one ("Footer" becomes {@code footer-1}), so that a
   * page holds each id once.
   */
  public static final Set<String> PAGE_IDS = HeadingOutline.PAGE_IDS;

  /** Tells whether a node is a shortcode whose renderer is the site's own, not built in. */
  private boolean writesUserHtml(Node node) {
    if (node instanceof PairedShortcodeBlock) {
      return true;
    }
    return node instanceof ShortcodeBlock block
        && settings.shortcodes().containsKey(block.name())
        && !(settings.shortcodes().get(block.name()) instanceof ImageContentShortcode);
  }
}
