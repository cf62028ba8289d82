package io.github.billet.render.site;

import io.github.billet.core.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link SiteBuild} did: the numbers to print and every problem, sorted.
 *
 * <pre>{@code
 * BuildReport report = build.run(Path.of("content"), Path.of("_site"));
 * report.problems().forEach(System.err::println);
 * System.exit(report.hasErrors() ? 1 : 0);
 * }</pre>
 *
 * @param output the output folder
 * @param committed true when the new site was switched in at the output path; false when the build
 *     stopped before that switch (the output path shows the previous site, if any)
 * @param postsPerLanguage published posts rendered, by language code
 * @param translationPairs how many translation pairs were found
 * @param pages pages rendered (posts, listings, tag pages, 404)
 * @param filesWritten files written with new bytes (pages, feeds, sitemap, assets, report)
 * @param filesUnchanged files identical to the previous build's, not rewritten
 * @param problems every problem: content, translations, rendering, output; sorted
 * @param elapsed the build's duration
 */
public record BuildReport(
    Path output,
    boolean committed,
    Map<String, Integer> postsPerLanguage,
    int translationPairs,
    int pages,
    int filesWritten,
    int filesUnchanged,
    List<Problem> problems,
    Duration elapsed) {

  /** Checks the components. */
  public BuildReport {
    Objects.requireNonNull(output, "output");
    postsPerLanguage = Collections.unmodifiableMap(new TreeMap<>(postsPerLanguage));
    problems = List.copyOf(problems);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Tells whether any problem is an error.
   *
   * @return true when at least one error
   */
  public boolean hasErrors() {
    for (Problem problem : problems) {
      if (problem.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts the errors.
   *
   * @return the number of errors
   */
  public long errors() {
    long errors = 0;
    for (Problem problem : problems) {
      if (problem.isError()) {
        errors++;
      }
    }
    return errors;
  }

  /**
   * Counts the warnings.
   *
   * @return the number of warnings
   */
  public long warnings() {
    return problems.size() - errors();
  }
}
