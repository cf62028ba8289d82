package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.render.Blog;
import io.github.billet.render.NuChecker;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Front matter written to attack the page (script, quotes, {@code javascript:} in title,
 * description, tags, image path and alt, permalink): every page made from it is inert, whatever the
 * raw HTML policy: no script element, no event handler attribute, no attribute holding a URL whose
 * scheme can run script. (A permalink {@code javascript:x} is a harmless site path, {@code
 * /javascript:x}.)
 */
class PageHostileInputTest {

  private static final String HOSTILE =
      """
      title: "<script>alert(1)</script>\\" onmouseover=\\"alert(2)"
      description: "'><img src=x onerror=alert(3)><script>alert(3)</script>"
      date: 2024-02-01
      tags:
        - "<script>alert(4)</script>"
        - "javascript:alert(5)"
        - "\\" onclick=\\"alert(6)"
        - Normal
      image:
        path: "javascript:alert(7)"
        alt: "\\"><script>alert(8)</script><img src=x onerror=alert(9)>"
      """;

  private static final String HOSTILE_IMAGES =
      """
      title: "Images"
      date: 2024-02-02
      permalink: "javascript:alert(10)"
      image:
        path: " JaVa\\tScRiPt:alert(11)"
        alt: "x' onload='alert(12)"
      """;

  private static final String DATA_IMAGE =
      """
      title: "Data"
      date: 2024-02-03
      image:
        path: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4="
        alt: ""
      """;

  private static final String HOSTILE_BODY =
      "<script>alert(20)</script>\n\n"
          + "<a href=\"javascript:alert(21)\" onclick=\"alert(22)\">x</a>\n\n"
          + "[link](javascript:alert(23))\n";

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void everyPageIsInert(HtmlPolicy policy) {
    BodyRenderer body = BodyRenderer.builder().policy(policy).build();
    Blog blog = new Blog(body);
    // PASS trusts the body's raw HTML by definition: the hostile body is for the other policies
    String text = policy == HtmlPolicy.PASS ? "Texte.\n" : HOSTILE_BODY;
    blog.add("fr/blog/posts/hostile.md", Blog.post(HOSTILE, text));
    blog.add("fr/blog/posts/images.md", Blog.post(HOSTILE_IMAGES, "Texte.\n"));
    blog.add("fr/blog/posts/data.md", Blog.post(DATA_IMAGE, "Texte.\n"));
    PairedCorpus corpus = blog.pair();
    PageRenderer renderer = PageRenderer.builder().site(blog.site).bodyRenderer(body).build();
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
    assertThat(pages).hasSizeGreaterThan(6);
    NuChecker checker = new NuChecker();
    for (Page page : pages) {
      assertInert(page);
      assertThat(checker.errors(page.html())).as(page.url()).isEmpty();
    }
    Page hostile = pages.get(posts.indexOf(corpus.post("fr/blog/posts/hostile.md").orElseThrow()));
    Document doc = Jsoup.parse(hostile.html());
    assertThat(doc.selectFirst("main h1").text())
        .isEqualTo("<script>alert(1)</script>\" onmouseover=\"alert(2)");
    assertThat(doc.title()).startsWith("<script>alert(1)</script>");
    assertThat(doc.select("main a.fr-tag").eachText())
        .containsExactly(
            "<script>alert(4)</script>", "javascript:alert(5)", "\" onclick=\"alert(6)", "Normal");
    assertThat(doc.select("main a.fr-tag").eachAttr("href"))
        .containsExactly(
            "/fr/blog/tags/script-alert-4-script/",
            "/fr/blog/tags/javascript-alert-5/",
            "/fr/blog/tags/onclick-alert-6/",
            "/fr/blog/tags/normal/");
    assertThat(doc.select("meta[property=og:image]")).isEmpty();
    assertThat(hostile.problems()).anyMatch(p -> p.code().equals("url.unsafe"));
  }

  private static void assertInert(Page page) {
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("script")).as(page.url()).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name)
            .as("%s on <%s> in %s", name, e.tagName(), page.url())
            .doesNotStartWith("on");
        String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        assertThat(value)
            .as("%s=%s in %s", name, a.getValue(), page.url())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:text");
      }
    }
  }
}
