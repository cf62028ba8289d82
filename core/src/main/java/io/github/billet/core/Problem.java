package io.github.billet.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input: where it is, what is wrong and how to fix it.
 *
 * <p>Lines and columns are 1-based and count in the <em>source file</em> (front matter included); 0
 * means the problem concerns the whole file. Codes are stable identifiers such as {@code
 * yaml.duplicate-key}, meant for filtering and tests; messages are for people.
 *
 * <pre>{@code
 * Problem p = Problem.error("fr/post.md", 3, 7, "date.invalid",
 *     "date '2024-02-30' is not a calendar date", "write the date as YYYY-MM-DD");
 * System.err.println(p); // fr/post.md:3:7: error: date.invalid: date '2024-02-30' ...
 * }</pre>
 *
 * @param severity warning or error
 * @param file the source name, usually a path relative to the content root
 * @param line the 1-based line, or 0 for the whole file
 * @param column the 1-based column, or 0 when unknown
 * @param code a stable identifier of the kind of problem
 * @param message what is wrong
 * @param hint how to fix it, may be empty
 */
public record Problem(
    Severity severity, String file, int line, int column, String code, String message, String hint)
    implements Comparable<Problem> {

  /** Checks the components. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  /**
   * Creates an error.
   *
   * @param file the source name
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param code the stable code
   * @param message what is wrong
   * @param hint how to fix it
   * @return the problem
   */
  public static Problem error(
      String file, int line, int column, String code, String message, String hint) {
    return new Problem(Severity.ERROR, file, line, column, code, message, hint);
  }

  /**
   * Creates a warning.
   *
   * @param file the source name
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param code the stable code
   * @param message what is wrong
   * @param hint how to fix it
   * @return the problem
   */
  public static Problem warning(
      String file, int line, int column, String code, String message, String hint) {
    return new Problem(Severity.WARNING, file, line, column, code, message, hint);
  }

  /**
   * Tells whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Orders by file, line, column, then errors before warnings, code and message.
   *
   * @param other the other problem
   * @return the comparison
   */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  // ERROR is declared after WARNING, so severities compare in reverse for errors to come first.
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity, Comparator.reverseOrder())
          .thenComparing(Problem::code)
          .thenComparing(Problem::message);

  /**
   * Formats the problem as {@code file:line:column: severity: code: message (hint)}, the form
   * editors and compilers use.
   *
   * @return the one-line form
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(file).append(':').append(line).append(':').append(column).append(": ");
    s.append(severity.label()).append(": ").append(code).append(": ").append(message);
    if (!hint.isEmpty()) {
      s.append(" (").append(hint).append(')');
    }
    return s.toString();
  }
}
