package io.github.billet.core.internal;

import io.github.billet.core.Problem;

/** A fatal problem found by an internal reader, turned into the public exceptions by callers. */
public final class ProblemException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem
   */
  public ProblemException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /**
   * Returns the problem.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
