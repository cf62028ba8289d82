package io.github.billet.examples.bench;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.internal.shared.SharedDocument;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.PostTimeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Render throughput: {@code body} renders one parsed post body to HTML (DSFR markup, URL safety,
 * heading ids, table of contents); {@code page} renders one whole post page (body, layout,
 * alternates, tags, neighbours). Operations per second on one thread are posts per second per core.
 * Posts are parsed and paired once, at set-up.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar org.openjdk.jmh.Main RenderBenchmark \
 *     -p corpus=/tmp/c1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

  /** The corpus folder, made by {@code gen_corpus.py}. */
  @Param("/tmp/c1000")
  public String corpus;

  private BodyRenderer body;
  private PageRenderer pages;
  private PairedCorpus paired;
  private PostTimeline timeline;
  private List<Post> posts;

  /** Per-thread cursor over the posts. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Loads, parses and pairs the corpus. */
  @Setup
  public void setUp() {
    body = BodyRenderer.builder().build();
    PostParser parser = PostParser.builder().extensions(body.extensions()).build();
    List<Post> loaded =
        ContentLoader.builder()
            .parser(parser)
            .config(BenchConfig.generated())
            .build()
            .load(Path.of(corpus))
            .posts();
    paired = TranslationPairing.builder().baseUrl("https://example.gouv.fr").build().pair(loaded);
    posts = paired.posts();
    timeline = PostTimeline.of(posts);
    pages = PageRenderer.builder().site(BenchConfig.generated()).bodyRenderer(body).build();
  }

  private Post next(Cursor cursor) {
    int i = cursor.next;
    cursor.next = i + 1 == posts.size() ? 0 : i + 1;
    return posts.get(i);
  }

  /**
   * Renders the next post's body.
   *
   * @param cursor the thread's position
   * @return the body
   */
  @Benchmark
  public RenderedBody body(Cursor cursor) {
    Post post = next(cursor);
    return body.render(
        SharedDocument.of(post.body()),
        post.url().orElse("/"),
        post.source(),
        post.body().startLine());
  }

  /**
   * Renders the next post's whole page.
   *
   * @param cursor the thread's position
   * @return the page
   */
  @Benchmark
  public Page page(Cursor cursor) {
    Post post = next(cursor);
    return pages.renderPost(post, paired.index(), timeline.neighbours(post));
  }
}
