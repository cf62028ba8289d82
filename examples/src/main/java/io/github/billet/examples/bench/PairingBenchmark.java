package io.github.billet.examples.bench;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.Post;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
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
 * Pairing throughput: one operation pairs a whole loaded corpus (language detection, claims, pairs,
 * the integrity report with the internal-link check). Divide posts by the time per operation for
 * posts per second.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar org.openjdk.jmh.Main PairingBenchmark \
 *     -p corpus=/tmp/c1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PairingBenchmark {

  /** The corpus folder, made by {@code gen_corpus.py}. */
  @Param("/tmp/c1000")
  public String corpus;

  private List<Post> posts;
  private TranslationPairing pairing;

  /** Loads the corpus once. */
  @Setup
  public void setUp() {
    posts =
        ContentLoader.builder()
            .config(BenchConfig.generated())
            .build()
            .load(Path.of(corpus))
            .posts();
    pairing = TranslationPairing.builder().baseUrl("https://example.gouv.fr").build();
    System.err.printf("%n[corpus] %d posts%n", posts.size());
  }

  /**
   * Pairs the corpus.
   *
   * @return the result
   */
  @Benchmark
  public PairedCorpus pair() {
    return pairing.pair(posts);
  }
}
