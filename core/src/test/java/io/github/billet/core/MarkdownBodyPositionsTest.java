package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.internal.PreOrder;
import io.github.billet.core.markdown.BilletMarkdown;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Bodies keep the source spans of blocks only; {@link MarkdownBody#positionOf} finds those of
 * inline nodes by parsing again. Checked against commonmark's own spans: a parser with the same
 * extensions that keeps every span, walked independently.
 */
class MarkdownBodyPositionsTest {

  /** The parser PostParser builds, keeping every span: the reference. */
  private static final Parser SPANNED =
      Parser.builder()
          .extensions(BilletMarkdown.extensions())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final String POST =
      """
      ---
      title: Positions
      date: 2024-05-02
      ---
      *Read the [English version](/en/blog/positions/).*

      ## A [heading link](https://example.org) and `code`

      > A quote with ![an image](./a.png "title") and **strong [link][ref]**
      > lazy line with https://example.org/bare and www.example.org.

      1. Item with <https://example.org/auto> and mail@example.org
         - nested ~~struck [x](y)~~ text\\
           after a hard break

      | Column | Other |
      |---|---|
      | [cell link](./file.pdf) | `c` *e* |

      Text with a [reference link][ref] and [another](</with space> "t").

      [ref]: https://example.org/ref
      """;

  @Test
  void everyNodeGetsThePositionCommonmarkGivesIt() throws PostParseException {
    Post post = PostParser.builder().build().parse("fr/positions.md", POST);
    assertSameAsCommonmark(post);
  }

  @Test
  void theDocumentKeepsNoSpansAndPositionsAreFoundAgain() throws PostParseException {
    Post post = PostParser.builder().build().parse("fr/positions.md", POST);
    // The tree the body holds keeps no spans; the copies document() hands out do.
    Node document = io.github.billet.core.internal.shared.SharedDocument.of(post.body());
    List<Node> links = new ArrayList<>();
    List<Node> spanned = new ArrayList<>();
    for (Node node = document; node != null; node = MarkdownBody.nextInPreOrder(node, document)) {
      collectLinks(node, links);
      // commonmark's tables extension gives a table body a null span when spans are off.
      if (node.getSourceSpans().stream().anyMatch(java.util.Objects::nonNull)) {
        spanned.add(node);
      }
    }
    assertThat(links).hasSize(12);
    assertThat(spanned).isEmpty();
    assertThat(document.getFirstChild()).isInstanceOf(Paragraph.class);

    // Blocks: the first paragraph is on the body's first line (file line 5); the heading on 7.
    assertThat(post.body().positionOf(document.getFirstChild()))
        .isEqualTo(new SourcePosition(5, 1));
    Node heading = document.getFirstChild().getNext();
    assertThat(heading).isInstanceOf(Heading.class);
    assertThat(post.body().positionOf(heading)).isEqualTo(new SourcePosition(7, 1));
    // The first link, on the body's first line (file line 5), after "*Read the ".
    assertThat(post.body().positionOf(links.get(0))).isEqualTo(new SourcePosition(5, 11));
    // The image inside the quote: line 9, after "> A quote with ".
    Node image = links.stream().filter(Image.class::isInstance).findFirst().orElseThrow();
    assertThat(post.body().positionOf(image)).isEqualTo(new SourcePosition(9, 16));
    // The cell link: line 18, column 3.
    Node cell =
        links.stream()
            .filter(l -> l instanceof Link k && k.getDestination().equals("./file.pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(post.body().positionOf(cell)).isEqualTo(new SourcePosition(18, 3));
  }

  @Test
  void placesNameTheSameNodesAsTheWalk() throws PostParseException {
    MarkdownBody body = PostParser.builder().build().parse("fr/positions.md", POST).body();
    List<Node> nodes = new ArrayList<>();
    body.walk(
        (node, place) -> {
          assertThat(place).isEqualTo(nodes.size());
          assertThat(MarkdownBody.placeOf(node)).isEqualTo(place);
          nodes.add(node);
        });
    assertThat(nodes.get(0)).isInstanceOf(org.commonmark.node.Document.class);
    for (int place = 0; place < nodes.size(); place++) {
      assertThat(body.positionAt(place)).isEqualTo(body.positionOf(nodes.get(place)));
      java.util.function.Supplier<SourcePosition> later = body.positionLater(place);
      assertThat(later.get()).isEqualTo(body.positionAt(place)).isSameAs(later.get());
    }
    assertThat(body.positionAt(-1)).isEqualTo(SourcePosition.UNKNOWN);
    assertThat(body.positionAt(nodes.size())).isEqualTo(SourcePosition.UNKNOWN);
  }

  @Test
  void aDocumentLetGoIsParsedAgainAndGivesTheSamePositions() throws PostParseException {
    PostParser parser = PostParser.builder().build();
    Post post = parser.parse("fr/positions.md", POST);
    List<SourcePosition> before = positions(post.body());
    post.body().releaseTo(parser::parseMarkdown, false);
    // Nodes of the tree parsed again, and of the first tree, both find their positions.
    assertThat(positions(post.body())).isEqualTo(before);
    assertSameAsCommonmark(post);
  }

  @Test
  void aBodyWithoutPositionParserFallsBackToTheEnclosingBlock() {
    Parser blocksOnly = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    MarkdownBody body =
        new MarkdownBody(
            "Intro.\n\nSee [x](y) here.\n", 7, blocksOnly.parse("Intro.\n\nSee [x](y) here.\n"));
    List<Node> links = new ArrayList<>();
    Node held = io.github.billet.core.internal.shared.SharedDocument.of(body);
    for (Node node = held; node != null; node = MarkdownBody.nextInPreOrder(node, held)) {
      collectLinks(node, links);
    }
    // The paragraph's start: body line 3 is file line 9.
    assertThat(body.positionOf(links.get(0))).isEqualTo(new SourcePosition(9, 1));
    // A node with no span anywhere up its tree.
    assertThat(body.positionOf(new Text("alone"))).isEqualTo(SourcePosition.UNKNOWN);
  }

  @Test
  void everyNodeOfTheRealCorpus() throws IOException {
    PostParser parser = PostParser.builder().build();
    List<Path> files;
    try (Stream<Path> s = Files.walk(Corpus.content())) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int checked = 0;
    for (Path file : files) {
      Post post;
      try {
        post = parser.parse(file);
      } catch (PostParseException e) {
        continue;
      }
      checked += assertSameAsCommonmark(post);
    }
    assertThat(files).hasSizeGreaterThan(200);
    assertThat(checked).isGreaterThan(10_000);
  }

  private static void collectLinks(Node node, List<Node> links) {
    if (node instanceof Link || node instanceof Image) {
      links.add(node);
    }
  }

  private static List<SourcePosition> positions(MarkdownBody body) {
    List<SourcePosition> out = new ArrayList<>();
    body.walk((node, place) -> out.add(body.positionOf(node)));
    return out;
  }

  /** Compares every node's position with the reference parse; returns the number of nodes. */
  private static int assertSameAsCommonmark(Post post) {
    MarkdownBody body = post.body();
    List<SourcePosition> expected = new ArrayList<>();
    Node reference = SPANNED.parse(body.markdown());
    for (Node n = reference; n != null; n = PreOrder.next(n, reference)) {
      expected.add(firstSpanUp(n, body));
    }
    List<SourcePosition> actual = positions(body);
    assertThat(actual).as(post.source()).isEqualTo(expected);
    return actual.size();
  }

  private static SourcePosition firstSpanUp(Node node, MarkdownBody body) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return new SourcePosition(
            body.startLine() + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
      }
    }
    return SourcePosition.UNKNOWN;
  }
}
