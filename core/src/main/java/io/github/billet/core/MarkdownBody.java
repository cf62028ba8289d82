package io.github.billet.core;

import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * A post's Markdown body: the text after the front matter, the line where it starts in the source
 * file, and the parsed commonmark document.
 *
 * <p>The document is shared, not copied: treat it as read-only (renderers read it through visitors
 * and never change it), which keeps a {@link Post} safe to share between threads.
 *
 * <p>A body loaded by a {@link ContentLoader} built with {@code keepDocuments(false)} holds its
 * document only as long as memory allows: when the Java heap runs short the document is dropped and
 * {@link #document()} parses the text again with the same parser, which gives the same tree (not
 * the same instance). What is computed from the document once can be kept with {@link #derived}.
 * Such a loader may also let go of the text of a body read from a file, when many posts are loaded
 * into a small heap: {@link #markdown()} then reads it from the file again and checks that it is
 * the text that was parsed.
 *
 * <pre>{@code
 * MarkdownBody body = post.body();
 * int fileLine = body.fileLine(3); // the source file line of the body's third line
 * }</pre>
 */
public final class MarkdownBody {

  private volatile String markdown;
  private volatile SoftReference<String> releasedText;
  private volatile Supplier<String> reloadText;
  private final int textLength;
  // The text's hash, computed when first needed (hashCode, or when the text is let go); 0 until.
  private volatile int textHash;
  private volatile boolean hashed;
  private final int startLine;
  private volatile Node document;
  private volatile SoftReference<Node> released;
  private volatile Function<String, Node> parser;
  private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>(4);

  /**
   * Makes a body.
   *
   * @param markdown the body text, line ends normalized to {@code \n}
   * @param startLine the 1-based line of the source file where the body starts
   * @param document the parsed commonmark document; its source spans count from the body's start
   */
  public MarkdownBody(String markdown, int startLine, Node document) {
    this.markdown = Objects.requireNonNull(markdown, "markdown");
    this.textLength = markdown.length();
    this.document = Objects.requireNonNull(document, "document");
    this.startLine = Math.max(1, startLine);
  }

  /**
   * Returns the body text.
   *
   * @return the body text, line ends normalized to {@code \n}
   * @throws java.io.UncheckedIOException when the text was let go to save memory and the file it
   *     came from cannot be read again or no longer holds it
   */
  public String markdown() {
    String strong = markdown;
    if (strong != null) {
      return strong;
    }
    SoftReference<String> soft = releasedText;
    String kept = soft == null ? null : soft.get();
    if (kept != null) {
      return kept;
    }
    String again = reloadText.get();
    if (again.length() != textLength || again.hashCode() != hash()) {
      throw new java.io.UncheckedIOException(
          new java.io.IOException(
              "the file changed while it was in use; its new text is not the text that was"
                  + " parsed"));
    }
    this.releasedText = new SoftReference<>(again);
    return again;
  }

  /**
   * Tells the length of the body text without reading it again.
   *
   * @return the number of characters of {@link #markdown()}
   */
  public int length() {
    return textLength;
  }

  /**
   * Returns where the body starts.
   *
   * @return the 1-based line of the source file where the body starts
   */
  public int startLine() {
    return startLine;
  }

  /**
   * Returns the parsed document, parsing the text again if it was dropped to save memory.
   *
   * @return the parsed commonmark document; its source spans count from the body's start
   */
  public Node document() {
    Node strong = document;
    if (strong != null) {
      return strong;
    }
    SoftReference<Node> soft = released;
    Node kept = soft == null ? null : soft.get();
    if (kept != null) {
      return kept;
    }
    return parser.apply(markdown());
  }

  /**
   * Returns a value computed from this body once and kept with it (such as the links of its
   * document), so that it survives the document being dropped. The function must be pure: it may
   * run more than once when threads race, and one result is kept.
   *
   * @param key what is computed, compared with {@code equals}; use a constant of your own
   * @param compute computes the value from this body
   * @param <T> the value's type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<MarkdownBody, T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(this), "derived value");
      Object raced = derived.putIfAbsent(key, value);
      if (raced != null) {
        value = raced;
      }
    }
    return (T) value;
  }

  /**
   * From now on the document is parsed again by {@code parser} when needed: it is held softly (the
   * collector drops it when memory runs short) or dropped now.
   */
  void releaseTo(Function<String, Node> parser, boolean keepSoftly) {
    Node strong = document;
    if (strong == null) {
      return;
    }
    this.parser = Objects.requireNonNull(parser, "parser");
    this.released = keepSoftly ? new SoftReference<>(strong) : null;
    this.document = null;
  }

  /**
   * From now on the text is read again by {@code reload} when needed (and held softly then); the
   * text read again must be the same (length and hash are checked).
   */
  void releaseText(Supplier<String> reload) {
    String strong = markdown;
    if (strong == null) {
      return;
    }
    this.reloadText = Objects.requireNonNull(reload, "reload");
    hash();
    this.releasedText = null;
    this.markdown = null;
  }

  /**
   * Converts a 1-based line of the body (as in commonmark source spans plus one) into the 1-based
   * line of the source file.
   *
   * @param bodyLine the 1-based line within the body
   * @return the line within the source file
   */
  public int fileLine(int bodyLine) {
    return startLine + bodyLine - 1;
  }

  private int hash() {
    if (!hashed) {
      String strong = markdown;
      // Still held while it has not been hashed: releaseText hashes before letting go.
      textHash = (strong != null ? strong : markdown()).hashCode();
      hashed = true;
    }
    return textHash;
  }

  @Override
  public boolean equals(Object o) {
    // The document is a function of the text (same parser), so the text decides; comparing
    // documents would parse dropped ones again.
    return o == this
        || o instanceof MarkdownBody other
            && startLine == other.startLine
            && textLength == other.textLength
            && hash() == other.hash()
            && markdown().equals(other.markdown());
  }

  @Override
  public int hashCode() {
    return 31 * hash() + startLine;
  }

  @Override
  public String toString() {
    return "MarkdownBody[" + textLength + " chars from line " + startLine + "]";
  }
}
