package io.github.billet.core.markdown;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A {@code :::kind argument} ... {@code :::} container, as the eleventy-dsfr template writes them;
 * its children are ordinary Markdown blocks. The fence may be longer than three colons ({@code
 * ::::callout} ... {@code ::::}), so that a container can hold another whose closing line is
 * shorter.
 *
 * <p>The fields are set while parsing only; rendering never changes them.
 */
public final class ContainerBlock extends CustomBlock {

  /** The kinds of container the reference site knows. */
  public enum Kind {
    /** {@code :::callout [title]}: a DSFR callout. */
    CALLOUT,
    /** {@code :::highlight}: a DSFR highlight (a text set apart by a side bar). */
    HIGHLIGHT,
    /** {@code :::quote [image]}: a DSFR quote, with an optional portrait. */
    QUOTE,
    /** {@code :::info [title]}: a DSFR alert. */
    INFO,
    /** {@code :::warning [title]}: a DSFR alert. */
    WARNING,
    /** {@code :::error [title]}: a DSFR alert. */
    ERROR,
    /** {@code :::success [title]}: a DSFR alert. */
    SUCCESS,
    /** {@code ??? Title}: a DSFR accordion, its content shown when its title is pressed. */
    ACCORDION,
    /** {@code ????accordionsgroup}: a DSFR group of accordions (one open at a time). */
    ACCORDIONS_GROUP;

    /**
     * Finds a kind by its Markdown name.
     *
     * @param name the word after {@code :::}
     * @return the kind, empty for an unknown name
     */
    public static Optional<Kind> named(String name) {
      for (Kind kind : values()) {
        if (kind.marker() == ':' && kind.markdownName().equals(name)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the character its fence is made of.
     *
     * @return {@code ?} for accordions and their groups, {@code :} for the others
     */
    public char marker() {
      return this == ACCORDION || this == ACCORDIONS_GROUP ? '?' : ':';
    }

    /**
     * Returns the name written after {@code :::}.
     *
     * @return the lower-case name; empty for an accordion, whose fence is followed by its title
     */
    public String markdownName() {
      return switch (this) {
        case ACCORDION -> "";
        case ACCORDIONS_GROUP -> "accordionsgroup";
        default -> name().toLowerCase(Locale.ROOT);
      };
    }

    /**
     * Tells whether this is an alert (info, warning, error, success).
     *
     * @return true for alerts
     */
    public boolean isAlert() {
      return this == INFO || this == WARNING || this == ERROR || this == SUCCESS;
    }
  }

  private final Kind kind;
  private final String argument;
  private final int fenceLength;
  private boolean closed;

  /**
   * Creates a container; the parser does.
   *
   * @param kind the kind
   * @param argument the text after the kind, trimmed
   * @param fenceLength how many marker characters open it
   */
  public ContainerBlock(Kind kind, String argument, int fenceLength) {
    this.kind = kind;
    this.argument = argument;
    this.fenceLength = fenceLength;
  }

  /**
   * Returns how many marker characters open the container (three or more); a closing line needs at
   * least as many.
   *
   * @return the fence length
   */
  public int fenceLength() {
    return fenceLength;
  }

  /**
   * Returns the opening line as an author writes it, for messages.
   *
   * @return the fence and the kind's name, such as {@code :::callout}, or an accordion's title
   */
  public String opening() {
    String fence = String.valueOf(kind.marker()).repeat(fenceLength);
    return kind == Kind.ACCORDION ? fence + " " + argument : fence + kind.markdownName();
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

  /**
   * Records that the closing line was found. For the dialect's parser only, which lives in an
   * internal package and so needs it public: not for users (a renderer must not change the tree).
   */
  public void markClosed() {
    closed = true;
  }
}
