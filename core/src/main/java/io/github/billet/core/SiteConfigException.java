package io.github.billet.core;

import java.util.List;

/**
 * Thrown when a site configuration has errors; carries every problem found. Unchecked, like {@link
 * PostParseException}.
 *
 * <pre>{@code
 * try {
 *   SiteConfig config = SiteConfig.read(Path.of("site.yaml"));
 * } catch (SiteConfigException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class SiteConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public SiteConfigException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid site configuration" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems.
   *
   * @return the problems, errors and warnings
   */
  public List<Problem> problems() {
    return problems;
  }
}
