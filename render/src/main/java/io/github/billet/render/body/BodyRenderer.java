package io.github.billet.render.body;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Post;
import io.github.billet.core.internal.shared.SharedDocument;
import io.github.billet.core.markdown.BilletMarkdown;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.BodyHtml;
import io.github.billet.render.internal.html.SummaryHtml;
import io.github.billet.render.internal.markdown.FootnotesOn032;
import io.github.billet.render.internal.safety.HtmlSanitizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;

/**
 * Renders the Markdown body of a post to HTML with DSFR markup, a table of contents and warnings.
 *
 * <p>Render a post's body, which {@code PostParser.builder().build()} parses with the whole dialect
 * ({@link BilletMarkdown#extensions()}), or a document parsed by a commonmark {@code Parser} built
 * with {@link #extensions()} (and source spans, so that warnings have lines). The renderer is
 * immutable and thread-safe; rendering never changes the document, which may be shared between
 * threads.
 *
 * <pre>{@code
 * BodyRenderer renderer = BodyRenderer.builder()
 *     .allowedIframeHosts("tube.numerique.gouv.fr") // raw HTML is sanitized by default
 *     .build();
 * Post post = PostParser.builder().build().parse("fr/hello.md", text);
 * RenderedBody body = renderer.render(post.body(),
 *     new BodyContext("/fr/blog/hello/", post.source(), post.body().startLine())
 *         .withLanguage(Language.FRENCH));
 * }</pre>
 *
 * <p>What it renders, besides CommonMark: GFM tables (in {@code <div class="fr-table">}),
 * strikethrough, autolinks and footnotes; heading ids (slug of the text, unique in the page, or
 * {@code {#id}}) with an anchor link; attribute blocks after links, images and at the end of
 * headings; the eleventy-dsfr containers {@code :::callout}, {@code :::highlight}, {@code
 * :::quote}, {@code :::info|warning|error|success} and the accordions {@code ??? Title} (grouped by
 * {@code ????accordionsgroup}); the {@code {% imageContent "path", "alt" %}} shortcode and those
 * registered with {@link Builder#shortcode} and {@link Builder#pairedShortcode}; relative URLs
 * resolved against the page. Template-engine code ({@code {{ ... }}}, {@code {% if %}}) is not run:
 * it is left out with a {@code template.unsupported} warning.
 *
 * <p>Valid HTML, with extensions on: headings never skip a level (the page title counts as level
 * 1): a heading deeper than one level below the heading before it is shown one level below it, with
 * a {@code heading.level-skipped} warning. Raw HTML that would make the page invalid is repaired by
 * general rules of the HTML standard (misnested tags as browsers repair them; obsolete elements
 * replaced; attributes the element does not take dropped, refused values converted or dropped;
 * interactive content never nested; blocks out of phrasing content; {@code alt=""} on an image
 * without one; raw headings under the level rules of Markdown ones; {@code <style>} removed), and
 * URLs with characters URL syntax forbids are percent-encoded: each change is an {@code
 * html.repaired} warning at the line and column of the raw HTML, saying what changed and how to fix
 * the source; a body that needs no repair is kept byte for byte.
 *
 * <p>Safety, whatever the {@link HtmlPolicy}: no {@code javascript:}, {@code vbscript:} or {@code
 * data:} URL (except {@code data:image/*} as an image source) is emitted in a Markdown link, image,
 * autolink, attribute block, container or shortcode, nor in the URL attributes ({@code href},
 * {@code src}, {@code action}, {@code formaction}, {@code xlink:href}, {@code srcset}...) of raw
 * HTML tags: such URLs become {@code about:invalid#unsafe-url} with a {@code url.unsafe} warning.
 * Attribute blocks cannot add {@code on*} handlers, {@code srcdoc} or a style that loads code, and
 * every value is escaped. By default ({@link HtmlPolicy#SANITIZE}) the rest of raw HTML is filtered
 * through an allowlist: a raw {@code <script>} element or {@code onclick} attribute is removed.
 * With {@link HtmlPolicy#PASS}, an explicit choice for trusted authors, raw HTML is kept as
 * written, scripts included. Whatever the policy, each raw {@code <script>} element and {@code on*}
 * attribute gets a located {@code html.script} or {@code html.event-handler} warning saying whether
 * it was removed, shown as text or kept.
 *
 * <p>Parser and renderer must agree: a node the renderer does not write (a container or footnote
 * with extensions off, a node of another commonmark extension) gets a located {@code
 * markdown.unknown-node} warning and its children are rendered, so that its text is kept; with
 * extensions on, syntax of the dialect that the parser left as text (a {@code :::callout} line, a
 * shortcode line, a {@code [^1]:} definition) gets a located {@code markdown.not-parsed} warning.
 */
