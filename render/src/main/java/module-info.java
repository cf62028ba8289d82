/**
 * Billet render: Markdown bodies to DSFR HTML, with a safety policy for raw HTML; post pages,
 * paginated listings, tag pages and the 404 page as complete, valid HTML documents; Atom and JSON
 * feeds; sitemaps; the whole-site build.
 *
 * <p>Four public packages, one per concern, each using only those before it:
 *
 * <ul>
 *   <li>{@link io.github.billet.render.body}: a post's Markdown body to HTML, under an HTML policy;
 *   <li>{@link io.github.billet.render.page}: whole pages (post, listings, tags, 404) and their
 *       layout;
 *   <li>{@link io.github.billet.render.feed}: Atom and JSON feeds, the sitemap;
 *   <li>{@link io.github.billet.render.site}: the whole-site build and rebuild sessions.
 * </ul>
 *
 * <p>Billet's Markdown syntax is parsed by core ({@code io.github.billet.core.markdown}). The
 * implementation is in packages this module does not export: {@code internal.markdown} (the
 * footnotes' HTML renderer), {@code internal.html} (HTML writing), {@code internal.safety} (raw
 * HTML and URL safety), {@code internal.page}, {@code internal.feed}, {@code internal.site} and
 * {@code internal.output} (the atomic site output). {@code ArchitectureTest} holds these rules.
 *
 * <pre>{@code
 * BodyRenderer renderer = BodyRenderer.builder().build();
 * Post post = PostParser.builder().build().parse("fr/hello.md", text); // the whole dialect
 * RenderedBody body = renderer.render(post.body(), new BodyContext("/fr/blog/hello/",
 *     post.source(), post.body().startLine()).withLanguage(Language.FRENCH));
 * PageRenderer pages = PageRenderer.builder().site(site).bodyRenderer(renderer).build();
 * Page page = pages.renderPost(post, corpus.index(), timeline.neighbours(post));
 * FeedWriter feeds = FeedWriter.builder().baseUrl("https://code.gouv.fr").build();
 * BuildReport report = SiteBuild.builder().config(site).build().run(content, output);
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
