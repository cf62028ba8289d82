package io.github.billet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The default parser reads the whole dialect into the public node types. */
class BilletMarkdownTest {

  private static final String BODY =
      """
      ## Title {#custom}

      :::callout Note
      A [link](/x){.fr-link} with a note[^1].
      :::

      ??? Question
      Answer
      ???

      {% imageContent "./a.png", "Alt" %}

      {% transcription %}
      Words
      {% endtranscription %}

      {{ component(x) }}

      | a | b |
      |---|---|
      | 1 | 2 |

      [^1]: The note.
      """;

  private static List<Class<?>> classes(Node document) {
    List<Class<?>> out = new ArrayList<>();
    collect(document, out);
    return out;
  }

  private static void collect(Node node, List<Class<?>> out) {
    out.add(node.getClass());
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, out);
    }
  }

  @Test
  void theDefaultPostParserParsesTheWholeDialect() throws Exception {
    Post post = PostParser.builder().build().parse("fr/a.md", "---\ntitle: A\n---\n" + BODY);
    List<Class<?>> found = classes(post.body().document());
    assertThat(found)
        .contains(
            ContainerBlock.class,
            AttributeBlock.class,
            FootnoteReference.class,
            FootnoteDefinition.class,
            ShortcodeBlock.class,
            TemplateBlock.class,
            TableBlock.class)
        .doesNotContain(LinkReferenceDefinition.class);
    Node callout = post.body().document().getFirstChild().getNext();
    assertThat(callout)
        .isInstanceOfSatisfying(
            ContainerBlock.class,
            c -> {
              assertThat(c.kind()).isEqualTo(ContainerBlock.Kind.CALLOUT);
              assertThat(c.argument()).isEqualTo("Note");
              assertThat(c.isClosed()).isTrue();
            });
    Node accordion = callout.getNext();
    assertThat(accordion)
        .isInstanceOfSatisfying(
            ContainerBlock.class,
            c -> assertThat(c.kind()).isEqualTo(ContainerBlock.Kind.ACCORDION));
    assertThat(accordion.getNext())
        .isInstanceOfSatisfying(
            ShortcodeBlock.class,
            s -> {
              assertThat(s.name()).isEqualTo("imageContent");
              assertThat(ShortcodeArguments.parse(s.arguments()))
                  .contains(List.of("./a.png", "Alt"));
            });
  }

  @Test
  void pairedShortcodesAreParsedForTheNamesGiven() throws Exception {
    PostParser parser =
        PostParser.builder()
            .extensions(List.of(BilletMarkdown.extension(Set.of("transcription"))))
            .build();
    Post post = parser.parse("fr/a.md", "---\ntitle: A\n---\n" + BODY);
    assertThat(classes(post.body().document()))
        .contains(PairedShortcodeBlock.class, ContainerBlock.class, FootnoteDefinition.class);
  }

  @Test
  void withoutBilletSyntaxTheDialectStaysText() throws Exception {
    Post post =
        PostParser.builder()
            .billetSyntax(false)
            .build()
            .parse("fr/a.md", "---\ntitle: A\n---\n" + BODY);
    List<Class<?>> found = classes(post.body().document());
    assertThat(found)
        .doesNotContain(
            ContainerBlock.class,
            AttributeBlock.class,
            FootnoteReference.class,
            FootnoteDefinition.class,
            ShortcodeBlock.class,
            TemplateBlock.class)
        // GFM stays on.
        .contains(TableBlock.class);
    Node last = post.body().document().getLastChild();
    assertThat(last).isInstanceOf(Paragraph.class);
    assertThat(((org.commonmark.node.Text) last.getFirstChild()).getLiteral())
        .isEqualTo("[^1]: The note.");
    assertThat(post.body().document().getFirstChild().getNext()).isInstanceOf(Paragraph.class);
  }

  @Test
  void aCommonmarkParserOfOnesOwnGetsTheSameNodes() {
    Parser parser = Parser.builder().extensions(BilletMarkdown.extensions()).build();
    Node document = parser.parse(":::info Title\nText\n:::\n");
    assertThat(document.getFirstChild())
        .isInstanceOfSatisfying(
            ContainerBlock.class,
            c -> {
              assertThat(c.kind()).isEqualTo(ContainerBlock.Kind.INFO);
              assertThat(c.opening()).isEqualTo(":::info");
            });
  }
}
