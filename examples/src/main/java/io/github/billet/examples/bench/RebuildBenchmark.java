package io.github.billet.examples.bench;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.BuildSession;
import io.github.billet.render.site.SiteBuild;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times a rebuild after one post changed, in a {@link BuildSession} (what {@code billet watch}
 * does): the first build of the session builds the whole site (a cold JVM, like a whole-process
 * build), then, {@code --runs} times, one post gets a new last line and the session builds again.
 * The post is restored at the end and the site rebuilt, so the corpus is left as it was.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.bench.RebuildBenchmark \
 *     /tmp/c4000 /tmp/site --runs 5
 * </pre>
 *
 * <p>Prints one line a build on stderr and a last line with the medians.
 */
public final class RebuildBenchmark {

  private RebuildBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code CORPUS OUT [--runs N]}
   * @throws IOException when the post cannot be edited or restored
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RebuildBenchmark CORPUS OUT [--runs N]");
      System.exit(2);
    }
    int runs = args.length >= 4 && args[2].equals("--runs") ? Integer.parseInt(args[3]) : 5;
    Result r = run(Path.of(args[0]), Path.of(args[1]), BenchConfig.generated(), runs, System.err);
    System.exit(r.rebuildsOk() ? 0 : 1);
  }

  /**
   * What the benchmark measured.
   *
   * @param fullMillis the session's first (whole) build
   * @param rebuildMillis each rebuild after one change
   * @param filesWritten the files each rebuild wrote
   * @param rebuildsOk true when every rebuild committed
   */
  public record Result(
      long fullMillis, List<Long> rebuildMillis, List<Integer> filesWritten, boolean rebuildsOk) {}

  /**
   * Runs the benchmark.
   *
   * @param corpus the content folder
   * @param out the output folder
   * @param config the site configuration
   * @param runs how many rebuilds
   * @param log where the lines go
   * @return the figures
   * @throws IOException when the post cannot be edited or restored
   */
  public static Result run(Path corpus, Path out, SiteConfig config, int runs, PrintStream log)
      throws IOException {
    Path post;
    try (Stream<Path> files = Files.walk(corpus.resolve("fr"))) {
      post =
          files
              .filter(p -> p.getFileName().toString().equals("index.md"))
              .sorted()
              .findFirst()
              .orElseThrow(() -> new IOException("no fr/**/index.md under " + corpus));
    }
    byte[] original = Files.readAllBytes(post);
    SiteBuild build = SiteBuild.builder().config(config).build();
    List<Long> times = new ArrayList<>();
    List<Integer> written = new ArrayList<>();
    boolean ok = true;
    long full;
    try (BuildSession session = build.session(corpus, out)) {
      long t0 = System.nanoTime();
      BuildReport first = session.build();
      full = (System.nanoTime() - t0) / 1_000_000;
      log.printf(
          Locale.ROOT,
          "full build: %d ms, %d files written, %d pages%n",
          full,
          first.filesWritten(),
          first.pages());
      try {
        for (int i = 1; i <= runs; i++) {
          String edited =
              new String(original, StandardCharsets.UTF_8)
                  + "\nEdited for the rebuild benchmark ("
                  + i
                  + ").\n";
          Files.writeString(post, edited, StandardCharsets.UTF_8);
          long t = System.nanoTime();
          BuildReport again = session.build();
          long ms = (System.nanoTime() - t) / 1_000_000;
          times.add(ms);
          written.add(again.filesWritten());
          ok &= again.committed();
          log.printf(
              Locale.ROOT,
              "rebuild %d/%d after editing %s: %d ms, %d files written, %d unchanged%n",
              i,
              runs,
              corpus.relativize(post),
              ms,
              again.filesWritten(),
              again.filesUnchanged());
        }
      } finally {
        Files.write(post, original);
        session.build();
      }
    }
    List<Long> sorted = times.stream().sorted().toList();
    long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    log.printf(
        Locale.ROOT,
        "median rebuild: %d ms = %.1f %% of the session's full build (%d ms)%n",
        median,
        full == 0 ? 0 : 100.0 * median / full,
        full);
    return new Result(full, List.copyOf(times), List.copyOf(written), ok);
  }
}
