package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.Severity;
import io.github.billet.render.Blog;
import io.github.billet.render.NuChecker;
import io.github.billet.render.page.Page;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded video and slides of a post page ({@code video: {src, title}}, {@code slides: {src,
 * title}}): where they land, how they are escaped, and what is left out with which warning.
 */
class MediaEmbedsTest {

  private static final String HOST = "videos.example.gouv.fr";
  private static NuChecker checker;

  @BeforeAll
  static void setUp() {
    checker = new NuChecker();
  }

  /** Renders one post with the given front matter lines and body under a raw HTML policy. */
  private static Page render(String source, String frontMatter, HtmlPolicy policy) {
    BodyRenderer body =
        BodyRenderer.builder()
            .policy(policy)
            .allowedIframeHosts(HOST, "slides.example.org")
            .build();
    return Blog.onePostPage(
        body,
        source,
        Blog.post(
            "title: Un wébinaire\ndate: 2024-06-07\n" + frontMatter,
            "Le texte du billet.\n\n## Une section\n\nSa fin.\n"));
  }

  private static Page renderFr(String frontMatter, HtmlPolicy policy) {
    return render("fr/blog/posts/webinaire/index.md", frontMatter, policy);
  }

  @Test
  void videoThenSlidesFollowTheBodyInsideTheArticle() {
    Page page =
        renderFr(
            """
            video:
              src: https://videos.example.gouv.fr/videos/embed/1234
              title: "Wébinaire : <présentation> & \\"démo\\""
            slides:
              src: https://slides.example.org/player/abcd
              title: Les diapositives
            """,
            HtmlPolicy.SANITIZE);
    assertThat(page.problems()).isEmpty();
    assertThat(checker.errors(page.html())).isEmpty();
    Document doc = Jsoup.parse(page.html());
    Element article = doc.selectFirst("main article");
    List<Element> figures = article.select("figure.fr-content-media");
    assertThat(figures).hasSize(2);
    Element video = figures.get(0).selectFirst("iframe.fr-responsive-vid");
    assertThat(video.attr("src")).isEqualTo("https://videos.example.gouv.fr/videos/embed/1234");
    assertThat(video.attr("title")).isEqualTo("Wébinaire : <présentation> & \"démo\"");
    assertThat(video.hasAttr("allowfullscreen")).isTrue();
    assertThat(figures.get(0).selectFirst("figcaption").text())
        .isEqualTo("Wébinaire : <présentation> & \"démo\"");
    assertThat(page.html()).contains("Wébinaire : &lt;présentation&gt; &amp; &#34;démo&#34;");
    // the body comes first, then the video, then the slides under their heading
    assertThat(article.children().stream().map(Element::tagName).toList())
        .containsSubsequence("p", "h2", "p", "figure", "h2", "figure");
    Element heading = figures.get(1).previousElementSibling();
    assertThat(heading.tagName()).isEqualTo("h2");
    assertThat(heading.text()).isEqualTo("Support de présentation");
    Element slides = figures.get(1).selectFirst("iframe");
    assertThat(slides.attr("src")).isEqualTo("https://slides.example.org/player/abcd");
    assertThat(slides.attr("title")).isEqualTo("Les diapositives");
    assertThat(figures.get(1).select("figcaption")).isEmpty();
  }

  @Test
  void englishLabelsAndAVideoWrittenAsABareUrlWithoutTitle() {
    Page page =
        render(
            "en/blog/posts/webinar/index.md",
            """
            video: https://videos.example.gouv.fr/videos/embed/9
            slides:
              src: https://slides.example.org/player/9
            """,
            HtmlPolicy.PASS);
    assertThat(page.problems()).isEmpty();
    Document doc = Jsoup.parse(page.html());
    List<Element> frames = doc.select("main article figure iframe");
    assertThat(frames).hasSize(2);
    assertThat(frames.get(0).attr("src"))
        .isEqualTo("https://videos.example.gouv.fr/videos/embed/9");
    assertThat(frames.get(0).attr("title")).as("a frame always has a title").isEqualTo("Video");
    assertThat(doc.select("main article figcaption")).as("no title, no caption").isEmpty();
    assertThat(frames.get(1).attr("title")).isEqualTo("Slides");
    assertThat(doc.select("main article h2").last().text()).isEqualTo("Slides");
    assertThat(checker.errors(page.html())).isEmpty();
  }

