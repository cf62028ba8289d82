package io.github.billet.core;

/**
 * A 1-based line and column in a source file.
 *
 * <pre>{@code
 * SourcePosition at = frontMatter.positionOf("date").orElse(SourcePosition.UNKNOWN);
 * }</pre>
 *
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 */
public record SourcePosition(int line, int column) {

  /** No known position. */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