public final class BodyRenderer {

  private final HtmlPolicy policy;
  private final Set<String> allowedIframeHosts;
  private final boolean extensionsEnabled;
  private final List<Extension> extensions;
  private final BodyHtml.Settings settings;

  private BodyRenderer(Builder builder) {
    this.policy = builder.policy;
    this.allowedIframeHosts = Set.copyOf(builder.allowedIframeHosts);
    this.extensionsEnabled = builder.extensionsEnabled;
    List<Extension> rendererExtensions;
    if (extensionsEnabled) {
      this.extensions = BilletMarkdown.extensions(builder.pairedShortcodes.keySet());
      rendererExtensions = List.of(StrikethroughExtension.create(), FootnotesOn032.create());
    } else {
      this.extensions = List.of();
      rendererExtensions = List.of();
    }
    Map<String, Shortcode> single = new HashMap<>(BodyHtml.BUILT_IN_SHORTCODES);
    single.keySet().removeAll(builder.pairedShortcodes.keySet());
    single.putAll(builder.shortcodes);
    this.settings =
        new BodyHtml.Settings(
            policy,
            extensionsEnabled,
            rendererExtensions,
            new HtmlSanitizer(allowedIframeHosts),
            single,
            builder.pairedShortcodes,
            builder.labels);
  }

  /**
   * Starts building a renderer.
   *
   * @return a builder with the defaults: {@link HtmlPolicy#SANITIZE}, no iframe host, extensions on
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the commonmark extensions a {@code Parser} of one's own must be built with so that the
   * document carries everything this renderer renders: {@link BilletMarkdown#extensions(Set)} with
   * the names of the paired shortcodes registered. Empty when extensions are disabled. A {@code
   * PostParser} parses the dialect by default; add these only for paired shortcodes.
   *
   * @return the extensions, an unmodifiable list
   */
  public List<Extension> extensions() {
    return extensions;
  }

