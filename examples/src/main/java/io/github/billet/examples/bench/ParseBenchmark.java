package io.github.billet.examples.bench;

import io.github.billet.core.FolderDefaults;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Parse throughput: one operation parses one post (front matter typed, Markdown parsed, URL
 * computed) from text in memory, cycling through a generated corpus. Operations per second on one
 * thread are posts per second per core; multiply by the mean post size (printed at set-up) for
 * bytes per second.
 *
 * <pre>
 * python3 ../shared/bench/gen_corpus.py /tmp/c1000 500
 * java -cp examples/target/billet-examples.jar org.openjdk.jmh.Main ParseBenchmark \
 *     -p corpus=/tmp/c1000
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  /** The corpus folder, made by {@code gen_corpus.py}. */
  @Param("/tmp/c1000")
  public String corpus;

  private PostParser parser;
  private List<String> sources;
  private List<String> texts;
  private List<FolderDefaults> defaults;
  private int next;

  /** Reads the corpus and builds the parser once. */
  @Setup
  public void setUp() {
    BenchCorpus posts = BenchCorpus.read(Path.of(corpus));
    parser = PostParser.builder().build();
    SiteConfig config = BenchConfig.generated();
    sources = posts.sources();
    texts = posts.texts();
    defaults = new ArrayList<>();
    for (String source : sources) {
      defaults.add(config.defaultsFor(source));
    }
    System.err.printf(
        "%n[corpus] %d posts, %.0f bytes a post on average%n", texts.size(), posts.meanBytes());
  }

  /**
   * Parses the next post.
   *
   * @return the post, so that the JIT keeps the work
   * @throws PostParseException never on the generated corpus
   */
  @Benchmark
  public Post parse() throws PostParseException {
    int i = next;
    next = i + 1 == texts.size() ? 0 : i + 1;
    return parser.parse(sources.get(i), texts.get(i), defaults.get(i));
  }
}
