/**
 * Billet render: Markdown bodies to DSFR HTML, with a safety policy for raw HTML; post pages,
 * paginated listings, tag pages and the 404 page as complete, valid HTML documents; Atom and JSON
 * feeds; sitemaps; the whole-site build.
 *
 * <pre>{@code
 * BodyRenderer renderer = BodyRenderer.builder().build();
 * RenderedBody body = renderer.render(document, "/fr/blog/hello/", "hello.md", 9);
 * FeedWriter feeds = FeedWriter.builder().baseUrl("https://code.gouv.fr").build();
 * PageRenderer pages = PageRenderer.builder().site(site).bodyRenderer(renderer).build();
 * Page page = pages.renderPost(post, corpus.index(), timeline.neighbours(post));
 * }</pre>
 */
module io.github.billet.render {
  requires transitive io.github.billet.core;
  requires transitive io.github.billet.i18n;
  requires transitive org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.gfm.strikethrough;
  requires org.commonmark.ext.autolink;
  requires org.commonmark.ext.footnotes;
  requires org.jsoup;
  requires com.fasterxml.jackson.core;
  requires owasp.encoder;
  requires org.slf4j;

  exports io.github.billet.render.body;
  exports io.github.billet.render.page;
  exports io.github.billet.render.feed;
  exports io.github.billet.render.site;
}
