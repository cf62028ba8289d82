package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real code.gouv.fr content with its configuration and nothing else, so under the
 * default HTML policy (SANITIZE) with the iframe hosts the configuration lists: every frame the
 * posts embed (iframes in bodies, {@code video} and {@code slides}) is still shown, and what the
 * sanitizer removes is only presentation.
 */
class CodeGouvFrSafeBuildTest {

  @TempDir static Path dir;
  static SiteConfig config;
  static ContentTree tree;
  static BuildReport report;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path corpus =
        Path.of(System.getProperty("billet.corpus", "../../shared/corpus")).toAbsolutePath();
    Path content = corpus.resolve("code.gouv.fr/content");
    assumeTrue(
        Files.isDirectory(content),
        "the shared corpus is absent at " + corpus + "; skipping the code.gouv.fr build");
    config = SiteConfig.read(Path.of("sites/code.gouv.fr.yaml"));
    tree = ContentLoader.builder().config(config).build().load(content);
    site = dir.resolve("site");
    report = SiteBuild.builder().config(config).build().run(content, site);
  }

  private static final Pattern IFRAME = Pattern.compile("(?i)<iframe\\b");

  /** The frames a post asks for: its body's iframes, its video and slides with an https source. */
  private static int framesAskedFor(Post post) {
    int frames = 0;
    Matcher m = IFRAME.matcher(post.body().markdown());
    while (m.find()) {
      frames++;
    }
    for (String key : List.of("video.src", "slides.src")) {
      if (post.frontMatter().getString(key).orElse("").startsWith("https://")) {
        frames++;
      }
    }
    return frames;
  }

  @Test
  void theConfigurationListsTheHostsThePostsEmbedFrom() {
    assertThat(config.htmlPolicy()).contains("sanitize");
    assertThat(config.iframeHosts())
        .containsExactlyInAnyOrder("tube.numerique.gouv.fr", "speakerdeck.com", "tube.ac-lyon.fr");
  }

  @Test
  void everyFrameThePostsAskForIsShown() throws Exception {
    assertThat(report.committed()).isTrue();
    Map<String, String> missing = new TreeMap<>();
    int asked = 0;
    int shown = 0;
    List<String> hosts = new ArrayList<>();
    for (Post post : tree.posts()) {
      if (!post.isPublished()) {
        continue;
      }
      int wanted = framesAskedFor(post);
      String url = post.url().orElseThrow();
      Document page = Jsoup.parse(site.resolve(url.substring(1) + "index.html").toFile(), "UTF-8");
      List<Element> frames = page.select("main iframe");
      for (Element frame : frames) {
        hosts.add(URI.create(frame.attr("src")).getHost());
      }
      asked += wanted;
      shown += frames.size();
      if (frames.size() != wanted) {
        missing.put(post.source(), wanted + " asked for, " + frames.size() + " shown");
      }
    }
    // One webinar has its slides' src and title swapped: no https source, so none asked for.
    assertThat(missing).as("%d frames asked for, %d shown", asked, shown).isEmpty();
    assertThat(asked).isGreaterThanOrEqualTo(80);
    assertThat(hosts).allMatch(config.iframeHosts()::contains);
    assertThat(report.problems())
        .extracting(Problem::code)
        .doesNotContain("media.host", "html.script", "html.event-handler");
  }

  /**
   * What the sanitizer takes from the real posts is presentation only: no element, no frame, only
   * styles, data attributes, vendor-prefixed fullscreen flags and the obsolete table attributes
   * that CSS replaced; no text is lost (the reference texts are compared in render's corpus tests).
   */
  @Test
  void theSanitizerTakesOnlyPresentationFromTheRealPosts() {
    List<Problem> sanitized =
        report.problems().stream().filter(p -> p.code().equals("html.sanitized")).toList();
    Pattern presentation =
        Pattern.compile(
            "attribute (style|data-[a-z-]+|(moz|webkit)allowfullscreen"
                + "|border|cellspacing|cellpadding|rules|frame) of <[a-z]+>");
    List<String> removed = new ArrayList<>();
    for (Problem p : sanitized) {
      String prefix = "raw HTML was changed by the SANITIZE policy: removed ";
      assertThat(p.message()).startsWith(prefix);
      removed.addAll(List.of(p.message().substring(prefix.length()).split(", ")));
    }
    assertThat(removed).isNotEmpty().allMatch(r -> presentation.matcher(r).matches());
  }
}
