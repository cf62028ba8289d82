package io.github.billet.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * One run of the command line in this JVM, with what it printed: the set-up the command line tests
 * share.
 *
 * <pre>{@code
 * CliRun run = CliRun.of("check", content.toString());
 * assertThat(run.status()).isEqualTo(1);
 * }</pre>
 *
 * @param status the exit status
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int status, String out, String err) {

  /**
   * Runs the command line as {@code main} does.
   *
   * @param args the arguments
   * @return the run
   */
  static CliRun of(String... args) {
    return capture((out, err) -> BilletCli.run(args, out, err));
  }

  /**
   * Runs the command line; {@code watch} looks for changes every millisecond while {@code more}
   * says so.
   *
   * @param more asked before each look; may change the content
   * @param args the arguments
   * @return the run
   */
  static CliRun watching(BooleanSupplier more, String... args) {
    return capture((out, err) -> BilletCli.run(args, out, err, more, 1));
  }

  private static CliRun capture(BiFunction<PrintStream, PrintStream, Integer> cli) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        cli.apply(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * The standard output's lines.
   *
   * @return the lines
   */
  List<String> lines() {
    return out.lines().toList();
  }
}
