package io.github.billet.core;

import java.util.List;

/**
 * Thrown when a file cannot become a post at all: unreadable, too large, not UTF-8, NUL bytes,
 * front matter never closed or not valid YAML, YAML aliases beyond the limit.
 *
 * <p>It is the only exception {@link PostParser} throws for bad input, and it always carries the
 * {@link Problem}s that explain it. Problems that still leave a usable post (a wrong type, a
 * missing date) are in {@link Post#problems()} instead. It is unchecked, so that parsing fits in a
 * lambda or a stream; catch it where a bad file should not stop the caller.
 *
 * <pre>{@code
 * try {
 *   Post post = parser.parse(path);
 * } catch (PostParseException e) {
 *   e.problems().forEach(p -> log.error("{}", p));
 * }
 * }</pre>
 */
public final class PostParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, serializable in practice. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one, the first being the cause
   */
  public PostParseException(List<Problem> problems) {
    super(problems.isEmpty() ? "unreadable post" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for one problem.
   *
   * @param problem the problem
   */
  public PostParseException(Problem problem) {
    this(List.of(problem));
  }

  /**
   * Returns the first problem, the reason the file could not be read.
   *
   * @return the problem
   */
  public Problem problem() {
    return problems.get(0);
  }

  /**
   * Returns all the problems found before giving up.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
