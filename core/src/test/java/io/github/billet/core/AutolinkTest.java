package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/**
 * Bare URLs, {@code www.} addresses and e-mail addresses in a post's text become links (GFM's
 * extended autolinks, by commonmark's autolink extension), located in the source file.
 */
class AutolinkTest {

  private final PostParser parser = PostParser.builder().build();

  /** Each link of the body as "destination text line:column". */
  private List<String> links(String body) throws PostParseException {
    MarkdownBody parsed = parser.parse("post.md", "---\ntitle: T\n---\n" + body).body();
    List<String> out = new ArrayList<>();
    parsed
        .document()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                StringBuilder text = new StringBuilder();
                link.accept(
                    new AbstractVisitor() {
                      @Override
                      public void visit(org.commonmark.node.Text t) {
                        text.append(t.getLiteral());
                      }
                    });
                SourcePosition at = parsed.positionOf(link);
                out.add(link.getDestination() + " " + text + " " + at.line() + ":" + at.column());
              }
            });
    return out;
  }

  @Test
  void urlsAddressesAndEmailsBecomeLinks() throws PostParseException {
    assertThat(
            links(
                "Intro.\n\nVoir https://code.gouv.fr/fr/ et www.example.org, ou écrire à"
                    + " contact@code.gouv.fr."))
        .containsExactly(
            "https://code.gouv.fr/fr/ https://code.gouv.fr/fr/ 6:6",
            "http://www.example.org www.example.org 6:34",
            "mailto:contact@code.gouv.fr contact@code.gouv.fr 6:63");
  }

  @Test
  void textInLinksAndCodeAndWordsWithoutAddressStayText() throws PostParseException {
    assertThat(
            links(
                "[un lien https://c.fr](https://d.fr), `https://code.fr` en code, wwwx.fr,"
                    + " a@b, @ seul, https&#58;//x.fr"))
        // The extension reads the text with its entities decoded: '&#58;' is a ':'.
        .containsExactly("https://d.fr un lien https://c.fr 4:1", "https://x.fr https://x.fr 4:88");
  }

  @Test
  void anAutolinkExtensionPassedByTheCallerIsNotAddedTwice() throws PostParseException {
    PostParser twice = PostParser.builder().extensions(List.of(AutolinkExtension.create())).build();
    MarkdownBody body = twice.parse("post.md", "---\ntitle: T\n---\nhttps://a.fr\n").body();
    Link link = (Link) body.document().getFirstChild().getFirstChild();
    assertThat(link.getDestination()).isEqualTo("https://a.fr");
    assertThat(link.getFirstChild()).isInstanceOf(org.commonmark.node.Text.class);
    assertThat(link.getNext()).isNull();
  }
}
