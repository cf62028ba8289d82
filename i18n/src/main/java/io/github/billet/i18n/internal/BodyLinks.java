package io.github.billet.i18n.internal;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Post;
import io.github.billet.core.internal.shared.SharedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Reads links out of a post's parsed body, with their source positions; never changes it. */
public final class BodyLinks {

  /** Words that mark an italic first line as a pointer to the other language's version. */
  private static final List<String> TRANSLATION_WORDS =
      List.of(
          "version",
          "english",
          "anglais",
          "français",
          "francais",
          "french",
          "traduction",
          "translation",
          "translated",
          "traduit",
          "español",
          "deutsch");

  /** Keys of what is kept with a body (see {@link MarkdownBody#derived}). */
  private static final Object FIRST_LINE = new Object();

  private static final Object ALL_LINKS = new Object();

  /**
   * The {@code href} of an {@code <a>} start tag in raw HTML, double-quoted, single-quoted or
   * unquoted, as the HTML standard's attribute syntax allows.
   */
  private static final Pattern ANCHOR_HREF =
      Pattern.compile(
          "<a\\s[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))",
          Pattern.CASE_INSENSITIVE);

  private BodyLinks() {}

  /**
   * Returns the translation link of the reference convention: the post's first block is a paragraph
   * made of one italic span that holds a link and words such as "version" or a language name
   * ({@code *Read the [English version](/en/blog/x/).*}).
   *
   * @param post the post
   * @return the link, empty when the post does not start that way
   */
  public static Optional<LinkAt> firstLineLink(Post post) {
    return post.body().derived(FIRST_LINE, BodyLinks::firstLineLink);
  }

  private static Optional<LinkAt> firstLineLink(MarkdownBody body) {
    Node first = SharedDocument.of(body).getFirstChild();
    if (!(first instanceof Paragraph paragraph)) {
      return Optional.empty();
    }
    Node italic = null;
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t && t.getLiteral().isBlank() || n instanceof SoftLineBreak) {
        continue;
      }
      if ((n instanceof Emphasis || n instanceof StrongEmphasis) && italic == null) {
        italic = n;
      } else {
        return Optional.empty();
      }
    }
    if (italic == null) {
      return Optional.empty();
    }
    List<Link> links = new ArrayList<>();
    italic.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link);
          }
        });
    if (links.size() != 1) {
      return Optional.empty();
    }
    if (!namesTranslation(textOf(italic).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(at(links.get(0), body, MarkdownBody.placeOf(links.get(0))));
  }

  /**
   * Returns every Markdown link of a body (images excluded), in document order.
   *
   * @param post the post
   * @return the links
   */
  public static List<LinkAt> allLinks(Post post) {
    return post.body().derived(ALL_LINKS, BodyLinks::links).markdown();
  }

  private static boolean namesTranslation(String words) {
    for (String word : TRANSLATION_WORDS) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the {@code href} of every {@code <a>} written in a body's raw HTML (blocks and inline
   * tags), in document order: links the Markdown parser does not see, each placed at its HTML node.
   *
   * @param post the post
   * @return the links, without text
   */
  public static List<LinkAt> rawHtmlLinks(Post post) {
    return post.body().derived(ALL_LINKS, BodyLinks::links).rawHtml();
  }

  /** A body's Markdown links and the anchors of its raw HTML, found in one walk. */
  private record Links(List<LinkAt> markdown, List<LinkAt> rawHtml) {}

  private static Links links(MarkdownBody body) {
    List<LinkAt> markdown = new ArrayList<>();
    List<LinkAt> rawHtml = new ArrayList<>();
    // The walk of MarkdownBody.walk, places counted the same way.
    Node root = SharedDocument.of(body);
    int place = 0;
    for (Node n = root; n != null; n = MarkdownBody.nextInPreOrder(n, root), place++) {
      if (n instanceof Link link) {
        markdown.add(at(link, body, place));
      } else if (n instanceof HtmlBlock block) {
        anchors(block.getLiteral(), body, place, rawHtml);
      } else if (n instanceof HtmlInline inline) {
        anchors(inline.getLiteral(), body, place, rawHtml);
      }
    }
    return new Links(List.copyOf(markdown), List.copyOf(rawHtml));
  }

  private static void anchors(String html, MarkdownBody body, int place, List<LinkAt> out) {
    Matcher m = ANCHOR_HREF.matcher(html);
    while (m.find()) {
      String href = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.add(LinkAt.inBody(href.replace("&amp;", "&"), "", body, place));
    }
  }

  private static LinkAt at(Link link, MarkdownBody body, int place) {
    return LinkAt.inBody(link.getDestination(), textOf(link).strip(), body, place);
  }

  /**
   * Returns the plain text of a node.
   *
   * @param node the node
   * @return its text
   */
  public static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }
        });
    return out.toString();
  }
}
