package io.github.billet.core;

import io.github.billet.core.internal.PreOrder;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A post's Markdown body: the text after the front matter, the line where it starts in the source
 * file, and the parsed commonmark document.
 *
 * <p>{@link #document()} gives a fresh copy of the document, which the caller may change; the tree
 * the body holds is read by Billet's renderers only, which keeps a {@link Post} safe to share
 * between threads. {@link #headings()} lists the headings without a copy.
 *
 * <p>A body loaded by Billet's site build, which lets documents go once each post is rendered,
 * holds its document only as long as memory allows: when the Java heap runs short the document is
 * dropped and is parsed again with the same parser when needed, which gives the same tree (not the
 * same instance). What is computed from the document once can be kept with {@link #derived}. Such a
 * loader may also let go of the text of a body read from a file, when many posts are loaded into a
 * small heap: {@link #markdown()} then reads it from the file again and checks that it is the text
 * that was parsed.
 *
 * <p>A document parsed by a {@link PostParser} keeps no source spans; {@link #positionOf(Node)}
 * tells where any node is, parsing the text again with them when first asked.
 *
 * <pre>{@code
 * MarkdownBody body = post.body();
 * int fileLine = body.fileLine(3); // the source file line of the body's third line
 * body.walk((node, place) -> {
 *   if (node instanceof Link) System.out.println(body.positionOf(node)); // line and column
 * });
 * }</pre>
 *
 * <p>Longer than most classes because the body's text, its lazily parsed document and its read-only
 * views share one lifecycle (kept, let go, parsed again) that a split would spread.
 */
public final class MarkdownBody {

  private volatile String markdown;
  private volatile SoftReference<String> releasedText;
  private volatile Supplier<String> reloadText;
  private final int textLength;
  // The text's hash, computed when first needed (hashCode, or when the text is let go); 0 until.
  private volatile int textHash;
  private volatile boolean hashed;
  // The SHA-256 of the text, taken before the text is let go, so that equals never reads a file.
  private volatile byte[] digest;
  private final int startLine;
  private volatile Node document;
  private volatile SoftReference<Node> released;
  private volatile Function<String, Node> parser;
  // Parses the text again with the source spans of inline nodes, for positionOf; null when the
  // document came with all its spans (or none can be had).
  private final Function<String, Node> positionParser;
  private volatile SoftReference<Node> spanned;
  private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>(4);

  /**
   * Makes a body.
   *
   * @param markdown the body text, line ends normalized to {@code \n}
   * @param startLine the 1-based line of the source file where the body starts
   * @param document the parsed commonmark document; its source spans count from the body's start
   */
  public MarkdownBody(String markdown, int startLine, Node document) {
    this(markdown, startLine, document, null);
  }

  /**
   * Makes a body whose document keeps no source spans, or those of blocks only: {@link
   * #positionOf(Node)} finds those of the nodes without one by parsing the text again with {@code
   * positionParser}, which must be the same parser keeping the spans of every node (commonmark's
   * {@code IncludeSourceSpans.BLOCKS_AND_INLINES}), so that it gives a tree of the same shape.
   *
   * @param markdown the body text, line ends normalized to {@code \n}
   * @param startLine the 1-based line of the source file where the body starts
   * @param document the parsed commonmark document; its source spans count from the body's start
   * @param positionParser parses the text again with the spans of inline nodes; null for none
   */
  public MarkdownBody(
      String markdown, int startLine, Node document, Function<String, Node> positionParser) {
    this.markdown = Objects.requireNonNull(markdown, "markdown");
    this.textLength = markdown.length();
    this.document = Objects.requireNonNull(document, "document");
    this.startLine = Math.max(1, startLine);
    this.positionParser = positionParser;
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
   * Returns a fresh copy of the parsed document, which the caller owns and may change: changes
   * never reach the tree the renderers read.
   *
   * <p>Cost: each call parses the text again (the same parser configuration, keeping the source
   * spans of every node, so {@code getSourceSpans()} of the copy's nodes count from the body's
   * start), about the time of parsing the post once; keep the copy rather than calling again. A
   * body made with the three-argument constructor is copied with the default dialect of {@link
   * PostParser}. To list the headings, {@link #headings()} needs no copy.
   *
   * <pre>{@code
   * Node mine = post.body().document();
   * mine.getFirstChild().unlink(); // later renders of the post are unchanged
   * }</pre>
   *
   * @return a new commonmark document of this body
   */
  public Node document() {
    Function<String, Node> copier = positionParser;
    if (copier == null) {
      copier = PostParser.builder().build().bodyParserWithSpans();
    }
    return copier.apply(markdown());
  }

  /** The tree held by this body, shared with the renderers; reached through core's internals. */
  Node sharedDocument() {
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
   * Returns the headings of the body, in order: their level, plain text and source file line.
   * Computed once (the lines by one parse with source spans) and kept with the body.
   *
   * <pre>{@code
   * for (MarkdownBody.Heading h : post.body().headings()) {
   *   System.out.println("  ".repeat(h.level() - 1) + h.text() + " (line " + h.line() + ")");
   * }
   * }</pre>
   *
   * @return an immutable list, empty when the body has no heading
   */
  public List<Heading> headings() {
    return derived(HEADINGS, MarkdownBody::findHeadings);
  }

  private static final Object HEADINGS = new Object();

  private static List<Heading> findHeadings(MarkdownBody body) {
    java.util.ArrayList<Heading> found = new java.util.ArrayList<>();
    Node root = body.sharedDocument();
    for (Node n = root; n != null; n = PreOrder.next(n, root)) {
      if (n instanceof org.commonmark.node.Heading h) {
        StringBuilder text = new StringBuilder();
        appendText(h, text);
        found.add(new Heading(h.getLevel(), text.toString().strip(), body.positionOf(h).line()));
      }
    }
    return List.copyOf(found);
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof org.commonmark.node.Text t) {
        out.append(t.getLiteral());
      } else if (c instanceof org.commonmark.node.Code code) {
        out.append(code.getLiteral());
      } else if (c instanceof org.commonmark.node.SoftLineBreak
          || c instanceof org.commonmark.node.HardLineBreak) {
        out.append(' ');
      } else {
        appendText(c, out);
      }
    }
  }

  /**
   * A heading of a body.
   *
   * <pre>{@code
   * MarkdownBody.Heading first = post.body().headings().get(0); // level 2, "Contexte", line 12
   * }</pre>
   *
   * @param level 1 to 6, as in {@code #} to {@code ######}
   * @param text the heading's plain text (inline markup dropped, code kept)
   * @param line the 1-based line of the source file, 0 when unknown
   */
  public record Heading(int level, String text, int line) {
    /**
     * Checks the values.
     *
     * @param level 1 to 6
     * @param text the plain text
     * @param line the file line, 0 when unknown
     */
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Returns where a node of a {@link #document()} copy (or of {@link #walk}) starts in the source
   * file: the start of its first source span, else of its nearest ancestor's that has one.
   *
   * <p>A body read by a {@link PostParser} keeps no source spans (those of every node would cost a
   * tenth of the parse, and are needed only to report a problem): for a node without one, the first
   * call parses the text again with every span (kept while memory allows) and takes the span of the
   * node at the same place in that tree. The node must belong to a document of this body, unchanged
   * since it was parsed.
   *
   * <pre>{@code
   * Node link = ...; // a Link found in post.body().document()
   * SourcePosition at = post.body().positionOf(link); // file line and column of its '['
   * }</pre>
   *
   * @param node a node of this body's document
   * @return the 1-based file line and column, or {@link SourcePosition#UNKNOWN} when no node on the
   *     way up has a source span
   */
  public SourcePosition positionOf(Node node) {
    Objects.requireNonNull(node, "node");
    return position(node, firstSpan(node) == null ? PreOrder.indexOf(node) : -1);
  }

  /**
   * Returns where the node at a place of {@link #walk} starts in the source file, as {@link
   * #positionOf(Node)} does: for those who remember a node by its place, so that the document can
   * be let go meanwhile.
   *
   * @param place the node's place in the pre-order walk of the document, 0 for the document
   * @return the 1-based file line and column, or {@link SourcePosition#UNKNOWN} when the document
   *     has no such place or no node on the way up has a source span
   */
  public SourcePosition positionAt(int place) {
    Node node = place < 0 ? null : PreOrder.nodeAt(sharedDocument(), place);
    return node == null ? SourcePosition.UNKNOWN : position(node, place);
  }

  /**
   * Returns the position of the node at a place of {@link #walk}, found when first asked and kept:
   * for what remembers a node to report a problem at it later, if ever.
   *
   * <pre>{@code
   * Supplier<SourcePosition> at = body.positionLater(place);
   * // ... only when a problem is reported:
   * int line = at.get().line();
   * }</pre>
   *
   * @param place the node's place in the pre-order walk of the document
   * @return a thread-safe supplier of {@link #positionAt(int)}, computed at most once or twice
   */
  public Supplier<SourcePosition> positionLater(int place) {
    return new Supplier<>() {
      private volatile SourcePosition known;

      @Override
      public SourcePosition get() {
        SourcePosition at = known;
        if (at == null) {
          at = positionAt(place);
          known = at;
        }
        return at;
      }
    };
  }

  /**
   * Calls {@code action} with every node of a fresh {@link #document()} copy and its place, in
   * pre-order (a node, then its children in order; the document is place 0). The walk follows the
   * tree's own links, without recursion, so that any depth is safe.
   *
   * <pre>{@code
   * List<Integer> linkPlaces = new ArrayList<>();
   * body.walk((node, place) -> { if (node instanceof Link) linkPlaces.add(place); });
   * SourcePosition first = body.positionAt(linkPlaces.get(0));
   * }</pre>
   *
   * @param action called with each node and its place
   */
  public void walk(ObjIntConsumer<Node> action) {
    // A copy, as document() gives: the walker may change the nodes it is handed.
    Node root = document();
    int place = 0;
    for (Node n = root; n != null; n = PreOrder.next(n, root)) {
      action.accept(n, place++);
    }
  }

  /**
   * Returns the place of a node in the pre-order walk of its document, as {@link #walk} counts.
   *
   * @param node a node of a document
   * @return its place, 0 for the document
   */
  public static int placeOf(Node node) {
    return PreOrder.indexOf(Objects.requireNonNull(node, "node"));
  }

  /**
   * Returns the node after {@code node} in the pre-order walk of {@code root} that {@link #walk}
   * follows (a node, then its children in order), by the tree's own links: for walks of a bare
   * document, without recursion.
   *
   * <pre>{@code
   * for (Node n = document; n != null; n = MarkdownBody.nextInPreOrder(n, document)) { ... }
   * }</pre>
   *
   * @param node a node of the tree
   * @param root the tree
   * @return the next node, or null after the last
   */
  public static Node nextInPreOrder(Node node, Node root) {
    return PreOrder.next(node, root);
  }

  /** The position of a node; {@code place} is its place when it has no span of its own. */
  private SourcePosition position(Node node, int place) {
    Node at = node;
    if (firstSpan(node) == null && positionParser != null) {
      Node match = PreOrder.nodeAt(spannedDocument(), place);
      if (match != null && match.getClass() == node.getClass()) {
        at = match;
      }
    }
    for (Node n = at; n != null; n = n.getParent()) {
      SourceSpan span = firstSpan(n);
      if (span != null) {
        return new SourcePosition(fileLine(span.getLineIndex() + 1), span.getColumnIndex() + 1);
      }
    }
    return SourcePosition.UNKNOWN;
  }

  /**
   * The first source span of a node, or null. Null also when commonmark gave it a null span: its
   * tables extension does so for a table body when spans are off.
   */
  private static SourceSpan firstSpan(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? null : spans.get(0);
  }

  private Node spannedDocument() {
    SoftReference<Node> soft = spanned;
    Node kept = soft == null ? null : soft.get();
    if (kept == null) {
      kept = positionParser.apply(markdown());
      spanned = new SoftReference<>(kept);
    }
    return kept;
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
    digest();
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

  /** The SHA-256 of the text: taken before the text is let go, else from the text held. */
  private byte[] digest() {
    byte[] known = digest;
    if (known == null) {
      String strong = markdown;
      if (strong == null) {
        // Let go after releaseText took the digest: read the field again.
        return digest;
      }
      try {
        known =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(strong.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
      digest = known;
    }
    return known;
  }

  /**
   * Compares the text and the start line (the document is a function of the text). Never reads a
   * file: when a text was let go to save memory, the SHA-256 of the texts decides.
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MarkdownBody other)
        || startLine != other.startLine
        || textLength != other.textLength
        || hash() != other.hash()) {
      return false;
    }
    String mine = markdown;
    String theirs = other.markdown;
    if (mine != null && theirs != null) {
      return mine.equals(theirs);
    }
    return java.util.Arrays.equals(digest(), other.digest());
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
