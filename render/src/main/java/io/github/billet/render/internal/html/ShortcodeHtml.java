package io.github.billet.render.internal.html;

import io.github.billet.core.markdown.PairedShortcodeBlock;
import io.github.billet.core.markdown.ShortcodeArguments;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.body.ShortcodeCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML of the shortcodes of a body: each call's arguments read, its renderer called, and the
 * shortcode shown as written, with a warning, when it cannot be.
 *
 * <pre>{@code
 * new ShortcodeHtml(settings, context, problems, attributes).shortcode(block, out);
 * }</pre>
 */
final class ShortcodeHtml {
  private static final Logger LOG = LoggerFactory.getLogger(ShortcodeHtml.class);

  private final BodyHtml.Settings settings;
  private final BodyContext context;
  private final BodyProblems problems;
  private final BodyAttributes attributes;

  /** A site shortcode's HTML was written: the body may need repair. */
  private boolean wroteSiteHtml;

  ShortcodeHtml(
      BodyHtml.Settings settings,
      BodyContext context,
      BodyProblems problems,
      BodyAttributes attributes) {
    this.settings = settings;
    this.context = context;
    this.problems = problems;
    this.attributes = attributes;
  }

  /** Tells whether a site shortcode's HTML was written. */
  boolean wroteSiteHtml() {
    return wroteSiteHtml;
  }

  // shortcodes

  void shortcode(ShortcodeBlock block, BilletNodes.Out out) {
    Shortcode renderer = settings.shortcodes().get(block.name());
    if (renderer == null) {
      unknown(block);
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

  void paired(PairedShortcodeBlock block, BilletNodes.Out out) {
    if (!block.isClosed()) {
      problems.warn(
          block,
          "shortcode.unclosed",
          "the paired shortcode '" + block.name() + "' is never closed",
          "add a line {% end" + block.name() + " %} where it ends");
    }
    String inner = out.capture(block);
    Shortcode renderer = settings.pairedShortcodes().get(block.name());
    String html;
    if (renderer == null) {
      // Paired by the parser, but the renderer has no paired shortcode of that name.
      Shortcode single = settings.shortcodes().get(block.name());
      problems.warn(
          block,
          "shortcode.unknown",
          "the shortcode '"
              + block.name()
              + "' is paired on the parser but "
              + (single == null
                  ? "not registered on the renderer"
                  : "registered on the renderer as a single shortcode")
              + "; it is shown as written",
          "register it on the renderer with BodyRenderer.builder().pairedShortcode(\""
              + block.name()
              + "\", …), or give the parser the renderer's extensions"
              + " (PostParser.builder().extensions(body.extensions()))");
      html = null;
    } else {
      html = call(block, block.name(), block.arguments(), renderer, inner);
    }
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
   * Warns about a shortcode the renderer cannot render, with the cause when it is a mismatch
   * between the parser and the renderer: a paired shortcode that the parser did not pair, or the
   * closing tag of one.
   */
  private void unknown(ShortcodeBlock block) {
    String name = block.name();
    String opened = name.startsWith("end") ? name.substring(3) : null;
    if (settings.pairedShortcodes().containsKey(name)) {
      problems.warn(
          block,
          "shortcode.unknown",
          "the shortcode '"
              + name
              + "' is registered on the renderer as a paired shortcode but not on the parser, so"
              + " its closing tag {% end"
              + name
              + " %} was not paired with it; it is shown as text",
          "register it on the parser with PostParser.builder().pairedShortcode(\""
              + name
              + "\"), or build the parser with the renderer's extensions"
              + " (PostParser.builder().extensions(body.extensions()))");
      return;
    }
    if (opened != null && settings.pairedShortcodes().containsKey(opened)) {
      problems.warn(
          block,
          "shortcode.unknown",
          "'"
              + name
              + "' closes the paired shortcode '"
              + opened
              + "', which is registered on the renderer but not on the parser; it is shown as"
              + " text",
          "register it on the parser with PostParser.builder().pairedShortcode(\""
              + opened
              + "\"), or build the parser with the renderer's extensions"
              + " (PostParser.builder().extensions(body.extensions()))");
      return;
    }
    List<String> known = new ArrayList<>(settings.shortcodes().keySet());
    known.addAll(settings.pairedShortcodes().keySet());
    known.sort(null);
    problems.warn(
        block,
        "shortcode.unknown",
        "unknown shortcode '" + name + "' is shown as text",
        (known.size() == 1 ? "the known shortcode is " : "the known shortcodes are ")
            + String.join(", ", known));
  }

  /**
   * Calls a shortcode's renderer; null, with a warning, when its arguments cannot be read or it
   * fails.
   */
  private String call(Node block, String name, String arguments, Shortcode renderer, String inner) {
    List<Object> values = ShortcodeArguments.parse(arguments).orElse(null);
    if (values == null) {
      problems.warn(
          block,
          "shortcode.invalid",
          "the arguments of '" + name + "' cannot be read: " + BodyProblems.abbreviate(arguments),
          "write them as in Nunjucks: quoted texts, numbers and [lists], separated by commas");
      return null;
    }
    try {
      String html = renderer.render(new Call(block, name, values, inner));
      if (!(renderer instanceof ImageContentShortcode)) {
        wroteSiteHtml = true;
      }
      return html == null ? "" : html;
    } catch (IllegalArgumentException e) {
      problems.warn(
          block,
          "shortcode.invalid",
          String.valueOf(e.getMessage()) + "; the shortcode is shown as written",
          "give '" + name + "' the arguments it expects");
      return null;
    } catch (RuntimeException e) {
      String what = UserCodeFailure.describe(e, ShortcodeHtml.class);
      LOG.warn("the renderer of the shortcode '{}' in {} threw", name, context.sourceName(), e);
      problems.warn(
          block,
          "shortcode.failed",
          "the renderer of '" + name + "' threw " + what + "; the shortcode is shown as written",
          "this is a fault of the site's shortcode renderer ("
              + renderer.getClass().getName()
              + "), not of the post nor of Billet: fix the renderer");
      return null;
    }
  }

  private static void asWritten(String source, BilletNodes.Out out) {
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
      return attributes.safeUrl(block, url, false);
    }

    /** An image source: {@code data:image/*} is allowed. */
    String imageUrl(String url) {
      return attributes.safeImageUrl(block, url);
    }
  }
}
