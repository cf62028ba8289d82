package io.github.billet.render.internal.html;

import io.github.billet.core.markdown.AttributeBlock;
import io.github.billet.core.markdown.ContainerBlock;
import io.github.billet.core.markdown.PairedShortcodeBlock;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.core.markdown.TemplateBlock;
import io.github.billet.core.markdown.TemplateCode;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.internal.safety.RawHtmlScripts;
import io.github.billet.render.internal.safety.RawHtmlUrls;
import io.github.billet.render.internal.safety.UrlRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Billet's node renderers inside commonmark's {@link HtmlRenderer}, for one body: raw HTML (under
 * the body's policy), headings with their ids and anchors, text without template code, containers
 * (callouts, alerts, highlights, accordions, quotes: {@link ContainerHtml}), shortcodes ({@link
 * ShortcodeHtml}) and tables.
 *
 * <pre>{@code
 * BilletNodes nodes = new BilletNodes(settings, context, urls, problems, outline, attributes);
 * HtmlRenderer renderer = HtmlRenderer.builder().nodeRendererFactory(nodes::renderer).build();
 * nodes.use(renderer);
 * }</pre>
 */
final class BilletNodes {
  private final BodyHtml.Settings settings;
  private final UrlRules urls;
  private final BodyProblems problems;
  private final HeadingOutline outline;
  private final BodyAttributes attributes;
  private final ContainerHtml containers;
  private final ShortcodeHtml shortcodes;

  /** The renderer of this body, also for the inner HTML of paired shortcodes. */
  private HtmlRenderer commonmark;

  /** Raw HTML or a site shortcode's HTML was written: the body may need repair. */
  private boolean wroteRawHtml;

  BilletNodes(
      BodyHtml.Settings settings,
      BodyContext context,
      UrlRules urls,
      BodyProblems problems,
      HeadingOutline outline,
      BodyAttributes attributes) {
    this.settings = settings;
    this.urls = urls;
    this.problems = problems;
    this.outline = outline;
    this.attributes = attributes;
    this.containers = new ContainerHtml(problems, outline, attributes);
    this.shortcodes = new ShortcodeHtml(settings, context, problems, attributes);
  }

  /** Sets the renderer these node renderers are part of. */
  void use(HtmlRenderer renderer) {
    this.commonmark = renderer;
  }

  /** The node renderer factory of the body's renderer. */
  NodeRenderer renderer(HtmlNodeRendererContext context) {
    return new BilletNodeRenderer(context);
  }

  /** Tells whether raw HTML or a site shortcode's HTML was written. */
  boolean wroteRawHtml() {
    return wroteRawHtml || shortcodes.wroteSiteHtml();
  }

  /** Where Billet's node renderers write: commonmark's {@link HtmlWriter} and context. */
  static final class Out {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final HtmlRenderer commonmark;

    Out(HtmlNodeRendererContext context, HtmlRenderer commonmark) {
      this.context = context;
      this.commonmark = commonmark;
      this.html = context.getWriter();
    }

    /** Starts a new line unless the output is empty or already ends one. */
    void line() {
      html.line();
    }

    /** Appends markup as it is. */
    void raw(String s) {
      html.raw(s);
    }

    /** Appends text, escaping {@code & < > "}. */
    void text(String s) {
      html.text(s);
    }

    /** Appends a tag with escaped attribute names and values, {@code " /"} before {@code >}. */
    void tag(String name, Map<String, String> attributes, boolean isVoid) {
      html.tag(name, attributes, isVoid);
    }

    void tag(String name) {
      html.tag(name);
    }

    void tag(String name, Map<String, String> attributes) {
      html.tag(name, attributes);
    }

    /** The attributes of an element: the defaults, then what the attribute provider sets. */
    Map<String, String> extend(Node node, String tagName, Map<String, String> defaults) {
      return context.extendAttributes(node, tagName, defaults);
    }

    /** Renders the children of a node, stopping before {@code stopAt} (null for all). */
    void children(Node parent, Node stopAt) {
      Node c = parent.getFirstChild();
      while (c != null && c != stopAt) {
        Node next = c.getNext();
        context.render(c);
        c = next;
      }
    }

    /** Renders the children of a node apart, as the HTML of a body of their own. */
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

  /**
   * The nodes Billet's renderer writes with the dialect on: raw HTML, headings and text (for ids,
   * anchors and typography), and every node of the dialect but those the commonmark extensions
   * render ({@link UnknownNodes#DIALECT} adds those).
   */
  static final Set<Class<? extends Node>> DIALECT_TYPES =
      Set.of(
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

  /** Billet's node renderers inside commonmark's {@link HtmlRenderer}. */
  final class BilletNodeRenderer implements NodeRenderer {
    private final Out out;

    BilletNodeRenderer(HtmlNodeRendererContext context) {
      this.out = new Out(context, commonmark);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      if (!settings.billetExtensions()) {
        return Set.of(HtmlBlock.class, HtmlInline.class);
      }
      return DIALECT_TYPES;
    }

    @Override
    public void render(Node node) {
      billetNode(node, out);
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
      containers.container((ContainerBlock) node, out);
    } else if (node instanceof ShortcodeBlock) {
      shortcodes.shortcode((ShortcodeBlock) node, out);
    } else if (node instanceof TemplateBlock) {
      template((TemplateBlock) node, out);
    } else if (node instanceof PairedShortcodeBlock) {
      shortcodes.paired((PairedShortcodeBlock) node, out);
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
            problems.warn(
                node,
                "url.unsafe",
                "the URL '"
                    + BodyProblems.abbreviate(value)
                    + "' in <"
                    + tag
                    + " "
                    + attribute
                    + "> can run script and was blocked",
                "link to an http(s) address or a path"));
  }

  private void htmlBlock(HtmlBlock block, Out out) {
    wroteRawHtml = true;
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
    wroteRawHtml = true;
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
      problems.warnAt(
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
                problems.warn(
                    node,
                    "html.sanitized",
                    "raw HTML was changed by the SANITIZE policy: " + what,
                    "use Markdown for it, add the iframe's host to html.iframeHosts, or choose the"
                        + " PASS policy for trusted authors"));
  }

  // headings

  private void heading(Heading heading, Out out) {
    String tag = "h" + outline.level(heading);
    String id = outline.id(heading);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", id);
    AttributeBlock trailing = HeadingOutline.trailingAttributes(heading);
    if (trailing != null) {
      this.attributes.apply(trailing, attributes, false);
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
        problems.warnAt(
            text,
            1,
            i + 1,
            TemplateCode.UNSUPPORTED,
            "template code is not run and is left out of the page: "
                + BodyProblems.abbreviate(construct),
            TemplateCode.HINT);
      } else {
        if (!shortcodeWarned) {
          problems.warn(
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

  // template-engine code

  private void template(TemplateBlock block, Out out) {
    String source = block.source();
    int lineEnd = source.indexOf('\n');
    String first = BodyProblems.abbreviate(lineEnd < 0 ? source : source.substring(0, lineEnd));
    if (!block.isClosed()) {
      problems.warn(
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
    problems.warn(
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
