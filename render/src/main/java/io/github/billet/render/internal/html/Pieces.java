package io.github.billet.render.internal.html;

import java.util.Arrays;
import java.util.Objects;

/**
 * The pieces of a page, kept as references and joined once into a string of the exact length.
 *
 * <p>A page written into a {@code StringBuilder} copies every piece as it is appended, grows its
 * array (and copies it again) as it goes, and copies the whole once more in {@code toString()}.
 * Here, adding a piece only stores a reference, and {@link #join()} copies each piece once into a
 * string of the exact length.
 *
 * <p>Not thread-safe: one per page being written.
 *
 * <pre>{@code
 * Pieces page = new Pieces(16);
 * page.add("<h1>").add(Markup.text(title)).add("</h1>\n").add(bodyHtml);
 * String html = page.join();
 * }</pre>
 */
public final class Pieces {

  private String[] parts;
  private int size;

  /**
   * Creates an empty list of pieces.
   *
   * @param capacity the expected number of pieces (the list grows past it)
   */
  public Pieces(int capacity) {
    parts = new String[Math.max(capacity, 4)];
  }

  /**
   * Adds a piece.
   *
   * @param piece the text, not null
   * @return this
   * @throws NullPointerException when {@code piece} is null
   */
  public Pieces add(String piece) {
    Objects.requireNonNull(piece, "piece");
    if (size == parts.length) {
      grow();
    }
    parts[size++] = piece;
    return this;
  }

  private void grow() {
    parts = Arrays.copyOf(parts, parts.length * 2);
  }

  /**
   * Returns the number of pieces added.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Joins the pieces, in the order added.
   *
   * @return one string of their summed length
   */
  public String join() {
    // String.join(CharSequence, CharSequence...) sums the lengths and copies each piece once.
    return String.join("", size == parts.length ? parts : Arrays.copyOf(parts, size));
  }
}
