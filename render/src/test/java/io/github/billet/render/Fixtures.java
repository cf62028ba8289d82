package io.github.billet.render;

import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parsing and rendering helpers shared by the tests. */
public final class Fixtures {

  static final String PAGE = "/fr/blog/mon-billet/";

  private Fixtures() {}

  public static Node parse(BodyRenderer renderer, String markdown) {
    return Parser.builder()
        .extensions(renderer.extensions())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build()
        .parse(markdown);
  }

  public static RenderedBody render(BodyRenderer renderer, String markdown) {
    return renderer.render(parse(renderer, markdown), PAGE, "fr/mon-billet.md", 10);
  }

  public static RenderedBody render(String markdown) {
    return render(BodyRenderer.builder().build(), markdown);
  }

  public static Document dom(RenderedBody body) {
    return Jsoup.parseBodyFragment(body.html());
  }
}
