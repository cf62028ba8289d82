package io.github.billet.render.internal.html;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Problem;
import io.github.billet.core.Slugs;
import io.github.billet.core.SourcePosition;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.body.ShortcodeCall;
import io.github.billet.render.body.TocEntry;
import io.github.billet.render.internal.markdown.AttributeBlock;
import io.github.billet.render.internal.markdown.ContainerBlock;
import io.github.billet.render.internal.markdown.PairedShortcodeBlock;
import io.github.billet.render.internal.markdown.ShortcodeArguments;
import io.github.billet.render.internal.markdown.ShortcodeBlock;
import io.github.billet.render.internal.markdown.TemplateBlock;
import io.github.billet.render.internal.markdown.TemplateCode;
import io.github.billet.render.internal.safety.HtmlRepair;
import io.github.billet.render.internal.safety.HtmlSanitizer;
import io.github.billet.render.internal.safety.PercentEncoding;
import io.github.billet.render.internal.safety.RawHtmlScripts;
import io.github.billet.render.internal.safety.RawHtmlUrls;
import io.github.billet.render.internal.safety.UrlRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders one body: holds the per-page state (page URL, heading ids, problems) that commonmark's
 * renderer has no place for. One instance per call, never shared; the document is only read.
 *
 * <p>A document made only of the node kinds {@link DirectHtml} knows is written by it, straight
 * into one buffer; any other goes through commonmark's {@link HtmlRenderer} with Billet's node
 * renderers and attribute provider. Both give the same HTML and problems (the tests compare them),
 * and share Billet's own node renderers through {@link Out}.
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
   */
  public record Settings(
      HtmlPolicy policy,
      boolean billetExtensions,
      List<Extension> rendererExtensions,
      HtmlSanitizer sanitizer,
      Map<String, Shortcode> shortcodes,
      Map<String, Shortcode> pairedShortcodes) {

    /** Copies the maps. */
    public Settings {
      shortcodes = Map.copyOf(shortcodes);
      pairedShortcodes = Map.copyOf(pairedShortcodes);
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
      this(policy, billetExtensions, rendererExtensions, sanitizer, BUILT_IN_SHORTCODES, Map.of());
    }
  }

  /**
   * Tells whether a name is a tag of the Nunjucks language, which cannot name a shortcode.
   *
   * @param name the name
   * @return true for {@code if}, {@code for}, {@code set}...
   */
  public static boolean isTemplateKeyword(String name) {
    return TemplateCode.KEYWORDS.contains(name);
  }

  /** The shortcodes every renderer knows, unless given another renderer of the same name. */
  public static final Map<String, Shortcode> BUILT_IN_SHORTCODES =
      Map.of(ImageContentShortcode.NAME, new ImageContentShortcode());

  /** Attributes an attribute block may never set, whatever the policy. */
  private static final java.util.Set<String> REFUSED_ATTRIBUTES =
      java.util.Set.of(
          "srcdoc", "http-equiv", "content", "formaction", "action", "xmlns", "is", "nonce");

  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

  private final Settings settings;
  private final BodyContext context;
  private final Function<Node, SourcePosition> positions;
  private final UrlRules urls;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Heading, String> headingIds = new IdentityHashMap<>();
  private final Map<Heading, Integer> headingLevels = new IdentityHashMap<>();

  /**
   * The heading level of a titled container's title (an alert's, an accordion's): one below the
   * heading before it, so that the page's outline never skips a level.
   */
  private final Map<ContainerBlock, Integer> titleLevels = new IdentityHashMap<>();

  private final Map<ContainerBlock, String> accordionIds = new IdentityHashMap<>();

  private final List<TocEntry> toc = new ArrayList<>();

  private BodyHtml(
      Settings settings, BodyContext context, Function<Node, SourcePosition> positions) {
    this.settings = settings;
    this.context = context;
    this.positions = positions;
    this.urls = new UrlRules(context.pageUrl());
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
    return session.run(document, true, sizeHint);
  }

  /**
   * Renders a document always with commonmark's renderer, never with {@link DirectHtml}: the
   * reference the tests compare the direct rendering with.
   */
  static RenderedBody renderWithCommonmark(Settings settings, Node document, BodyContext context) {
    BodyHtml session = new BodyHtml(settings, context, null);
    return session.run(document, false, 0);
  }

  /**
   * Raw HTML or a suspicious URL was written: set on the way by {@link DirectHtml}, or beforehand
   * by {@link #findRawHtmlAndOddUrls} for commonmark's renderer.
   */
  private boolean mayNeedRepair;

  /** The renderer of a body commonmark renders, for the inner HTML of paired shortcodes. */
  private HtmlRenderer commonmark;

  private RenderedBody run(Node document, boolean allowDirect, int sizeHint) {
    String html = null;
    if (settings.billetExtensions()) {
      assignHeadingIds(document);
      if (allowDirect) {
        int warned = problems.size();
        try {
          html = new DirectHtml(sizeHint > 0 ? sizeHint : 4096).render(document);
        } catch (NotDirect e) {
          // A node the direct writer does not know: commonmark's renderer writes the body, and
          // gives again the warnings the direct writer gave before it stopped.
          problems.subList(warned, problems.size()).clear();
        }
      }
      if (html == null) {
        mayNeedRepair = findRawHtmlAndOddUrls(document);
      }
    }
    if (html == null) {
      commonmark =
          HtmlRenderer.builder()
              .nodeRendererFactory(BilletNodeRenderer::new)
              .attributeProviderFactory(c -> new UrlAndAttributeProvider())
              .extensions(settings.rendererExtensions())
              // Link and image URLs are percent-encoded by the attribute provider, with the same
              // result and a fast path for the URLs that need nothing.
              .percentEncodeUrls(false)
              .build();
      html = commonmark.render(document);
    }
    if (settings.policy() == HtmlPolicy.SANITIZE && mayHoldAuthorMarkup(document)) {
      html = settings.sanitizer().clean(html);
    }
    if (settings.billetExtensions() && mayNeedRepair) {
      HtmlRepair.Result repaired = HtmlRepair.repair(html);
      if (!repaired.repairs().isEmpty()) {
        html = repaired.html();
        problems.add(
            Problem.warning(
                context.sourceName(),
                context.bodyStartLine(),
                0,
                "html.repaired",
                "the body's HTML was made valid: " + String.join("; ", repaired.repairs()),
                "write valid HTML (or Markdown) so that the page shows as written"));
      }
    }
    problems.sort(null);
    return new RenderedBody(html, toc, problems);
  }

  // ---------------------------------------------------------------- headings

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
   * markup is valid by construction, so bodies without them skip the repair parse. For commonmark's
   * renderer; {@link DirectHtml} finds them as it writes them.
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
  public static final Set<String> PAGE_IDS = Set.of("main-content", "footer", "breadcrumb-1");

  /** Gives the headings their ids, levels and table of contents entries, in document order. */
  private void assignHeadingIds(Node document) {
    List<Heading> headings = new ArrayList<>();
    // Headings and the containers whose title is a heading, in document order.
    List<Block> outline = new ArrayList<>();
    // Headings are blocks: the walk goes down blocks only, never into a paragraph or the inline
    // nodes of anything, and without a stack.
    Node node = document;
    while (node != null) {
      if (node instanceof Heading heading) {
        headings.add(heading);
        outline.add(heading);
      } else if (node instanceof Block && !(node instanceof Paragraph)) {
        if (node instanceof ContainerBlock && hasHeadingTitle((ContainerBlock) node)) {
          outline.add((Block) node);
        }
        Node child = node.getFirstChild();
        while (child != null && !(child instanceof Block)) {
          child = child.getNext();
        }
        if (child != null) {
          node = child;
          continue;
        }
      }
      node = nextBlock(node, document);
    }
    Set<String> used = new HashSet<>(PAGE_IDS);
    Map<Heading, String> custom = new IdentityHashMap<>();
    for (Heading heading : headings) {
      AttributeBlock block = trailingAttributes(heading);
      if (block == null) {
        continue;
      }
      String id = null;
      for (AttributeBlock.Item item : block.items()) {
        if (item.name().equals("id")) {
          id = item.value();
        }
      }
      if (id != null) {
        if (!used.add(id)) {
          warn(
              block,
              "heading.duplicate-id",
              "the id '"
                  + id
                  + (PAGE_IDS.contains(id)
                      ? "' is the page's own (layout or breadcrumb)"
                      : "' is used by another heading"),
              "give each heading a different {#id}");
        }
        if (!PAGE_IDS.contains(id)) {
          custom.put(heading, id); // the page's own is never given: the heading gets its slug
        }
      }
    }
    // previousLevel: the level of the heading or title just before, which a heading may go one
    // below; sectionLevel: the level of the part a title belongs to, its own one below. A titled
    // container is a part of its own: the headings in it do not change the level of the titles
    // after it (two accordions in a row have the same level).
    int previousLevel = 1;
    int sectionLevel = 1;
    Deque<ContainerBlock> titled = new ArrayDeque<>();
    Deque<Integer> outerLevels = new ArrayDeque<>();
    for (Block block : outline) {
      while (!titled.isEmpty() && !isInside(block, titled.peek())) {
        titled.pop();
        sectionLevel = outerLevels.pop();
      }
      if (block instanceof ContainerBlock) {
        ContainerBlock container = (ContainerBlock) block;
        int level = Math.min(6, sectionLevel + 1);
        titleLevels.put(container, level);
        titled.push(container);
        outerLevels.push(sectionLevel);
        sectionLevel = level;
        previousLevel = level;
        continue;
      }
      Heading heading = (Heading) block;
      int level = Math.min(heading.getLevel(), previousLevel + 1);
      if (heading.getLevel() == 1) {
        // The page's title is its only h1: a title in the body becomes a section under it.
        level = 2;
        warn(
            heading,
            "heading.h1-in-body",
            "a level-1 heading in the body: the page title is the page's only level-1 heading;"
                + " it is shown as level 2",
            "use '##' for the body's sections, and the front matter's 'title' for the page's");
      } else if (level != heading.getLevel()) {
        warn(
            heading,
            "heading.level-skipped",
            "a level-"
                + heading.getLevel()
                + " heading follows a level-"
                + previousLevel
                + " heading (the page title is level 1); it is shown as level "
                + level,
            "use one more # than the heading before it");
      }
      headingLevels.put(heading, level);
      previousLevel = level;
      sectionLevel = level;
      String text = headingText(heading);
      String id = custom.get(heading);
      if (id == null) {
        String base = Slugs.slugify(text);
        if (base.isEmpty()) {
          base = "section";
        }
        id = base;
        for (int k = 1; used.contains(id); k++) {
          id = base + "-" + k;
        }
        used.add(id);
      }
      headingIds.put(heading, id);
      if (level == 2 || level == 3) {
        toc.add(new TocEntry(level, id, text));
      }
    }
    assignAccordionIds(outline, used);
  }

  /**
   * Tells whether a container's title is written as a heading: an accordion's, an alert's that has
   * one.
   */
  private static boolean hasHeadingTitle(ContainerBlock block) {
    return block.kind() == ContainerBlock.Kind.ACCORDION
        || (block.kind().isAlert() && !block.argument().isEmpty());
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives each accordion the id its content and button share: {@code accordion-} and its title's
   * slug, made unique against the page's own ids and the headings' (which keep theirs).
   */
  private void assignAccordionIds(List<Block> outline, Set<String> used) {
    for (Block block : outline) {
      if (block instanceof ContainerBlock
          && ((ContainerBlock) block).kind() == ContainerBlock.Kind.ACCORDION) {
        String slug = Slugs.slugify(((ContainerBlock) block).argument());
        String base = slug.isEmpty() ? "accordion" : "accordion-" + slug;
        String id = base;
        for (int k = 1; used.contains(id); k++) {
          id = base + "-" + k;
        }
        used.add(id);
        accordionIds.put((ContainerBlock) block, id);
      }
    }
  }

  /** The block after {@code node}'s subtree, in document order, or null. */
  private static Node nextBlock(Node node, Node root) {
    Node n = node;
    while (n != root) {
      for (Node next = n.getNext(); next != null; next = next.getNext()) {
        if (next instanceof Block) {
          return next;
        }
      }
      n = n.getParent();
    }
    return null;
  }

  private static AttributeBlock trailingAttributes(Heading heading) {
    return heading.getLastChild() instanceof AttributeBlock
        ? (AttributeBlock) heading.getLastChild()
        : null;
  }

  /** The plain text of a heading, without its trailing attribute block, whitespace collapsed. */
  static String headingText(Heading heading) {
    StringBuilder s = new StringBuilder();
    Node end = trailingAttributes(heading);
    for (Node c = heading.getFirstChild(); c != null && c != end; c = c.getNext()) {
      appendText(c, s);
    }
    String text = s.indexOf("{") < 0 ? s.toString() : TemplateCode.strip(s.toString());
    return collapseWhitespace(text).trim();
  }

  /** What {@code replaceAll("\\s+", " ")} gives, without a regular expression. */
  static String collapseWhitespace(CharSequence text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isRegexSpace(c)) {
        int end = i + 1;
        while (end < n && isRegexSpace(text.charAt(end))) {
          end++;
        }
        if (c != ' ' || end > i + 1) {
          if (out == null) {
            out = new StringBuilder(n).append(text, 0, i);
          }
          out.append(' ');
          i = end - 1;
          continue;
        }
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static void appendText(Node node, StringBuilder s) {
    if (node instanceof Text) {
      s.append(((Text) node).getLiteral());
    } else if (node instanceof Code) {
      s.append(((Code) node).getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      s.append(' ');
    } else if (node instanceof AttributeBlock) {
      s.append(((AttributeBlock) node).source());
    } else {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        appendText(c, s);
      }
    }
  }

  // ---------------------------------------------------------------- problems

  private void warn(Node node, String code, String message, String hint) {
    warnAt(node, 1, 1, code, message, hint);
  }

  /**
   * Warns at a place inside a node's source: {@code lineInNode} and {@code columnInNode} are
   * 1-based within the node's literal (a raw HTML block's third line). The column of a later line
   * is counted from the node's own indentation.
   */
  private void warnAt(
      Node node, int lineInNode, int columnInNode, String code, String message, String hint) {
    int line = 0;
    int column = 0;
    if (positions != null) {
      SourcePosition at = positions.apply(node);
      line = at.line();
      column = at.column();
    } else {
      for (Node n = node; n != null; n = n.getParent()) {
        List<SourceSpan> spans = n.getSourceSpans();
        // commonmark's tables extension gives a table body a null span when spans are off.
        if (!spans.isEmpty() && spans.get(0) != null) {
          line = spans.get(0).getLineIndex() + context.bodyStartLine();
          column = spans.get(0).getColumnIndex() + 1;
          break;
        }
      }
    }
    if (line > 0) {
      line += lineInNode - 1;
      column += columnInNode - 1;
    }
    problems.add(Problem.warning(context.sourceName(), line, column, code, message, hint));
  }

  // ---------------------------------------------------------------- attributes

  /** Applies the URL rules to links and images, and attribute blocks to what they follow. */
  private final class UrlAndAttributeProvider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link && attributes.containsKey("href")) {
        rewrite(node, attributes, "href", ((Link) node).getDestination(), false);
      } else if (node instanceof Image && attributes.containsKey("src")) {
        rewrite(node, attributes, "src", ((Image) node).getDestination(), true);
      }
      if (!settings.billetExtensions()) {
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
  private String safeUrl(Node node, String destination, boolean image) {
    // An image climbing above the site root is not shown: the site build reports it
    // (asset.outside-root), and a browser would fetch another file than the one named.
    return UrlRules.isUnsafe(destination, image)
        ? blocked(node, destination)
        : image && urls.climbsAboveRoot(destination)
            ? UrlRules.BLOCKED
            : urls.resolve(PercentEncoding.encodeUrl(destination));
  }

  private String blocked(Node node, String raw) {
    warn(
        node,
        "url.unsafe",
        "the URL '" + abbreviate(raw) + "' can run script and was blocked",
        "link to an http(s) address or a path");
    return UrlRules.BLOCKED;
  }

  /**
   * Adds an attribute block's items to an element's attributes, refusing unsafe ones.
   *
   * @param image true for an {@code <img>}, whose {@code src} and {@code srcset} may be {@code
   *     data:image/*}
   */
  private void apply(AttributeBlock block, Map<String, String> attributes, boolean image) {
    for (AttributeBlock.Item item : block.items()) {
      String name = item.name().toLowerCase(Locale.ROOT);
      String value = item.value();
      if (name.equals("class")) {
        addClass(attributes, value);
      } else if (!ATTRIBUTE_NAME.matcher(name).matches()) {
        warn(block, "attribute.invalid-name", "'" + name + "' is not an attribute name", "");
      } else if (name.startsWith("on") || REFUSED_ATTRIBUTES.contains(name)) {
        warn(
            block,
            "attribute.unsafe",
            "the attribute '" + name + "' is not allowed in an attribute block",
            "event handlers, srcdoc, http-equiv and similar attributes can run or load code;"
                + " remove it");
      } else if (name.equals("style") && isUnsafeStyle(value)) {
        warn(
            block,
            "attribute.unsafe",
            "this style can load or run code and was dropped",
            "use classes instead");
      } else if (name.equals("srcset") || name.equals("imagesrcset")) {
        if (isUnsafeSrcset(value, image)) {
          warn(
              block,
              "url.unsafe",
              "the srcset '" + abbreviate(value) + "' can run script and was dropped",
              "list image paths or http(s) addresses");
        } else {
          attributes.put(name, value);
        }
      } else if (RawHtmlUrls.URL_ATTRIBUTES.contains(name)) {
        if (UrlRules.isUnsafe(value, image && name.equals("src"))) {
          attributes.put(name, UrlRules.BLOCKED);
          warn(
              block,
              "url.unsafe",
              "the URL '" + abbreviate(value) + "' can run script and was blocked",
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

  private static boolean isUnsafeSrcset(String srcset, boolean image) {
    for (String candidate : UrlRules.decodeReferences(srcset).split(",")) {
      String[] parts = candidate.strip().split("\\s+");
      if (parts.length > 0 && UrlRules.isUnsafe(parts[0], image)) {
        return true;
      }
    }
    return false;
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

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  // ---------------------------------------------------------------- output

  /**
   * Where Billet's node renderers write: commonmark's {@link HtmlWriter} when commonmark renders
   * the document ({@link CommonmarkOut}), or a plain buffer when {@link DirectHtml} does. Both give
   * the same characters for the same calls.
   */
  private abstract static class Out {
    /** Starts a new line unless the output is empty or already ends one. */
    abstract void line();

    /** Appends markup as it is. */
    abstract void raw(String s);

    /** Appends text, escaping {@code & < > "}. */
    abstract void text(String s);

    /** Appends a tag with escaped attribute names and values, {@code " /"} before {@code >}. */
    abstract void tag(String name, Map<String, String> attributes, boolean isVoid);

    /** The attributes of an element: the defaults, then what the attribute provider sets. */
    abstract Map<String, String> extend(Node node, String tagName, Map<String, String> defaults);

    /** Renders the children of a node, stopping before {@code stopAt} (null for all). */
    abstract void children(Node parent, Node stopAt);

    /** Renders the children of a node apart, as the HTML of a body of their own. */
    abstract String capture(Node parent);

    final void tag(String name) {
      tag(name, Map.of(), false);
    }

    final void tag(String name, Map<String, String> attributes) {
      tag(name, attributes, false);
    }
  }

  /** {@link Out} over commonmark's writer and context, for documents commonmark renders. */
  private final class CommonmarkOut extends Out {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CommonmarkOut(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    void line() {
      html.line();
    }

    @Override
    void raw(String s) {
      html.raw(s);
    }

    @Override
    void text(String s) {
      html.text(s);
    }

    @Override
    void tag(String name, Map<String, String> attributes, boolean isVoid) {
      html.tag(name, attributes, isVoid);
    }

    @Override
    Map<String, String> extend(Node node, String tagName, Map<String, String> defaults) {
      return context.extendAttributes(node, tagName, defaults);
    }

    @Override
    void children(Node parent, Node stopAt) {
      Node c = parent.getFirstChild();
      while (c != null && c != stopAt) {
        Node next = c.getNext();
        context.render(c);
        c = next;
      }
    }

    @Override
    String capture(Node parent) {
      StringBuilder inner = new StringBuilder();
      for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
        // Each child starts a writer of its own: the line break between blocks is put here.
        if (inner.length() > 0 && inner.charAt(inner.length() - 1) != '\n') {
          inner.append('\n');
        }
        commonmark.render(c, inner);
      }
      return inner.toString();
    }
  }

  /** Billet's node renderers inside commonmark's {@link HtmlRenderer}. */
  private final class BilletNodeRenderer implements NodeRenderer {
    private final Out out;

    BilletNodeRenderer(HtmlNodeRendererContext context) {
      this.out = new CommonmarkOut(context);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      if (!settings.billetExtensions()) {
        return Set.of(HtmlBlock.class, HtmlInline.class);
      }
      return Set.of(
          HtmlBlock.class,
          HtmlInline.class,
          Heading.class,
          Text.class,
          AttributeBlock.class,
          ContainerBlock.class,
          ShortcodeBlock.class,
          PairedShortcodeBlock.class,
          TemplateBlock.class,
          TableBlock.class,
          TableHead.class,
          TableBody.class,
          TableRow.class,
          TableCell.class);
    }

    @Override
    public void render(Node node) {
      billetNode(node, out);
    }
  }

  /**
   * Renders a whole document without commonmark's renderer: the same HTML, character for character,
   * as commonmark's {@link HtmlRenderer} with Billet's node renderers, attribute provider and
   * renderer extensions, but written straight into one buffer, without a map of attributes for
   * every element nor a lookup of the renderer for every node. It writes only documents made of the
   * {@linkplain #DIRECT_NODES node classes it knows}, and throws {@link NotDirect} at any other.
   */
  private final class DirectHtml extends Out {
    private StringBuilder sb;
    private final UrlAndAttributeProvider provider = new UrlAndAttributeProvider();

    DirectHtml(int capacity) {
      sb = new StringBuilder(capacity);
    }

    String render(Node document) {
      node(document);
      return sb.toString();
    }

    @Override
    void line() {
      int n = sb.length();
      if (n != 0 && sb.charAt(n - 1) != '\n') {
        sb.append('\n');
      }
    }

    @Override
    void raw(String s) {
      sb.append(s);
    }

    @Override
    void text(String s) {
      escapeInto(sb, s);
    }

    @Override
    void tag(String name, Map<String, String> attributes, boolean isVoid) {
      sb.append('<').append(name);
      for (Map.Entry<String, String> a : attributes.entrySet()) {
        sb.append(' ');
        escapeInto(sb, a.getKey());
        sb.append("=\"");
        escapeInto(sb, a.getValue());
        sb.append('"');
      }
      sb.append(isVoid ? " />" : ">");
    }

    /** An element without attributes: {@code <name>} (or {@code </name>}). */
    private void plain(String name) {
      sb.append('<').append(name).append('>');
    }

    @Override
    Map<String, String> extend(Node node, String tagName, Map<String, String> defaults) {
      Map<String, String> attributes = new LinkedHashMap<>(defaults);
      provider.setAttributes(node, tagName, attributes);
      return attributes;
    }

    @Override
    void children(Node parent, Node stopAt) {
      Node c = parent.getFirstChild();
      while (c != null && c != stopAt) {
        Node next = c.getNext();
        node(c);
        c = next;
      }
    }

    @Override
    String capture(Node parent) {
      StringBuilder outer = sb;
      sb = new StringBuilder();
      try {
        children(parent, null);
        return sb.toString();
      } finally {
        sb = outer;
      }
    }

    private void node(Node node) {
      Class<?> kind = node.getClass();
      // The most frequent classes first; a subclass is not the class the writer knows.
      if (kind != Text.class
          && kind != SoftLineBreak.class
          && kind != Paragraph.class
          && kind != Link.class
          && kind != Emphasis.class
          && kind != StrongEmphasis.class
          && kind != Code.class
          && kind != ListItem.class
          && !DIRECT_NODES.contains(kind)) {
        throw new NotDirect();
      }
      if (node instanceof Text) {
        textNode((Text) node, this);
      } else if (node instanceof SoftLineBreak) {
        sb.append('\n');
      } else if (node instanceof Paragraph) {
        paragraph((Paragraph) node);
      } else if (node instanceof Link) {
        link((Link) node);
      } else if (node instanceof Emphasis) {
        inline(node, "em", "/em");
      } else if (node instanceof StrongEmphasis) {
        inline(node, "strong", "/strong");
      } else if (node instanceof Code) {
        plain("code");
        text(((Code) node).getLiteral());
        plain("/code");
      } else if (node instanceof ListItem) {
        plain("li");
        children(node, null);
        plain("/li");
        line();
      } else if (node instanceof BulletList) {
        list(node, "<ul>", "/ul");
      } else if (node instanceof OrderedList) {
        Integer marker = ((OrderedList) node).getMarkerStartNumber();
        int start = marker == null ? 1 : marker;
        list(node, start == 1 ? "<ol>" : "<ol start=\"" + start + "\">", "/ol");
      } else if (node instanceof Document) {
        children(node, null);
      } else if (node instanceof Image) {
        image((Image) node);
      } else if (node instanceof FencedCodeBlock) {
        String info = ((FencedCodeBlock) node).getInfo();
        String language = null;
        if (info != null && !info.isEmpty()) {
          int space = info.indexOf(' ');
          language = space < 0 ? info : info.substring(0, space);
        }
        codeBlock(((FencedCodeBlock) node).getLiteral(), language);
      } else if (node instanceof IndentedCodeBlock) {
        codeBlock(((IndentedCodeBlock) node).getLiteral(), null);
      } else if (node instanceof BlockQuote) {
        line();
        plain("blockquote");
        line();
        children(node, null);
        line();
        plain("/blockquote");
        line();
      } else if (node instanceof HardLineBreak) {
        sb.append("<br />");
        line();
      } else if (node instanceof ThematicBreak) {
        line();
        sb.append("<hr />");
        line();
      } else if (node instanceof Strikethrough) {
        inline(node, "del", "/del");
      } else if (!(node instanceof LinkReferenceDefinition)) {
        billetNode(node, this);
      }
    }

    private void inline(Node node, String open, String close) {
      plain(open);
      children(node, null);
      plain(close);
    }

    private void list(Node node, String open, String close) {
      line();
      sb.append(open);
      line();
      children(node, null);
      line();
      plain(close);
      line();
    }

    private void codeBlock(String literal, String language) {
      line();
      plain("pre");
      if (language == null) {
        plain("code");
      } else {
        sb.append("<code class=\"language-");
        escapeInto(sb, language);
        sb.append("\">");
      }
      text(literal);
      plain("/code");
      plain("/pre");
      line();
    }

    private void paragraph(Paragraph paragraph) {
      Node parent = paragraph.getParent();
      boolean tight =
          parent != null
              && parent.getParent() instanceof ListBlock
              && ((ListBlock) parent.getParent()).isTight();
      if (tight) {
        children(paragraph, null);
        return;
      }
      line();
      if (parent instanceof ContainerBlock) {
        tag("p", extend(paragraph, "p", Map.of()));
      } else {
        plain("p");
      }
      children(paragraph, null);
      plain("/p");
      line();
    }

    private void link(Link link) {
      mayNeedRepair |= needsUrlRepair(link.getDestination());
      if (link.getNext() instanceof AttributeBlock) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("href", link.getDestination());
        if (link.getTitle() != null) {
          defaults.put("title", link.getTitle());
        }
        tag("a", extend(link, "a", defaults));
      } else {
        sb.append("<a href=\"");
        escapeInto(sb, safeUrl(link, link.getDestination(), false));
        sb.append('"');
        if (link.getTitle() != null) {
          sb.append(" title=\"");
          escapeInto(sb, link.getTitle());
          sb.append('"');
        }
        sb.append('>');
      }
      children(link, null);
      plain("/a");
    }

    private void image(Image image) {
      mayNeedRepair |= needsUrlRepair(image.getDestination());
      StringBuilder alt = new StringBuilder();
      appendAltText(image, alt);
      Map<String, String> defaults = new LinkedHashMap<>();
      defaults.put("src", image.getDestination());
      defaults.put("alt", alt.toString());
      if (image.getTitle() != null) {
        defaults.put("title", image.getTitle());
      }
      if (image.getNext() instanceof AttributeBlock) {
        tag("img", extend(image, "img", defaults), true);
      } else {
        defaults.put("src", safeUrl(image, image.getDestination(), true));
        tag("img", defaults, true);
      }
    }
  }

  /**
   * Thrown by {@link DirectHtml} at a node it does not write; without a stack trace, which nobody
   * reads.
   */
  private static final class NotDirect extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotDirect() {
      super(null, null, false, false);
    }
  }

  /**
   * The node classes {@link DirectHtml} renders: commonmark's core nodes, strikethrough, tables and
   * Billet's own. A document holding any other (footnotes, a caller's extension) is rendered by
   * commonmark.
   */
  private static final Set<Class<? extends Node>> DIRECT_NODES =
      Set.of(
          Document.class,
          Paragraph.class,
          Heading.class,
          BlockQuote.class,
          BulletList.class,
          OrderedList.class,
          ListItem.class,
          FencedCodeBlock.class,
          IndentedCodeBlock.class,
          HtmlBlock.class,
          ThematicBreak.class,
          LinkReferenceDefinition.class,
          Text.class,
          Code.class,
          Emphasis.class,
          StrongEmphasis.class,
          Link.class,
          Image.class,
          HtmlInline.class,
          SoftLineBreak.class,
          HardLineBreak.class,
          Strikethrough.class,
          TableBlock.class,
          TableHead.class,
          TableBody.class,
          TableRow.class,
          TableCell.class,
          AttributeBlock.class,
          ContainerBlock.class,
          ShortcodeBlock.class,
          PairedShortcodeBlock.class,
          TemplateBlock.class);

  /**
   * Appends a text escaped as commonmark's {@code HtmlWriter} escapes text and attribute values:
   * {@code & < > "} become references, everything else is kept.
   *
   * <p>Text without any of them, the usual case, is appended whole (see {@link
   * Markup#appendRange}).
   */
  static void escapeInto(StringBuilder sb, String s) {
    int i = firstEscaped(s);
    if (i < 0) {
      sb.append(s);
      return;
    }
    int n = s.length();
    int run = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isEscaped(c)) {
        Markup.appendRange(sb, s, run, i);
        sb.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
        run = i + 1;
      }
    }
    Markup.appendRange(sb, s, run, n);
  }

  /**
   * The index of the first of {@code & < > "} in a text, or -1: four {@code indexOf} calls, which
   * the JVM runs as vector instructions, are faster than one loop over the characters.
   */
  private static int firstEscaped(String s) {
    return earliest(
        earliest(s.indexOf('&'), s.indexOf('<')), earliest(s.indexOf('>'), s.indexOf('"')));
  }

  /** The smaller of two indexes, -1 standing for "not found". */
  private static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static boolean isEscaped(char c) {
    return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"');
  }

  /**
   * What commonmark's image renderer puts in {@code alt}: the text and code, breaks as line feeds.
   */
  private static void appendAltText(Node node, StringBuilder alt) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text) {
        alt.append(((Text) c).getLiteral());
      } else if (c instanceof Code) {
        alt.append(((Code) c).getLiteral());
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        alt.append('\n');
      } else {
        appendAltText(c, alt);
      }
    }
  }

  // ---------------------------------------------------------------- Billet's nodes

  /** Renders one of the nodes {@link BilletNodeRenderer#getNodeTypes()} lists. */
  private void billetNode(Node node, Out out) {
    if (node instanceof HtmlBlock) {
      htmlBlock((HtmlBlock) node, out);
    } else if (node instanceof HtmlInline) {
      htmlInline((HtmlInline) node, out);
    } else if (node instanceof Heading) {
      heading((Heading) node, out);
    } else if (node instanceof Text) {
      textNode((Text) node, out);
    } else if (node instanceof AttributeBlock) {
      attributeBlock((AttributeBlock) node, out);
    } else if (node instanceof ContainerBlock) {
      container((ContainerBlock) node, out);
    } else if (node instanceof ShortcodeBlock) {
      shortcode((ShortcodeBlock) node, out);
    } else if (node instanceof TemplateBlock) {
      template((TemplateBlock) node, out);
    } else if (node instanceof PairedShortcodeBlock) {
      paired((PairedShortcodeBlock) node, out);
    } else {
      table(node, out);
    }
  }

  // raw HTML

  private String neutralized(Node node, String literal) {
    return RawHtmlUrls.rewrite(
        literal,
        urls,
        (tag, attribute, value) ->
            warn(
                node,
                "url.unsafe",
                "the URL '"
                    + abbreviate(value)
                    + "' in <"
                    + tag
                    + " "
                    + attribute
                    + "> can run script and was blocked",
                "link to an http(s) address or a path"));
  }

  private void htmlBlock(HtmlBlock block, Out out) {
    mayNeedRepair = true;
    warnScripts(block, block.getLiteral());
    out.line();
    if (settings.policy() == HtmlPolicy.ESCAPE) {
      out.tag("p", out.extend(block, "p", Map.of()));
      out.text(block.getLiteral());
      out.tag("/p");
    } else {
      String literal = neutralized(block, block.getLiteral());
      warnSanitized(block, literal);
      out.raw(literal);
    }
    out.line();
  }

  private void htmlInline(HtmlInline inline, Out out) {
    mayNeedRepair = true;
    warnScripts(inline, inline.getLiteral());
    if (settings.policy() == HtmlPolicy.ESCAPE) {
      out.text(inline.getLiteral());
    } else {
      String literal = neutralized(inline, inline.getLiteral());
      warnSanitized(inline, literal);
      out.raw(literal);
    }
  }

  /**
   * Warns, whatever the policy, at each {@code <script>} element and event handler attribute of a
   * piece of raw HTML, saying what the policy did with it.
   */
  private void warnScripts(Node node, String literal) {
    for (RawHtmlScripts.Found found : RawHtmlScripts.find(literal)) {
      String what =
          found.isScript()
              ? "a <script> element in raw HTML"
              : "the event handler attribute '" + found.attribute() + "' of <" + found.tag() + ">";
      String done;
      String hint;
      switch (settings.policy()) {
        case PASS:
          done = " is kept and runs in readers' browsers (HTML policy PASS)";
          hint = "remove it unless the author is trusted; the default policy, SANITIZE, removes it";
          break;
        case ESCAPE:
          done = " is shown as text, not run (HTML policy ESCAPE)";
          hint = "remove it from the post: a page's scripts belong in its layout";
          break;
        default:
          done = " was removed (HTML policy SANITIZE)";
          hint =
              "remove it from the post: a page's scripts belong in its layout (or choose the PASS"
                  + " policy, for trusted authors only)";
      }
      warnAt(
          node,
          found.line(),
          found.column(),
          found.isScript() ? "html.script" : "html.event-handler",
          what + done,
          hint);
    }
  }

  /** Under SANITIZE, warns at a piece of raw HTML that loses other markup than scripts. */
  private void warnSanitized(Node node, String literal) {
    if (settings.policy() != HtmlPolicy.SANITIZE) {
      return;
    }
    settings
        .sanitizer()
        .describeRemovals(literal)
        .ifPresent(
            what ->
                warn(
                    node,
                    "html.sanitized",
                    "raw HTML was changed by the SANITIZE policy: " + what,
                    "use Markdown for it, add the iframe's host to html.iframeHosts, or choose the"
                        + " PASS policy for trusted authors"));
  }

  // headings

  private void heading(Heading heading, Out out) {
    String tag = "h" + headingLevels.getOrDefault(heading, heading.getLevel());
    String id = headingIds.get(heading);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", id);
    AttributeBlock trailing = trailingAttributes(heading);
    if (trailing != null) {
      apply(trailing, attributes, false);
      attributes.put("id", id);
    }
    out.line();
    out.tag(tag, out.extend(heading, tag, attributes));
    out.children(heading, trailing);
    Map<String, String> anchor = new LinkedHashMap<>();
    anchor.put("class", "heading-anchor");
    anchor.put("href", "#" + id);
    anchor.put("aria-hidden", "true");
    anchor.put("tabindex", "-1");
    out.raw(" ");
    out.tag("a", anchor);
    out.text("#");
    out.tag("/a");
    out.tag("/" + tag);
    out.line();
  }

  // text and attribute blocks

  private void textNode(Text text, Out out) {
    String literal = text.getLiteral();
    Node next = text.getNext();
    if (next instanceof AttributeBlock
        && next.getNext() == null
        && text.getParent() instanceof Heading) {
      literal = literal.stripTrailing();
    }
    if (literal.indexOf('{') >= 0
        && (literal.contains("{{") || literal.contains("{%") || literal.contains("{#"))) {
      literal = withoutTemplateCode(text, literal);
    }
    out.text(literal);
  }

  /**
   * A text without its template-engine code ({@code {{ ... }}}, {@code {# ... #}}, Nunjucks tags),
   * each reported where it is; a shortcode inside a paragraph stays, as text, with a warning.
   */
  private String withoutTemplateCode(Text text, String literal) {
    StringBuilder kept = new StringBuilder(literal.length());
    boolean shortcodeWarned = false;
    int i = 0;
    while (i < literal.length()) {
      String closer = TemplateCode.closerAt(literal, i);
      int end = closer == null ? -1 : literal.indexOf(closer, i + 2);
      if (end < 0) {
        kept.append(literal.charAt(i++));
        continue;
      }
      String construct = literal.substring(i, end + 2);
      if (TemplateCode.isTemplateCode(construct)) {
        warnAt(
            text,
            1,
            i + 1,
            TemplateCode.UNSUPPORTED,
            "template code is not run and is left out of the page: " + abbreviate(construct),
            TemplateCode.HINT);
      } else {
        if (!shortcodeWarned) {
          warn(
              text,
              "shortcode.inline",
              "a shortcode inside a paragraph is shown as text",
              "put the shortcode on a line of its own");
          shortcodeWarned = true;
        }
        kept.append(construct);
      }
      i = end + 2;
    }
    return kept.toString();
  }

  private void attributeBlock(AttributeBlock block, Out out) {
    Node previous = block.getPrevious();
    boolean appliesToPrevious = previous instanceof Link || previous instanceof Image;
    boolean endsHeading = block.getParent() instanceof Heading && block.getNext() == null;
    if (!appliesToPrevious && !endsHeading) {
      out.text(block.source());
    }
  }

  // containers

  private void container(ContainerBlock block, Out out) {
    if (!block.isClosed()) {
      warn(
          block,
          "container.unclosed",
          "the " + block.opening() + " container is never closed",
          "add a line holding only "
              + String.valueOf(block.kind().marker()).repeat(block.fenceLength())
              + " where it ends");
    }
    out.line();
    switch (block.kind()) {
      case CALLOUT -> box(block, "fr-callout", "p", "fr-callout__title", out);
      case HIGHLIGHT -> highlight(block, out);
      case ACCORDION -> accordion(block, out);
      case ACCORDIONS_GROUP -> {
        out.tag("div", out.extend(block, "div", Map.of("class", "fr-accordions-group")));
        out.children(block, null);
        out.line();
        out.tag("/div");
      }
      case QUOTE -> quote(block, out);
      default -> {
        String classes = "fr-alert fr-alert--" + block.kind().markdownName();
        if (block.argument().isEmpty()) {
          classes += " fr-alert--sm";
        }
        box(block, classes, "h" + titleLevels.getOrDefault(block, 3), "fr-alert__title", out);
      }
    }
    out.line();
  }

  /** A callout or alert: a div, its title (the container's argument) when given, its content. */
  private static void box(
      ContainerBlock block, String classes, String titleTag, String titleClass, Out out) {
    out.tag("div", out.extend(block, "div", Map.of("class", classes)));
    if (!block.argument().isEmpty()) {
      out.tag(titleTag, Map.of("class", titleClass));
      out.text(block.argument());
      out.tag("/" + titleTag);
      out.line();
    }
    out.children(block, null);
    out.line();
    out.tag("/div");
  }

  /** A highlight takes no title: an argument is shown as its first paragraph, with a warning. */
  private void highlight(ContainerBlock block, Out out) {
    out.tag("div", out.extend(block, "div", Map.of("class", "fr-highlight")));
    if (!block.argument().isEmpty()) {
      warn(
          block,
          "container.argument-ignored",
          "a :::highlight container has no title; '"
              + abbreviate(block.argument())
              + "' is shown as its first paragraph",
          "write the text on the lines after :::highlight");
      out.line();
      out.tag("p");
      out.text(block.argument());
      out.tag("/p");
    }
    out.children(block, null);
    out.line();
    out.tag("/div");
  }

  /**
   * A DSFR accordion: its title (escaped text) in a button that shows or hides the content, which
   * the button names by id.
   */
  private void accordion(ContainerBlock block, Out out) {
    String id = accordionIds.get(block);
    String heading = "h" + titleLevels.getOrDefault(block, 3);
    out.tag("section", out.extend(block, "section", Map.of("class", "fr-accordion")));
    out.line();
    out.tag(heading, Map.of("class", "fr-accordion__title"));
    Map<String, String> button = new LinkedHashMap<>();
    button.put("type", "button");
    button.put("class", "fr-accordion__btn");
    button.put("aria-expanded", "false");
    button.put("aria-controls", id);
    out.tag("button", button);
    out.text(block.argument());
    out.tag("/button");
    out.tag("/" + heading);
    out.line();
    Map<String, String> collapse = new LinkedHashMap<>();
    collapse.put("class", "fr-collapse");
    collapse.put("id", id);
    out.tag("div", collapse);
    out.line();
    out.children(block, null);
    out.line();
    out.tag("/div");
    out.line();
    out.tag("/section");
  }

  private void quote(ContainerBlock block, Out out) {
    String image = block.argument();
    if (image.startsWith("[") && image.endsWith("]")) {
      image = image.substring(1, image.length() - 1).trim();
    }
    String classes = image.isEmpty() ? "fr-quote" : "fr-quote fr-quote--column";
    out.tag("figure", out.extend(block, "figure", Map.of("class", classes)));
    out.line();
    out.tag("blockquote");
    out.line();
    out.children(block, null);
    out.line();
    out.tag("/blockquote");
    out.line();
    if (!image.isEmpty()) {
      out.tag("figcaption");
      out.tag("div", Map.of("class", "fr-quote__image"));
      Map<String, String> img = new LinkedHashMap<>();
      img.put("class", "fr-responsive-img");
      img.put("src", safeImageUrl(block, image));
      img.put("alt", "");
      out.tag("img", img, true);
      out.tag("/div");
      out.tag("/figcaption");
      out.line();
    }
    out.tag("/figure");
  }

  private String safeImageUrl(Node node, String url) {
    if (UrlRules.isUnsafe(url, true)) {
      warn(
          node,
          "url.unsafe",
          "the URL '" + abbreviate(url) + "' can run script and was blocked",
          "use an image path");
      return UrlRules.BLOCKED;
    }
    if (urls.climbsAboveRoot(url)) {
      return UrlRules.BLOCKED;
    }
    return urls.resolve(PercentEncoding.encodeUrl(url));
  }

  // template-engine code

  private void template(TemplateBlock block, Out out) {
    String source = block.source();
    int lineEnd = source.indexOf('\n');
    String first = abbreviate(lineEnd < 0 ? source : source.substring(0, lineEnd));
    if (!block.isClosed()) {
      warn(
          block,
          TemplateCode.UNSUPPORTED,
          "'" + first + "' opens template code that is never closed; it is shown as text",
          "close it with }}, %} or #}, or escape the brace as \\{");
      out.line();
      out.tag("p");
      out.text(source);
      out.tag("/p");
      out.line();
      return;
    }
    warn(
        block,
        TemplateCode.UNSUPPORTED,
        "template code is not run and is left out of the page: " + first,
        TemplateCode.HINT);
    if (!block.trailing().isEmpty()) {
      out.line();
      out.tag("p");
      out.text(block.trailing());
      out.tag("/p");
      out.line();
    }
  }

  // shortcodes

  private void shortcode(ShortcodeBlock block, Out out) {
    Shortcode renderer = settings.shortcodes().get(block.name());
    if (renderer == null) {
      List<String> known = new ArrayList<>(settings.shortcodes().keySet());
      known.addAll(settings.pairedShortcodes().keySet());
      known.sort(null);
      warn(
          block,
          "shortcode.unknown",
          "unknown shortcode '" + block.name() + "' is shown as text",
          (known.size() == 1 ? "the known shortcode is " : "the known shortcodes are ")
              + String.join(", ", known));
      asWritten(block.source(), out);
      return;
    }
    String html = call(block, block.name(), block.arguments(), renderer, null);
    if (html == null) {
      asWritten(block.source(), out);
    } else {
      out.line();
      out.raw(html);
      out.line();
    }
  }

  private void paired(PairedShortcodeBlock block, Out out) {
    if (!block.isClosed()) {
      warn(
          block,
          "shortcode.unclosed",
          "the paired shortcode '" + block.name() + "' is never closed",
          "add a line {% end" + block.name() + " %} where it ends");
    }
    String inner = out.capture(block);
    Shortcode renderer = settings.pairedShortcodes().get(block.name());
    String html = call(block, block.name(), block.arguments(), renderer, inner);
    if (html == null) {
      asWritten(block.source(), out);
      out.line();
      out.raw(inner);
      if (block.isClosed()) {
        asWritten("{% end" + block.name() + " %}", out);
      }
    } else {
      out.line();
      out.raw(html);
      out.line();
    }
  }

  /**
   * Calls a shortcode's renderer; null, with a warning, when its arguments cannot be read or it
   * fails.
   */
  private String call(Node block, String name, String arguments, Shortcode renderer, String inner) {
    List<Object> values = ShortcodeArguments.parse(arguments).orElse(null);
    if (values == null) {
      warn(
          block,
          "shortcode.invalid",
          "the arguments of '" + name + "' cannot be read: " + abbreviate(arguments),
          "write them as in Nunjucks: quoted texts, numbers and [lists], separated by commas");
      return null;
    }
    try {
      String html = renderer.render(new Call(block, name, values, inner));
      if (!(renderer instanceof ImageContentShortcode)) {
        mayNeedRepair = true;
      }
      return html == null ? "" : html;
    } catch (IllegalArgumentException e) {
      warn(
          block,
          "shortcode.invalid",
          String.valueOf(e.getMessage()) + "; the shortcode is shown as written",
          "give '" + name + "' the arguments it expects");
      return null;
    } catch (RuntimeException e) {
      warn(
          block,
          "shortcode.failed",
          "the renderer of '" + name + "' failed: " + e + "; the shortcode is shown as written",
          "this is a fault of the site's shortcode renderer, not of the post");
      return null;
    }
  }

  /** Tells whether a node is a shortcode whose renderer is the site's own, not built in. */
  private boolean writesUserHtml(Node node) {
    if (node instanceof PairedShortcodeBlock) {
      return true;
    }
    return node instanceof ShortcodeBlock block
        && settings.shortcodes().containsKey(block.name())
        && !(settings.shortcodes().get(block.name()) instanceof ImageContentShortcode);
  }

  private static void asWritten(String source, Out out) {
    out.line();
    out.tag("p");
    out.text(source);
    out.tag("/p");
    out.line();
  }

  /** One use of a shortcode, as its renderer sees it. */
  final class Call implements ShortcodeCall {
    private final Node block;
    private final String name;
    private final List<Object> arguments;
    private final String inner;

    Call(Node block, String name, List<Object> arguments, String inner) {
      this.block = block;
      this.name = name;
      this.arguments = List.copyOf(arguments);
      this.inner = inner;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Object> arguments() {
      return arguments;
    }

    @Override
    public Optional<String> innerHtml() {
      return Optional.ofNullable(inner);
    }

    @Override
    public String pageUrl() {
      return context.pageUrl();
    }

    @Override
    public String url(String url) {
      return safeUrl(block, url, false);
    }

    /** An image source: {@code data:image/*} is allowed. */
    String imageUrl(String url) {
      return safeImageUrl(block, url);
    }
  }

  // tables

  private void table(Node node, Out out) {
    if (node instanceof TableBlock) {
      out.line();
      out.tag("div", Map.of("class", "fr-table"));
      out.tag("table", out.extend(node, "table", Map.of()));
      out.children(node, null);
      out.tag("/table");
      out.tag("/div");
      out.line();
    } else if (node instanceof TableHead) {
      tablePart(node, "thead", out);
    } else if (node instanceof TableBody) {
      tablePart(node, "tbody", out);
    } else if (node instanceof TableRow) {
      tablePart(node, "tr", out);
    } else {
      TableCell cell = (TableCell) node;
      String tag = cell.isHeader() ? "th" : "td";
      Map<String, String> attributes = new LinkedHashMap<>();
      if (cell.isHeader()) {
        attributes.put("scope", "col");
      }
      if (cell.getAlignment() == TableCell.Alignment.CENTER) {
        attributes.put("class", "fr-cell--center");
      } else if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
        attributes.put("class", "fr-cell--right");
      }
      out.tag(tag, out.extend(cell, tag, attributes));
      out.children(cell, null);
      out.tag("/" + tag);
    }
  }

  private static void tablePart(Node node, String tag, Out out) {
    out.line();
    out.tag(tag, out.extend(node, tag, Map.of()));
    out.children(node, null);
    out.tag("/" + tag);
    out.line();
  }
}
