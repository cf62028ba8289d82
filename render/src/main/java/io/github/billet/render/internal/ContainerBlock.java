package io.github.billet.render.internal;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A {@code :::kind argument} ... {@code :::} container; its children are ordinary Markdown blocks.
 *
 * <p>The fields are set while parsing only; rendering never changes them.
 */
public final class ContainerBlock extends CustomBlock {

  /** The kinds of container the reference site knows. */
  public enum Kind {
    /** {@code :::callout Title}: a DSFR callout. */
    CALLOUT,
    /** {@code :::quote [image]}: a DSFR quote, with an optional portrait. */
    QUOTE,
    /** {@code :::info [title]}: a DSFR alert. */
    INFO,
    /** {@code :::warning [title]}: a DSFR alert. */
    WARNING,
    /** {@code :::error [title]}: a DSFR alert. */
    ERROR,
    /** {@code :::success [title]}: a DSFR alert. */
    SUCCESS;

    /**
     * Finds a kind by its Markdown name.
     *
     * @param name the word after {@code :::}
     * @return the kind, empty for an unknown name
     */
    public static Optional<Kind> named(String name) {
      for (Kind kind : values()) {
        if (kind.markdownName().equals(name)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the name written after {@code :::}.
     *
     * @return the lower-case name
     */
    public String markdownName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether this is an alert (info, warning, error, success).
     *
     * @return true for alerts
     */
    public boolean isAlert() {
      return this != CALLOUT && this != QUOTE;
    }
  }

  private final Kind kind;
  private final String argument;
  private boolean closed;

  ContainerBlock(Kind kind, String argument) {
    this.kind = kind;
    this.argument = argument;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the text after the kind on the opening line (a title or an image path), trimmed.
   *
   * @return the argument, may be empty
   */
  public String argument() {
    return argument;
  }

  /**
   * Tells whether a closing {@code :::} line was found.
   *
   * @return false when the container ran to the end of its parent
   */
  public boolean isClosed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }
}
