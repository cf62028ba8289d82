package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.FolderDefaults;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.Blog;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One parser and one set of renderers shared by 8 threads over 10,000 generated posts give, page
 * for page, the same bytes as one thread (compared by SHA-256): parsers and renderers hold no state
 * between calls.
 */
class ConcurrentRenderTest {

  private static final int POSTS = 10_000;
  private static final int THREADS = 8;

  @Test
  @Timeout(180)
  void eightThreadsGiveTheBytesOfOne() throws Exception {
    SiteConfig site;
    try {
      site = SiteConfig.parse("site.yaml", Blog.SITE_YAML);
    } catch (SiteConfigException e) {
      throw new IllegalStateException(e);
    }
    BodyRenderer body =
        BodyRenderer.builder()
            .policy(HtmlPolicy.SANITIZE)
            .allowedIframeHosts("tube.numerique.gouv.fr")
            .build();
    PostParser parser = PostParser.builder().extensions(body.extensions()).build();
    PageRenderer pages = PageRenderer.builder().site(site).bodyRenderer(body).build();

    Random random = new Random(20240326L);
    List<String> sources = new ArrayList<>(POSTS);
    List<String> texts = new ArrayList<>(POSTS);
    for (int i = 0; i < POSTS; i++) {
      String lang = i % 2 == 0 ? "fr" : "en";
      sources.add(lang + "/blog/posts/billet-" + i + ".md");
      texts.add(post(random, i, lang));
    }
    // the translation index (not under test here) is built once, from a sequential parse
    List<Post> parsed = new ArrayList<>(POSTS);
    for (int i = 0; i < POSTS; i++) {
      parsed.add(parse(parser, site, sources.get(i), texts.get(i)));
    }
    PairedCorpus corpus =
        TranslationPairing.builder()
            .baseUrl(site.baseUrl())
            .detectLanguages(false)
            .checkLinks(false)
            .build()
            .pair(parsed);
    PostTimeline timeline = PostTimeline.of(corpus.posts());

    // each task parses its post again (shared parser), renders the body (shared body renderer)
    // and the page (shared page renderer), and hashes both
    List<String> sequential = new ArrayList<>(POSTS);
    long t0 = System.nanoTime();
    for (int i = 0; i < POSTS; i++) {
      sequential.add(renderAndHash(parser, body, pages, site, corpus, timeline, sources, texts, i));
    }
    long sequentialMs = (System.nanoTime() - t0) / 1_000_000;

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<String>> futures = new ArrayList<>(POSTS);
    long t1 = System.nanoTime();
    try {
      // interleaved so that threads render different kinds of post at the same time
      for (int i = 0; i < POSTS; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    renderAndHash(parser, body, pages, site, corpus, timeline, sources, texts, n)));
      }
      List<String> concurrent = new ArrayList<>(POSTS);
      for (Future<String> f : futures) {
        concurrent.add(f.get());
      }
      long concurrentMs = (System.nanoTime() - t1) / 1_000_000;
      for (int i = 0; i < POSTS; i++) {
        assertThat(concurrent.get(i)).as(sources.get(i)).isEqualTo(sequential.get(i));
      }
      assertThat(sequential).doesNotHaveDuplicates();
      System.getLogger(ConcurrentRenderTest.class.getName())
          .log(
              System.Logger.Level.INFO,
              "{0} posts: sequential {1} ms, {2} threads {3} ms",
              POSTS,
              sequentialMs,
              THREADS,
              concurrentMs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String renderAndHash(
      PostParser parser,
      BodyRenderer body,
      PageRenderer pages,
      SiteConfig site,
      PairedCorpus corpus,
      PostTimeline timeline,
      List<String> sources,
      List<String> texts,
      int i) {
    Post post = parse(parser, site, sources.get(i), texts.get(i));
    RenderedBody rendered =
        body.render(
            post.body().document(),
            new BodyContext(post.url().orElseThrow(), post.source(), post.body().startLine()));
    Post paired = corpus.post(sources.get(i)).orElseThrow();
    Page page = pages.renderPost(paired, corpus.index(), timeline.neighbours(paired));
    return sha256(rendered.html() + "\u0000" + rendered.problems() + "\u0000" + page.html());
  }

  private static Post parse(PostParser parser, SiteConfig site, String source, String text) {
    try {
      FolderDefaults defaults = site.defaultsFor(source);
      return parser.parse(source, text, defaults);
    } catch (PostParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String[] WORDS = {
    "logiciel", "libre", "administration", "code", "source", "données", "ouvertes", "open",
    "public", "communauté", "europe", "guide", "équipe", "projet", "mission", "numérique"
  };

  /** A post with varied Markdown, from the random generator (same seed, same posts). */
  private static String post(Random r, int i, String lang) {
    StringBuilder fm = new StringBuilder();
    fm.append("title: \"").append(words(r, 3 + r.nextInt(5))).append(" ").append(i).append("\"\n");
    fm.append("description: \"").append(words(r, 8)).append("\"\n");
    fm.append("date: 2024-")
        .append(String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)))
        .append('\n');
    fm.append("tags: [").append(WORDS[r.nextInt(WORDS.length)]).append(", Série ").append(i % 7);
    fm.append("]\n");
    if (r.nextBoolean()) {
      fm.append("toc: true\n");
    }
    if (r.nextInt(3) == 0) {
      fm.append("image:\n  path: ./cover.png\n  alt: \"").append(words(r, 3)).append("\"\n");
    }
    StringBuilder md = new StringBuilder();
    if (r.nextInt(4) == 0) {
      String other = lang.equals("fr") ? "en" : "fr";
      md.append("*Read the [english version](/")
          .append(other)
          .append("/blog/billet-")
          .append(i + (lang.equals("fr") ? 1 : -1))
          .append("/).*\n\n");
    }
    int blocks = 3 + r.nextInt(8);
    for (int b = 0; b < blocks; b++) {
      switch (r.nextInt(11)) {
        case 0 -> md.append("## ").append(words(r, 3)).append("\n\n");
        case 1 -> md.append("### ").append(words(r, 2)).append(" {#id-").append(b).append("}\n\n");
        case 2 -> {
          md.append("| a | b | c |\n|:--|:-:|--:|\n");
          for (int row = 0; row < 1 + r.nextInt(4); row++) {
            md.append("| ").append(words(r, 1)).append(" | **").append(r.nextInt(100));
            md.append("** | `x` |\n");
          }
          md.append('\n');
        }
        case 3 -> {
          for (int k = 0; k < 1 + r.nextInt(4); k++) {
            md.append(r.nextBoolean() ? "- " : (k + 1) + ". ").append(words(r, 4)).append('\n');
          }
          md.append('\n');
        }
        case 4 ->
            md.append(":::callout ")
                .append(words(r, 2))
                .append('\n')
                .append(words(r, 10))
                .append("\n:::\n\n");
        case 5 ->
            md.append(":::")
                .append(new String[] {"info", "warning", "error", "success"}[r.nextInt(4)])
                .append(' ')
                .append(words(r, 2))
                .append('\n')
                .append(words(r, 6))
                .append("\n:::\n\n");
        case 6 -> md.append(":::quote [./portrait.png]\n").append(words(r, 12)).append("\n:::\n\n");
        case 7 ->
            md.append("{% imageContent \"./figure-")
                .append(b)
                .append(".png\", \"")
                .append(words(r, 3))
                .append("\", [1000] %}\n\n");
        case 8 ->
            md.append("Voir [")
                .append(words(r, 2))
                .append("](../billet-")
                .append(r.nextInt(POSTS))
                .append("/){.fr-link} et <https://code.gouv.fr/> ou ![img](./i.png).\n\n");
        case 9 ->
            md.append(words(r, 6))
                .append("[^n")
                .append(b)
                .append("].\n\n[^n")
                .append(b)
                .append("]: ")
                .append(words(r, 4))
                .append("\n\n");
        default ->
            md.append(words(r, 15))
                .append(" <b>gras</b> <iframe src=\"https://tube.numerique.gouv.fr/v/")
                .append(r.nextInt(1000))
                .append("\"></iframe> *")
                .append(words(r, 2))
                .append("*\n\n");
      }
    }
    return "---\n" + fm + "---\n\n" + md;
  }

  private static String words(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        s.append(' ');
      }
      s.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return s.toString();
  }
}
