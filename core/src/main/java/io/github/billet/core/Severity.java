package io.github.billet.core;

/**
 * How serious a {@link Problem} is.
 *
 * <pre>{@code
 * if (problem.severity() == Severity.ERROR) { ... }
 * }</pre>
 */
public enum Severity {
  /** Something worth a look; the output is still right. */
  WARNING,
  /** The input is wrong; the affected post or value is left out or replaced. */
  ERROR;

  /**
   * Returns the lower-case name used in reports, {@code warning} or {@code error}.
   *
   * @return the label
   */
  public String label() {
    return this == WARNING ? "warning" : "error";
  }
}
