package io.github.billet.examples.bench;

import io.github.billet.core.FolderDefaults;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Billet's counterpart of the bare commonmark-java harness ({@code
 * ../shared/bench/cmbare/src/main/java/bench/CmBare.java}), with the same loop, options, output
 * layout and measurements, so that the two can be run side by side.
 *
 * <p>Each pass reads every {@code CORPUS/{lang}/blog/posts/{slug}/index.md} (sorted by path, as
 * CmBare does), parses it with Billet's full parser (front matter typed, Markdown with the body
 * renderer's extensions, URL computed from {@link BenchConfig#generated()}), renders the post page
 * Billet writes (the body, then the DSFR page around it, with no translations and no neighbours)
 * and writes {@code OUT/{lang}/blog/{slug}/index.html}. With {@code --passes N} and N &gt; 1, pass
 * i writes under {@code OUT/pass-i/}, so that every pass creates fresh files like the first one;
 * with N = 3 the last pass is the figure CmBare calls warmed (on 4000 posts Billet's JIT still
 * gains a few percent in passes 4 and 5; more passes show the steady state). {@code --parallel}
 * uses a parallel stream (common ForkJoin pool: cores - 1 workers and the caller).
 *
 * <p>It prints one line per pass on the standard error, CmBare's line followed by two rates:
 *
 * <pre>
 * pass i/N: files=F loop_ms=L parse_render_ms=P out_bytes=B posts_per_s=X loop_posts_per_s=Y
 * </pre>
 *
 * where {@code P} is the summed per-file parse and render time (reading and writing excluded;
 * summed over threads with {@code --parallel}, then the line ends with {@code (parallel, summed
 * over threads)}), {@code X = F / (P / 1000)} (posts a second per core) and {@code Y = F / (L /
 * 1000)} (posts a second of wall time, I/O included). Numbers are printed with {@link Locale#ROOT}.
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py /tmp/c4000 2000
 * java -cp examples/target/billet-examples.jar \
 *     io.github.billet.examples.bench.WarmParseRender /tmp/c4000 /tmp/warm-out --passes 3
 * </pre>
 *
 * <p>From code, {@link #run(Path, Path, int, boolean, Consumer)} does the same without printing:
 *
 * <pre>{@code
 * List<WarmParseRender.Pass> passes =
 *     WarmParseRender.run(Path.of("/tmp/c4000"), Path.of("/tmp/out"), 3, false, p -> {});
 * double warmed = passes.get(2).postsPerSecond();
 * }</pre>
 */
public final class WarmParseRender {

  private static final String USAGE = "usage: WarmParseRender CORPUS OUT [--passes N] [--parallel]";

  private WarmParseRender() {}

  /**
   * The measurements of one pass.
   *
   * @param pass the pass number, from 1
   * @param passes the number of passes
   * @param files the number of posts parsed, rendered and written
   * @param loopNanos the wall time of the whole pass, I/O included
   * @param parseRenderNanos the summed per-file parse and render time, I/O excluded
   * @param outBytes the total size of the pages written, in bytes
   * @param parallel whether the pass ran on a parallel stream
   */
  public record Pass(
      int pass,
      int passes,
      int files,
      long loopNanos,
      long parseRenderNanos,
      long outBytes,
      boolean parallel) {

    /**
     * Returns the posts parsed and rendered a second of summed parse and render time: a rate per
     * core.
     *
     * @return {@code files / (parseRenderNanos / 1e9)}
     */
    public double postsPerSecond() {
      return files / (parseRenderNanos / 1e9);
    }

    /**
     * Returns the posts processed a second of wall time, reading and writing included.
     *
     * @return {@code files / (loopNanos / 1e9)}
     */
    public double loopPostsPerSecond() {
      return files / (loopNanos / 1e9);
    }

    /**
     * Returns the line printed for the pass: CmBare's, with the two rates before its parallel note.
     *
     * @return the line, without a line break
     */
    public String line() {
      return String.format(
          Locale.ROOT,
          "pass %d/%d: files=%d loop_ms=%.1f parse_render_ms=%.1f out_bytes=%d posts_per_s=%.0f"
              + " loop_posts_per_s=%.0f%s",
          pass,
          passes,
          files,
          loopNanos / 1e6,
          parseRenderNanos / 1e6,
          outBytes,
          postsPerSecond(),
          loopPostsPerSecond(),
          parallel ? " (parallel, summed over threads)" : "");
    }
  }

  /**
   * Runs the benchmark from the command line; exits with status 2 on bad arguments.
   *
   * @param args {@code CORPUS OUT [--passes N] [--parallel]}
   * @throws IOException when the corpus cannot be listed or a page cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(USAGE);
      System.exit(2);
    }
    int passes = 1;
    boolean parallel = false;
    try {
      for (int i = 2; i < args.length; i++) {
        switch (args[i]) {
          case "--passes" -> passes = Integer.parseInt(args[++i]);
          case "--parallel" -> parallel = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (passes < 1) {
        throw new IllegalArgumentException("--passes must be at least 1");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println(e instanceof ArrayIndexOutOfBoundsException ? "--passes needs N" : e);
      System.err.println(USAGE);
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), passes, parallel, p -> System.err.println(p.line()));
  }

  /**
   * Lists the posts of a corpus as CmBare does (every {@code index.md}, sorted by path), keeping
   * those at {@code {lang}/blog/posts/{slug}/index.md}.
   *
   * @param corpus the corpus folder
   * @return the post files, sorted
   * @throws IOException when the folder cannot be walked
   */
  public static List<Path> postFiles(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> p.getFileName().toString().equals("index.md"))
          .filter(p -> isPost(corpus.relativize(p)))
          .sorted()
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  private static boolean isPost(Path relative) {
    return relative.getNameCount() == 5
        && relative.getName(1).toString().equals("blog")
        && relative.getName(2).toString().equals("posts");
  }

  /**
   * Runs the passes: parses, renders and writes every post of the corpus {@code passes} times.
   *
   * @param corpus the corpus folder, made by {@code gen_corpus.py}
   * @param out the output folder; with more than one pass, pass i writes under {@code pass-i/}
   * @param passes the number of passes, at least 1
   * @param parallel whether to use a parallel stream
   * @param onPass called after each pass, with its measurements
   * @return the measurements of every pass, in order
   * @throws IOException when the corpus cannot be listed
   * @throws UncheckedIOException when a post cannot be read or a page cannot be written
   * @throws IllegalStateException when a post cannot be parsed
   */
  public static List<Pass> run(
      Path corpus, Path out, int passes, boolean parallel, Consumer<? super Pass> onPass)
      throws IOException {
    Objects.requireNonNull(onPass, "onPass");
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1, not " + passes);
    }
    SiteConfig config = BenchConfig.generated();
    BodyRenderer body = BodyRenderer.builder().build();
    PostParser parser = PostParser.builder().extensions(body.extensions()).build();
    PageRenderer pages = PageRenderer.builder().site(config).bodyRenderer(body).build();
    TranslationIndex noTranslations =
        TranslationPairing.builder().baseUrl(config.baseUrl()).build().pair(List.of()).index();
    Neighbours noNeighbours = Neighbours.none();

    List<Path> files = postFiles(corpus);
    List<Pass> results = new ArrayList<>();
    for (int pass = 1; pass <= passes; pass++) {
      AtomicLong parseRenderNanos = new AtomicLong();
      AtomicLong bytesOut = new AtomicLong();
      long t0 = System.nanoTime();
      Path passOut = passes == 1 ? out : out.resolve("pass-" + pass);
      Stream<Path> st = parallel ? files.parallelStream() : files.stream();
      st.forEach(
          p -> {
            try {
              Path relative = corpus.relativize(p);
              String source = relative.toString().replace('\\', '/');
              String md = Files.readString(p, StandardCharsets.UTF_8);
              long a = System.nanoTime();
              FolderDefaults defaults = config.defaultsFor(source);
              Post post = parser.parse(source, md, defaults);
              RenderedBody rendered = pages.renderBody(post);
              Page page = pages.renderPost(post, rendered, noTranslations, noNeighbours);
              String html = page.html();
              parseRenderNanos.addAndGet(System.nanoTime() - a);
              Path dir =
                  passOut
                      .resolve(relative.getName(0).toString())
                      .resolve("blog")
                      .resolve(p.getParent().getFileName().toString());
              Files.createDirectories(dir);
              byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
              Files.write(dir.resolve("index.html"), bytes);
              bytesOut.addAndGet(bytes.length);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (PostParseException e) {
              throw new IllegalStateException(e.getMessage(), e);
            }
          });
      long loop = System.nanoTime() - t0;
      Pass result =
          new Pass(
              pass, passes, files.size(), loop, parseRenderNanos.get(), bytesOut.get(), parallel);
      results.add(result);
      onPass.accept(result);
    }
    return List.copyOf(results);
  }
}
