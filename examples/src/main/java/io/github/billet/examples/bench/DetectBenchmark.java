package io.github.billet.examples.bench;

import io.github.billet.i18n.Detection;
import io.github.billet.i18n.LanguageDetector;
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
 * Language detection throughput: one operation detects the language of one post's whole text.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar org.openjdk.jmh.Main DetectBenchmark \
 *     -p corpus=/tmp/c1000
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectBenchmark {

  /** The corpus folder, made by {@code gen_corpus.py}. */
  @Param("/tmp/c1000")
  public String corpus;

  private LanguageDetector detector;
  private List<String> texts;
  private int next;

  /** Reads the corpus. */
  @Setup
  public void setUp() {
    texts = BenchCorpus.read(Path.of(corpus)).texts();
    detector = LanguageDetector.defaults();
  }

  /**
   * Detects the next post's language.
   *
   * @return the detection
   */
  @Benchmark
  public Detection detect() {
    int i = next;
    next = i + 1 == texts.size() ? 0 : i + 1;
    return detector.detect(texts.get(i));
  }
}
