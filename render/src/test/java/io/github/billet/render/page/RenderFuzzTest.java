package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.billet.core.FolderDefaults;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.Blog;
import io.github.billet.render.Inertness;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for render. Without {@code JAZZER_FUZZ=1} they run in regression mode over the
 * committed inputs in {@code
 * src/test/resources/io/github/billet/render/page/RenderFuzzTestInputs/}; with it, each explores
 * for its {@code maxDuration} (see CONTRIBUTING.md's Fuzzing section).
 *
 * <p>A finding is: an exception other than the documented {@link PostParseException} (input over a
 * limit); one render of at most 100 KiB taking a second or more; in {@code ESCAPE} and {@code
 * SANITIZE}, output that is not inert (a {@code <script>}, an {@code on*} attribute, a {@code
 * javascript:}/{@code vbscript:} URL, a {@code data:} URL other than an image source, see {@link
 * Inertness}); in {@code PASS}, a URL attribute that breaks the URL rules (raw {@code <script>} is
 * allowed there by definition).
 */
public class RenderFuzzTest {

  private static final int MAX_BODY = 100 * 1024;
  private static final long ONE_SECOND = 1_000_000_000L;
  private static final String IFRAME_HOST = "tube.numerique.gouv.fr";
  private static final String FRONT_MATTER =
      "---\ntitle: Fuzz\ndate: 2024-03-26\ntags: [Fuzz]\n---\n";

  private static final BodyRenderer PASS = renderer(HtmlPolicy.PASS);
  private static final BodyRenderer ESCAPE = renderer(HtmlPolicy.ESCAPE);
  private static final BodyRenderer SANITIZE = renderer(HtmlPolicy.SANITIZE);
  private static final PostParser PARSER =
      PostParser.builder()
          .extensions(PASS.extensions())
          .maxFileSize(MAX_BODY + FRONT_MATTER.length())
          .build();
  private static final FolderDefaults BLOG =
      FolderDefaults.none()
          .withLanguage(Language.FRENCH)
          .withTags(List.of("posts"))
          .withUrlPatterns(List.of("/{lang}/blog/{slug}/"));

  private static final String WARM_UP =
      String.join(
          "\n",
          "*Read the [english version](/en/blog/x/).*",
          "",
          "## Titre {#t .c}",
          "",
          "Texte[^1] <b>gras</b> [x](./y/){.c} ![i](data:image/png;base64,AA) <https://a.fr>",
          "",
          "| a | b |",
          "|---|---|",
          "| 1 | ~~2~~ |",
          "",
          ":::callout Titre",
          "- a",
          "- b",
          ":::",
          "",
          "{% imageContent \"./f.png\", \"alt\" %}",
          "",
          "<div><a href=\"javascript:x\">a</a><iframe src=\"https://e.fr/\"></iframe></div>",
          "",
          "[^1]: Note.",
          "");

  static {
    // the one-second rule is about the renderer, not class loading and a cold JIT
    for (int i = 0; i < 20; i++) {
      for (BodyRenderer r : List.of(PASS, ESCAPE, SANITIZE)) {
        renderBody(r, WARM_UP, false);
      }
    }
  }

  private static BodyRenderer renderer(HtmlPolicy policy) {
    return BodyRenderer.builder().policy(policy).allowedIframeHosts(IFRAME_HOST).build();
  }

  /** Raw HTML kept as written: the URL rules still hold everywhere. */
  @FuzzTest(maxDuration = "10m")
  void pass(byte[] data) {
    RenderedBody body = renderBody(PASS, new String(data, StandardCharsets.UTF_8));
    if (body != null) {
      assertThat(Inertness.urlViolations(body.html())).as(body.html()).isEmpty();
    }
  }

  /** Raw HTML shown as text: the output is inert. */
  @FuzzTest(maxDuration = "10m")
  void escape(byte[] data) {
    RenderedBody body = renderBody(ESCAPE, new String(data, StandardCharsets.UTF_8));
    if (body != null) {
      assertThat(Inertness.inertViolations(body.html(), null)).as(body.html()).isEmpty();
    }
  }

  /** Raw HTML through the allowlist: the output is inert. */
  @FuzzTest(maxDuration = "10m")
  void sanitize(byte[] data) {
    RenderedBody body = renderBody(SANITIZE, new String(data, StandardCharsets.UTF_8));
    if (body != null) {
      assertThat(Inertness.inertViolations(body.html(), IFRAME_HOST)).as(body.html()).isEmpty();
    }
  }

  /**
   * Front matter values (title, description, tags, image path and alt, permalink) through whole
   * pages, in the three policies: no script, handler or unsafe URL comes from them.
   *
   * <p>Input, one field a line: policy ({@code p}, {@code e} or {@code s}), title, description,
   * tags separated by {@code |}, image path, image alt, permalink (empty: none), then the body
   * (ignored under PASS, whose raw HTML is trusted).
   */
  @FuzzTest(maxDuration = "10m")
  void page(byte[] data) {
    String[] f = new String(data, StandardCharsets.UTF_8).split("\n", 8);
    String[] fields = java.util.Arrays.copyOf(f, 8);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i] == null ? "" : fields[i];
    }
    HtmlPolicy policy =
        switch (fields[0].isEmpty() ? 'p' : fields[0].charAt(0)) {
          case 'e' -> HtmlPolicy.ESCAPE;
          case 's' -> HtmlPolicy.SANITIZE;
          default -> HtmlPolicy.PASS;
        };
    String title = fields[1];
    String description = fields[2];
    List<String> tags = fields[3].isEmpty() ? List.of() : List.of(fields[3].split("\\|", 4));
    String imagePath = fields[4];
    String imageAlt = fields[5];
    boolean hide = fields[0].length() > 1;
    String permalink = fields[6].isEmpty() ? null : fields[6];
    String body = fields[7];
    if (policy == HtmlPolicy.PASS) {
      // raw HTML in the body is trusted under PASS; only the front matter is hostile here
      body = "Texte et [lien](./autre/).\n";
    }
    StringBuilder yaml = new StringBuilder();
    yaml.append("title: ").append(yamlString(title)).append('\n');
    yaml.append("description: ").append(yamlString(description)).append('\n');
    yaml.append("date: 2024-03-26\n");
    yaml.append("tags:\n");
    for (String tag : tags) {
      yaml.append("  - ").append(yamlString(tag)).append('\n');
    }
    yaml.append("image:\n  path: ").append(yamlString(imagePath)).append('\n');
    yaml.append("  alt: ").append(yamlString(imageAlt)).append('\n');
    yaml.append("  hide: ").append(hide).append('\n');
    if (permalink != null) {
      yaml.append("permalink: ").append(yamlString(permalink)).append('\n');
    }
    BodyRenderer bodyRenderer =
        switch (policy) {
          case PASS -> PASS;
          case ESCAPE -> ESCAPE;
          case SANITIZE -> SANITIZE;
        };
    Post post;
    try {
      post = PAGE_PARSER.parse("fr/blog/posts/fuzz.md", "---\n" + yaml + "---\n" + body, BLOG);
    } catch (PostParseException e) {
      return;
    }
    if (post.url().isEmpty()) {
      return;
    }
    PairedCorpus corpus = PAGE_PAIRING.pair(List.of(post));
    Post paired = corpus.posts().get(0);
    PageRenderer renderer = PAGE_RENDERERS.get(policy.ordinal());
    PostTimeline timeline = PostTimeline.of(corpus.posts());
    List<Page> pages = new ArrayList<>();
    pages.add(renderer.renderPost(paired, corpus.index(), timeline.neighbours(paired)));
    pages.addAll(renderer.renderBlogIndex(Language.FRENCH, corpus.posts()));
    TagIndex tagIndex = TagIndex.of(corpus.posts());
    for (Tag tag : tagIndex.tags(Language.FRENCH)) {
      pages.addAll(
          renderer.renderTagPages(Language.FRENCH, tag, tagIndex.posts(Language.FRENCH, tag)));
    }
    for (Page page : pages) {
      assertThat(Inertness.pageViolations(page.html())).as(page.html()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ helpers

  private static final PostParser PAGE_PARSER =
      PostParser.builder().extensions(PASS.extensions()).maxFileSize(200_000).build();
  private static final SiteConfig SITE = site();
  private static final TranslationPairing PAGE_PAIRING =
      TranslationPairing.builder().baseUrl(SITE.baseUrl()).detectLanguages(false).build();
  private static final List<PageRenderer> PAGE_RENDERERS =
      List.of(pageRenderer(PASS), pageRenderer(ESCAPE), pageRenderer(SANITIZE));

  private static PageRenderer pageRenderer(BodyRenderer body) {
    return PageRenderer.builder().site(SITE).bodyRenderer(body).build();
  }

  private static SiteConfig site() {
    try {
      return SiteConfig.parse("site.yaml", Blog.SITE_YAML);
    } catch (SiteConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a post with the fuzzed body and renders it; null when the parser refuses it. */
  private static RenderedBody renderBody(BodyRenderer renderer, String markdown) {
    return renderBody(renderer, markdown, true);
  }

  private static RenderedBody renderBody(BodyRenderer renderer, String markdown, boolean timed) {
    if (markdown.length() > MAX_BODY) {
      markdown = markdown.substring(0, MAX_BODY);
    }
    Post post;
    try {
      post = PARSER.parse("fr/blog/posts/fuzz.md", FRONT_MATTER + markdown, BLOG);
    } catch (PostParseException e) {
      assertThat(e.problem().code()).isNotBlank();
      return null;
    }
    long start = System.nanoTime();
    RenderedBody body =
        renderer.render(
            post.body().document(),
            new BodyContext(post.url().orElse(""), post.source(), post.body().startLine()));
    long elapsed = System.nanoTime() - start;
    assertThat(timed ? elapsed : 0)
        .as("rendering %d characters took %d ms", markdown.length(), elapsed / 1_000_000)
        .isLessThan(ONE_SECOND);
    for (Problem p : body.problems()) {
      assertThat(p.code()).isNotBlank();
    }
    return body;
  }

  /** A YAML double-quoted scalar holding exactly {@code s}. */
  public static String yamlString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
