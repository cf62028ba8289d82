package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.render.Blog;
import io.github.billet.render.Fixtures;
import io.github.billet.render.Inertness;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageFixtures;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.PostTimeline;
import io.github.billet.render.page.RenderFuzzTest;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.TagIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OWASP XSS filter-evasion families ({@code xss-vectors.txt}) against the three policies: in a
 * Markdown body (as a block and inline), the output of {@code SANITIZE} and {@code ESCAPE} is inert
 * and that of {@code PASS} keeps the URL rules; in front matter values, every page is inert
 * whatever the policy. Pages carry no inline script and no event handler, and the optional
 * Content-Security-Policy meta tag is written when set.
 */
class XssVectorsTest {

  private static final String IFRAME_HOST = "tube.numerique.gouv.fr";
  private static final List<String> VECTORS = load();

  static List<String> load() {
    try (InputStream in = XssVectorsTest.class.getResourceAsStream("xss-vectors.txt")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(unescape(line));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String line) {
    StringBuilder s = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char n = line.charAt(++i);
        switch (n) {
          case 't' -> s.append('\t');
          case 'n' -> s.append('\n');
          case 'r' -> s.append('\r');
          case '0' -> s.append('\0');
          case '\\' -> s.append('\\');
          default -> s.append(c).append(n);
        }
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  static Stream<Arguments> vectorsAndPolicies() {
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < VECTORS.size(); i++) {
      for (HtmlPolicy policy : HtmlPolicy.values()) {
        out.add(Arguments.of(i + 1, policy));
      }
    }
    return out.stream();
  }

  @Test
  void thereAreAtLeastSixtyVectors() {
    assertThat(VECTORS).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "vector {0} in a body under {1}")
  @MethodSource("vectorsAndPolicies")
  void bodyOutputIsInert(int number, HtmlPolicy policy) {
    String vector = VECTORS.get(number - 1);
    BodyRenderer renderer =
        BodyRenderer.builder().policy(policy).allowedIframeHosts(IFRAME_HOST).build();
    String markdown = "Texte.\n\n" + vector + "\n\nEn ligne " + vector + " fin.\n";
    String html = Fixtures.render(renderer, markdown).html();
    List<String> violations =
        policy == HtmlPolicy.PASS
            ? Inertness.urlViolations(html)
            : Inertness.inertViolations(html, IFRAME_HOST);
    assertThat(violations).as("vector %d: %s%n%s", number, vector, html).isEmpty();
  }

  @ParameterizedTest(name = "vector {0} in front matter under {1}")
  @MethodSource("vectorsAndPolicies")
  void pagesFromFrontMatterAreInert(int number, HtmlPolicy policy) {
    String vector = VECTORS.get(number - 1);
    String v = RenderFuzzTest.yamlString(vector);
    BodyRenderer body =
        BodyRenderer.builder().policy(policy).allowedIframeHosts(IFRAME_HOST).build();
    Blog blog = new Blog(body);
    blog.add(
        "fr/blog/posts/xss.md",
        Blog.post(
            "title: "
                + v
                + "\ndescription: "
                + v
                + "\ndate: 2024-03-26\ntags: ["
                + v
                + ", Normal]\nimage:\n  path: "
                + v
                + "\n  alt: "
                + v
                + "\n",
            "Texte.\n"));
    blog.add(
        "fr/blog/posts/visible.md",
        Blog.post(
            "title: Visible\ndate: 2024-03-27\nimage:\n  path: " + v + "\n  alt: " + v + "\n",
            "Texte.\n"));
    PairedCorpus corpus = blog.pair();
    PageRenderer renderer =
        PageRenderer.builder()
            .site(blog.site)
            .bodyRenderer(body)
            .layout(
                DsfrLayout.builder()
                    .stylesheet("/dsfr/dsfr.min.css")
                    .moduleScript("/dsfr/dsfr.module.min.js")
                    .build())
            .build();
    List<Post> posts = corpus.posts();
    PostTimeline timeline = PostTimeline.of(posts);
    List<Page> pages = new ArrayList<>();
    for (Post post : posts) {
      pages.add(renderer.renderPost(post, corpus.index(), timeline.neighbours(post)));
    }
    pages.addAll(renderer.renderBlogIndex(Language.FRENCH, posts));
    TagIndex tags = TagIndex.of(posts);
    for (Tag tag : tags.tags(Language.FRENCH)) {
      pages.addAll(renderer.renderTagPages(Language.FRENCH, tag, tags.posts(Language.FRENCH, tag)));
    }
    for (Page page : pages) {
      Document doc = Jsoup.parse(page.html());
      List<String> violations = new ArrayList<>(Inertness.pageViolations(withoutOwnScripts(doc)));
      for (Element script : doc.select("script")) {
        if (!script.hasAttr("src") || !script.data().isBlank()) {
          violations.add("inline script: " + script.outerHtml());
        }
      }
      assertThat(violations).as("vector %d: %s in %s", number, vector, page.url()).isEmpty();
    }
  }

  /** The page without the layout's own {@code <script src>} elements (scripts by URL only). */
  private static String withoutOwnScripts(Document doc) {
    Document copy = doc.clone();
    copy.select("script[src=/dsfr/dsfr.module.min.js]").remove();
    return copy.outerHtml();
  }

  @Test
  void contentSecurityPolicyMetaTagIsWrittenWhenSet() {
    PageFixtures withCsp = new PageFixtures();
    String policy = "default-src 'self'; script-src 'self'; object-src 'none'";
    PageRenderer renderer =
        PageRenderer.builder()
            .site(withCsp.blog.site)
            .bodyRenderer(withCsp.body)
            .layout(DsfrLayout.builder().contentSecurityPolicy(policy).build())
            .build();
    Post post = withCsp.post(PageFixtures.FR_SOURCE);
    Page page =
        renderer.renderPost(
            post, withCsp.corpus.index(), PostTimeline.of(withCsp.blogPosts()).neighbours(post));
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("head meta[http-equiv=Content-Security-Policy]").eachAttr("content"))
        .containsExactly(policy);
    assertThat(Inertness.pageViolations(page.html())).isEmpty();

    Page without = withCsp.postPage(PageFixtures.FR_SOURCE);
    assertThat(Jsoup.parse(without.html()).select("meta[http-equiv]")).isEmpty();
  }

  @Test
  void defaultPagesCarryNoScriptAndNoHandler() {
    PageFixtures fixtures = new PageFixtures();
    List<Page> pages = new ArrayList<>();
    for (Post post : fixtures.corpus.posts()) {
      if (post.isPublished()) {
        pages.add(fixtures.postPage(post.source()));
      }
    }
    pages.addAll(
        fixtures.renderer.renderBlogIndex(Language.FRENCH, fixtures.blogPosts(Language.FRENCH)));
    pages.add(fixtures.renderer.renderNotFound(Language.ENGLISH));
    for (Page page : pages) {
      assertThat(Inertness.pageViolations(page.html())).as(page.url()).isEmpty();
      assertThat(page.html()).as(page.url()).doesNotContainIgnoringCase("<script");
    }
  }
}
