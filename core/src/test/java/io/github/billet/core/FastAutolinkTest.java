package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.internal.FastAutolink;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Core's autolinks give the very nodes and source spans commonmark's autolink extension gives. */
class FastAutolinkTest {

  private static Parser parser(Extension autolink) {
    return Parser.builder()
        .extensions(List.of(autolink))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
  }

  private static final Parser COMMONMARK = parser(AutolinkExtension.create());
  private static final Parser BILLET = parser(FastAutolink.create());
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  /** The HTML and every link and text node with its source spans. */
  private static String shape(Node document) {
    StringBuilder out = new StringBuilder(HTML.render(document));
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            out.append("\nlink ").append(link.getDestination()).append(link.getSourceSpans());
            super.visit(link);
          }

          @Override
          public void visit(Text text) {
            out.append("\ntext ").append(text.getLiteral()).append(text.getSourceSpans());
          }
        });
    return out.toString();
  }

  private static void same(String markdown) {
    assertThat(shape(BILLET.parse(markdown)))
        .as(markdown)
        .isEqualTo(shape(COMMONMARK.parse(markdown)));
  }

  @Test
  void chosenTextsGiveTheSameTree() {
    for (String md :
        List.of(
            "Voir https://code.gouv.fr/fr/ et www.example.org, ou écrire à contact@code.gouv.fr.",
            "Un *https://a.fr/b* et [un lien https://c.fr](https://d.fr) puis <https://e.fr>.",
            "WWW.EXEMPLE.FR ou Www.x.fr et wwwx.fr, www.",
            "Texte : sans lien ; deux points : encore. a@b, @ seul, ftp://x.y/z.",
            "Ligne\nsuivante http://x.fr\n\n> citation mailto:x@y.fr",
            "- liste https://l.fr\n- www.m.fr\n\n| a | b |\n|---|---|\n| https://t.fr | c |",
            "&#64;code et code&#64;gouv.fr et https&#58;//x.fr",
            "`https://code.fr` en code, et **gras www.gras.fr**")) {
      same(md);
    }
  }

  @Test
  void randomTextsGiveTheSameTree() {
    Random random = new Random(7);
    String[] pieces = {
      "mot",
      " ",
      "\n",
      ": ",
      "://",
      "https",
      "www",
      ".",
      "@",
      "fr",
      "*",
      "[",
      "](",
      ")",
      "`",
      "<",
      ">",
      "&#64;",
      "é",
      "WWW",
      "/",
      "-",
      "_",
      "x@y.fr",
      "https://a.fr/b?c=d"
    };
    for (int i = 0; i < 5000; i++) {
      StringBuilder md = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        md.append(pieces[random.nextInt(pieces.length)]);
      }
      same(md.toString());
    }
  }

  @Test
  void theRealCorpusGivesTheSameTree() throws IOException {
    Path content = Corpus.content();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(content)) {
      walk.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(200);
    for (Path file : files) {
      same(Files.readString(file, StandardCharsets.UTF_8));
    }
  }
}
