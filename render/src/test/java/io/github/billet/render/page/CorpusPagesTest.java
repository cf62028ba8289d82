package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.NuChecker;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.CorpusTest;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders the whole code.gouv.fr content tree to pages (every published post, the blog and BlueHats
 * listings, the tag pages, the 404 pages) and checks every page with the Nu HTML checker: zero
 * errors (the reference site's own pages have 1,413), under each raw HTML policy.
 *
 * <p>The corpus folder comes from the system property {@code billet.corpus}; the test is skipped
 * when it is absent.
 */
public class CorpusPagesTest {

  private static NuChecker checker;

  @BeforeAll
  static void setUpChecker() {
    checker = new NuChecker();
  }

  /**
   * Returns the real corpus's content folder; the calling test is skipped, with the reason, when it
   * is absent.
   *
   * @return the folder
   */
  public static Path content() {
    return Corpus.content();
  }

  /** Every page of the site, by URL. */
  static Map<String, Page> renderSite(BodyRenderer body) throws Exception {
    SiteConfig site = SiteConfig.read(Path.of("../examples/sites/code.gouv.fr.yaml"));
    PostParser parser = PostParser.builder().extensions(body.extensions()).build();
    ContentTree tree = ContentLoader.builder().config(site).parser(parser).build().load(content());
    PairedCorpus corpus =
        TranslationPairing.builder().baseUrl("https://code.gouv.fr").build().pair(tree.posts());
    PageRenderer renderer = PageRenderer.builder().site(site).bodyRenderer(body).build();

    List<Post> published = corpus.posts().stream().filter(Post::isPublished).toList();
    List<Post> blog = published.stream().filter(p -> p.inCollection("posts")).toList();
    List<Post> bluehats = published.stream().filter(p -> p.inCollection("bluehats_posts")).toList();
    PostTimeline blogTimeline = PostTimeline.of(blog);
    PostTimeline bluehatsTimeline = PostTimeline.of(bluehats);

    Map<String, Page> pages = new LinkedHashMap<>();
    for (Post post : published) {
      Neighbours around =
          post.inCollection("bluehats_posts")
              ? bluehatsTimeline.neighbours(post)
              : blogTimeline.neighbours(post);
      add(pages, renderer.renderPost(post, corpus.index(), around));
    }
    TagIndex tags = TagIndex.of(blog);
    for (Language language : site.languages()) {
      renderer.renderBlogIndex(language, blogTimeline.posts(language)).forEach(p -> add(pages, p));
      renderer
          .renderListing(
              language,
              "/" + language.code() + "/bluehats/",
              "BlueHats",
              bluehatsTimeline.posts(language))
          .forEach(p -> add(pages, p));
      for (Tag tag : tags.tags(language)) {
        renderer
            .renderTagPages(language, tag, tags.posts(language, tag))
            .forEach(p -> add(pages, p));
      }
      add(pages, renderer.renderNotFound(language));
    }
    return pages;
  }

  private static void add(Map<String, Page> pages, Page page) {
    Page before = pages.putIfAbsent(page.url(), page);
    assertThat(before).as("two pages at %s", page.url()).isNull();
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void everyPageOfTheSitePassesTheHtmlChecker(HtmlPolicy policy) throws Exception {
    content();
    BodyRenderer body =
        BodyRenderer.builder().policy(policy).allowedIframeHosts("tube.numerique.gouv.fr").build();
    Map<String, Page> pages = renderSite(body);
    assertThat(pages.size()).isGreaterThan(200);
    Map<String, List<String>> invalid = new TreeMap<>();
    int errors = 0;
    for (Page page : pages.values()) {
      List<String> found = checker.errors(page.html());
      if (!found.isEmpty()) {
        invalid.put(page.url(), found);
        errors += found.size();
      }
    }
    assertThat(invalid)
        .as(
            "%d errors on %d of %d pages: %s",
            errors, invalid.size(), pages.size(), summary(invalid))
        .isEmpty();
  }

  /**
   * The webinar posts embed a video and often slides from their front matter. The reference site
   * shows, after the body, the video's title and a "Support de présentation" heading above the
   * slides: every page here ends its article the same way, framed from the two hosts the posts use.
   * One post has its slides' {@code src} and {@code title} swapped: its slides are left out with a
   * warning naming the swap, where the reference site shows a frame of nothing.
   */
  @Test
  void webinarPagesEndWithTheVideoAndSlidesTheReferenceSiteShows() throws Exception {
    Path rendered = content().getParent().resolveSibling("code.gouv.fr-rendered");
    assumeTrue(Files.isDirectory(rendered), "no code.gouv.fr-rendered beside the corpus");
    BodyRenderer body =
        BodyRenderer.builder()
            .policy(HtmlPolicy.SANITIZE)
            .allowedIframeHosts("tube.numerique.gouv.fr", "speakerdeck.com")
            .build();
    Map<String, Page> pages = renderSite(body);
    int videos = 0;
    int slides = 0;
    List<String> swapped = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> walk = Files.walk(rendered)) {
      folders = walk.filter(f -> Files.isRegularFile(f.resolve("body.txt"))).sorted().toList();
    }
    for (Path folder : folders) {
      String source =
          Files.readString(
              content().resolve(Files.readString(folder.resolve("source.txt")).strip()));
      if (!source.contains("\nvideo:") && !source.contains("\nslides:")) {
        continue;
      }
      String url = "/" + rendered.relativize(folder).toString().replace('\\', '/') + "/";
      Page page = pages.get(url);
      assertThat(page).as(url).isNotNull();
      Element article = Jsoup.parse(page.html()).selectFirst("main article");
      // What the media add to the article's visible text: captions and the slides heading.
      List<String> shown = new ArrayList<>();
      for (Element e : article.select("figure:has(iframe) > figcaption, figure:has(iframe)")) {
        if (e.tagName().equals("figcaption")) {
          shown.add(CorpusTest.collapse(e.text()));
        } else if (e.previousElementSibling() != null
            && e.previousElementSibling().tagName().equals("h2")
            && e.previousElementSibling().text().equals("Support de présentation")) {
          shown.add("Support de présentation");
        }
      }
      for (Element frame : article.select("iframe")) {
        String src = frame.attr("src");
        assertThat(src)
            .as(url)
            .matches("https://(tube\\.numerique\\.gouv\\.fr|speakerdeck\\.com)/.*");
        assertThat(frame.attr("title")).as(url).isNotBlank();
        if (src.startsWith("https://tube.")) {
          videos++;
        } else {
          slides++;
        }
      }
      List<String> reference =
          Files.readAllLines(folder.resolve("body.txt"), StandardCharsets.UTF_8).stream()
              .map(CorpusTest::collapse)
              .toList();
      boolean leftOut = page.problems().stream().anyMatch(p -> p.code().startsWith("media."));
      if (leftOut) {
        swapped.add(url);
        assertThat(page.problems())
            .filteredOn(p -> p.code().startsWith("media."))
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.code()).isEqualTo("media.src");
                  assertThat(p.hint()).contains("swap the values of 'src' and 'title'");
                });
        shown.add("Support de présentation");
      }
      assertThat(reference.subList(Math.max(0, reference.size() - shown.size()), reference.size()))
          .as(url)
          .isEqualTo(shown);
    }
    assertThat(swapped).containsExactly("/fr/bluehats/france-brevets/");
    assertThat(videos).as("videos framed").isGreaterThanOrEqualTo(50);
    assertThat(slides).as("slides framed").isGreaterThanOrEqualTo(10);
  }

  /**
   * The 18 pages of the corpus that set {@code showBreadcrumb: true} show the DSFR breadcrumb: the
   * home page, their {@code segments} in order, then their own title.
   */
  @Test
  void pagesThatAskForABreadcrumbShowTheirSegments() throws Exception {
    Map<String, Page> pages = renderSite(BodyRenderer.builder().build());
    SiteConfig site = SiteConfig.read(Path.of("../examples/sites/code.gouv.fr.yaml"));
    ContentTree tree = ContentLoader.builder().config(site).build().load(content());
    int shown = 0;
    for (Post post : tree.posts()) {
      if (!post.isPublished() || !post.frontMatter().getBoolean("showBreadcrumb", false)) {
        continue;
      }
      Page page = pages.get(post.url().orElseThrow());
      List<String> expected = new ArrayList<>();
      expected.add(post.language().orElseThrow().code().equals("en") ? "Home" : "Accueil");
      Object segments = post.frontMatter().get("segments").orElse(List.of());
      for (Object segment : (List<?>) segments) {
        expected.add(CorpusTest.collapse(String.valueOf(((Map<?, ?>) segment).get("title"))));
      }
      expected.add(CorpusTest.collapse(post.title()));
      Element nav = Jsoup.parse(page.html()).selectFirst("main nav.fr-breadcrumb");
      assertThat(nav).as(post.source()).isNotNull();
      assertThat(nav.select("li > a").eachText().stream().map(CorpusTest::collapse).toList())
          .as(post.source())
          .isEqualTo(expected);
      assertThat(nav.select("li > a[href]").eachAttr("href"))
          .as(post.source())
          .allMatch(href -> href.startsWith("/fr/") || href.startsWith("/en/"));
      assertThat(page.problems()).extracting(p -> p.code()).doesNotContain("breadcrumb.segment");
      shown++;
    }
    assertThat(shown).isEqualTo(18);
  }

  private static String summary(Map<String, List<String>> invalid) {
    Map<String, Integer> byMessage = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    invalid.forEach(
        (url, errors) ->
            errors.forEach(
                e -> {
                  String message = e.replaceFirst("^\\d+:\\d+: ", "");
                  if (byMessage.merge(message, 1, Integer::sum) == 1) {
                    examples.add(url + " " + e);
                  }
                }));
    return "\nby message: " + byMessage + "\nfirst of each:\n" + String.join("\n", examples);
  }
}