  @Test
  void aPostWithoutMediaGetsNoFrameAndNoHeading() {
    Page page = renderFr("tags: [webinaire]\n", HtmlPolicy.SANITIZE);
    assertThat(page.problems()).isEmpty();
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("main iframe, main figure")).isEmpty();
    assertThat(doc.select("main h2").eachText()).containsExactly("Une section #");
  }

  @Test
  void aHostNotAllowedUnderSanitizeIsLeftOutWithAWarningAtTheKey() {
    String fm =
        """
        video:
          title: Ailleurs
          src: https://tube.example.com/embed/1
        """;
    for (HtmlPolicy policy : List.of(HtmlPolicy.SANITIZE, HtmlPolicy.ESCAPE)) {
      Page page = renderFr(fm, policy);
      assertThat(Jsoup.parse(page.html()).select("main iframe")).as(policy.name()).isEmpty();
      Problem p = only(page);
      assertThat(p.code()).isEqualTo("media.host");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.file()).isEqualTo("fr/blog/posts/webinaire/index.md");
      // the file's line 6: ---, title, date, video:, title:, src:
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.message()).contains("'tube.example.com'").contains("left out");
      assertThat(p.hint()).contains("allowedIframeHosts(\"tube.example.com\")");
    }
    // authors trusted: any https host is framed
    Page trusted = renderFr(fm, HtmlPolicy.PASS);
    assertThat(trusted.problems()).isEmpty();
    assertThat(Jsoup.parse(trusted.html()).select("main iframe").attr("src"))
        .isEqualTo("https://tube.example.com/embed/1");
  }

  @Test
  void swappedSourceAndTitleAreNamedAsSuch() {
    // As a real webinar post of code.gouv.fr writes its slides.
    Page page =
        renderFr(
            """
            slides:
              src: "Wébinaire - présentation"
              title: https://slides.example.org/player/af2d
            """,
            HtmlPolicy.PASS);
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("main iframe")).isEmpty();
    assertThat(doc.select("main h2").eachText()).containsExactly("Une section #");
    Problem p = only(page);
    assertThat(p.code()).isEqualTo("media.src");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message())
        .isEqualTo(
            "'slides.src' is not an https URL: 'Wébinaire - présentation'; the slides are"
                + " left out");
    assertThat(p.hint()).contains("swap the values of 'src' and 'title'");
  }

  @Test
  void unusableSourcesAreLeftOutWithAPreciseWarning() {
    record Case(String frontMatter, String code, String inMessage, String inHint) {}
    List<Case> cases =
        List.of(
            new Case(
                "video:\n  src: http://videos.example.gouv.fr/v/1\n",
                "media.src",
                "not an https URL",
                "https"),
            new Case("video:\n  src: javascript:alert(1)\n", "media.src", "not an https", "https"),
            new Case("video:\n  src: /videos/1\n", "media.src", "not an https", "absolute"),
            new Case("video:\n  title: Sans adresse\n", "media.src", "missing or empty", "src"),
            new Case("video:\n  src: \"  \"\n", "media.src", "missing or empty", "src"),
            new Case("video: [a, b]\n", "media.type", "found a list", "src:"),
            new Case("video: 12\n", "media.type", "found a number", "src:"),
            new Case("video: true\n", "media.type", "found a boolean", "src:"),
            new Case(
                "video:\n  src: [https://a.example/]\n", "media.type", "must be a URL", "address"));
    for (Case c : cases) {
      Page page = renderFr(c.frontMatter(), HtmlPolicy.PASS);
      assertThat(Jsoup.parse(page.html()).select("main iframe")).as(c.frontMatter()).isEmpty();
      Problem p = only(page);
      assertThat(p.code()).as(c.frontMatter()).isEqualTo(c.code());
      assertThat(p.line()).as(c.frontMatter()).isGreaterThanOrEqualTo(4);
      assertThat(p.message()).as(c.frontMatter()).contains(c.inMessage());
      assertThat(p.hint()).as(c.frontMatter()).contains(c.inHint());
      assertThat(page.html()).doesNotContain("javascript:");
    }
  }

  @Test
  void theFrameSourceIsEscapedForItsAttribute() {
    Page page =
        renderFr(
            "video:\n  src: 'https://videos.example.gouv.fr/v/1?a=1&b=\"><script>x</script>'\n",
            HtmlPolicy.PASS);
    assertThat(page.problems()).isEmpty();
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("main iframe").attr("src"))
        .startsWith("https://videos.example.gouv.fr/v/1?a=1&b=")
        .doesNotContain("\"")
        .doesNotContain("<");
  }

  private static Problem only(Page page) {
    assertThat(page.problems()).hasSize(1);
    return page.problems().get(0);
  }
}