  /**
   * Renders a body. Warnings are placed by the document's own source spans: a document parsed with
   * commonmark's {@code IncludeSourceSpans.BLOCKS_AND_INLINES} gives each its exact line and
   * column, one without spans (a {@link io.github.billet.core.PostParser}'s) none; render a post's
   * {@link MarkdownBody} instead, which finds them.
   *
   * @param document the parsed body (parsed with {@link #extensions()}); not changed
   * @param context the page URL, source name and first body line
   * @return the HTML, table of contents and warnings
   */
  public RenderedBody render(Node document, BodyContext context) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(context, "context");
    return BodyHtml.render(settings, document, context, null);
  }

  /**
   * Renders a post's body: its document, with the exact source position of the problems found at
   * nodes (a link or an image that could run script) even though a {@link
   * io.github.billet.core.PostParser} keeps no source spans (see {@link MarkdownBody#positionOf}).
   *
   * <pre>{@code
   * RenderedBody html = renderer.render(post.body(),
   *     new BodyContext(post.url().orElseThrow(), post.source(), post.body().startLine()));
   * }</pre>
   *
   * @param body the body, parsed with {@link #extensions()}; not changed
   * @param context the page URL, source name and first body line
   * @return the HTML, table of contents and warnings
   */
  public RenderedBody render(MarkdownBody body, BodyContext context) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(context, "context");
    // The HTML of a body is about as long as its Markdown, a little longer.
    int sizeHint = body.length() + body.length() / 4 + 256;
    return BodyHtml.render(settings, SharedDocument.of(body), context, body::positionOf, sizeHint);
  }

  /**
   * Renders a body; shorthand for {@link #render(Node, BodyContext)}.
   *
   * @param document the parsed body; not changed
   * @param pageUrl the page URL relative links are resolved against
   * @param sourceName the source file name for problems
   * @param bodyStartLine the 1-based source line where the body starts
   * @return the HTML, table of contents and warnings
   */
  public RenderedBody render(Node document, String pageUrl, String sourceName, int bodyStartLine) {
    return render(document, new BodyContext(pageUrl, sourceName, bodyStartLine));
  }

  /**
   * Renders a post's body as its page would: links resolved against the post's URL (its site path,
   * or the site root when it has none), warnings placed in its source file, footnote labels in its
   * language.
   *
   * <pre>{@code
   * RenderedBody body = BodyRenderer.builder().build().render(post);
   * String html = body.html();
   * }</pre>
   *
   * @param post the post, parsed by a {@link io.github.billet.core.PostParser} (which parses the
   *     whole dialect by default)
   * @return the HTML fragment, table of contents and warnings
   */
  public RenderedBody render(Post post) {
    Objects.requireNonNull(post, "post");
    BodyContext context =
        new BodyContext(post.url().orElse("/"), post.source(), post.body().startLine());
    if (post.language().isPresent()) {
      context = context.withLanguage(post.language().get());
    }
    return render(post.body(), context);
  }

  /**
   * Writes a table of contents as a DSFR summary: a {@code <nav class="fr-summary">} whose level-3
   * entries nest under the level-2 entry before them.
   *
   * @param entries the entries, usually {@link RenderedBody#tableOfContents()}
   * @param title the localized title, such as "Sommaire" or "Contents"
   * @return the HTML, empty when there is no entry
   */
  public String tableOfContentsHtml(List<TocEntry> entries, String title) {
    return SummaryHtml.render(List.copyOf(entries), Objects.requireNonNull(title, "title"));
  }

  /**
   * Returns the raw HTML policy.
   *
   * @return the policy
   */
  public HtmlPolicy policy() {
    return policy;
  }

  /**
   * Returns the hosts iframes may come from under {@link HtmlPolicy#SANITIZE}.
   *
   * @return lower-case host names
   */
  public Set<String> allowedIframeHosts() {
    return allowedIframeHosts;
  }

  /**
   * Tells whether Billet's extensions are on (off: plain CommonMark).
   *
   * @return true by default
   */
  public boolean extensionsEnabled() {
    return extensionsEnabled;
  }

  /**
   * Builds a {@link BodyRenderer}; not thread-safe, make one per renderer.
   *
   * <pre>{@code
   * BodyRenderer plain = BodyRenderer.builder().extensionsEnabled(false).build();
   * }</pre>
   */
  public static final class Builder {
    private HtmlPolicy policy = HtmlPolicy.SANITIZE;
    private final Set<String> allowedIframeHosts = new LinkedHashSet<>();
    private boolean extensionsEnabled = true;
    private final Map<String, Shortcode> shortcodes = new HashMap<>();
    private final Map<String, Shortcode> pairedShortcodes = new HashMap<>();
    private Labels labels = Labels.defaults();

    private Builder() {}

    /**
     * Sets the labels the body writes: the footnote back-link's {@code aria-label} ({@link
     * Label#FOOTNOTE_BACK_TO_REFERENCE}), in the language of {@link BodyContext#language()}.
     *
     * @param labels the labels, {@link Labels#defaults()} by default
     * @return this builder
     */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Registers a shortcode, written {@code {% name arguments %}} on a line of its own, as
     * Eleventy's {@code addShortcode}; it replaces a built-in one of the same name ({@code
     * imageContent}).
     *
     * <pre>{@code
     * BodyRenderer.builder().shortcode("dailymotion", call ->
     *     "<iframe title=\"Dailymotion\" src=\"https://geo.dailymotion.com/player.html?video="
     *         + ShortcodeCall.escape(call.string(0)) + "\"></iframe>");
     * }</pre>
     *
     * @param name the name, letters, digits and {@code _}, not a Nunjucks tag such as {@code if}
     * @param renderer its renderer, which must escape the arguments it writes
     * @return this builder
     * @throws IllegalArgumentException for a name that cannot be a shortcode's
     */
    public Builder shortcode(String name, Shortcode renderer) {
      checkName(name);
      pairedShortcodes.remove(name);
      shortcodes.put(name, Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Registers a paired shortcode, written {@code {% name arguments %}} ... {@code {% endname %}},
     * each on a line of its own, as Eleventy's {@code addPairedShortcode}: the Markdown between is
     * rendered and given to the renderer as {@link ShortcodeCall#innerHtml()}. Parse the bodies
     * with this renderer's {@link #extensions()}, which know the name ({@code
     * PostParser.builder().extensions(renderer.extensions())}).
     *
     * <pre>{@code
     * BodyRenderer.builder().pairedShortcode("transcription", call ->
     *     "<details><summary>Transcription</summary>" + call.innerHtml().orElse("")
     *         + "</details>");
     * }</pre>
     *
     * @param name the name, letters, digits and {@code _}, not a Nunjucks tag such as {@code if}
     * @param renderer its renderer, which must escape the arguments it writes
     * @return this builder
     * @throws IllegalArgumentException for a name that cannot be a shortcode's
     */
    public Builder pairedShortcode(String name, Shortcode renderer) {
      checkName(name);
      shortcodes.remove(name);
      pairedShortcodes.put(name, Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    private static void checkName(String name) {
      Objects.requireNonNull(name, "name");
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || BodyHtml.isTemplateKeyword(name)) {
        throw new IllegalArgumentException(
            "'"
                + name
                + "' cannot name a shortcode: use letters, digits and _, and no Nunjucks tag"
                + " (if, for, set, include...)");
      }
    }

    /**
     * Sets what happens to raw HTML.
     *
     * @param policy the policy, {@link HtmlPolicy#SANITIZE} by default; {@link HtmlPolicy#PASS}
     *     keeps scripts written in posts
     * @return this builder
     */
    public Builder policy(HtmlPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds hosts that iframes may come from (over https) under {@link HtmlPolicy#SANITIZE}.
     *
     * @param hosts host names such as {@code tube.numerique.gouv.fr}
     * @return this builder
     */
    public Builder allowedIframeHosts(String... hosts) {
      return allowedIframeHosts(List.of(hosts));
    }

    /**
     * Adds hosts that iframes may come from (over https) under {@link HtmlPolicy#SANITIZE}.
     *
     * @param hosts host names such as {@code tube.numerique.gouv.fr}
     * @return this builder
     */
    public Builder allowedIframeHosts(Iterable<String> hosts) {
      for (String host : hosts) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.contains("/") || h.contains(":")) {
          throw new IllegalArgumentException(
              "'" + host + "' is not a host name; write it like tube.numerique.gouv.fr");
        }
        allowedIframeHosts.add(h);
      }
      return this;
    }

    /**
     * Turns Billet's extensions on (the default) or off. Off, the renderer is plain CommonMark:
     * {@link BodyRenderer#extensions()} is empty, headings have no id, and only the URL safety
     * rules and the HTML policy apply.
     *
     * @param enabled false for plain CommonMark
     * @return this builder
     */
    public Builder extensionsEnabled(boolean enabled) {
      this.extensionsEnabled = enabled;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable, thread-safe renderer
     */
    public BodyRenderer build() {
      return new BodyRenderer(this);
    }
  }
}
