package io.github.billet.render.page;

/**
 * Turns each kind of page into a complete HTML document: {@link #post(PostPage)}, {@link
 * #listing(ListingPage)} (section listings and tag pages), {@link #notFound(NotFoundPage)}, {@link
 * #home(HomePage)} and {@link #siteMap(SiteMapPage)} get the page's typed model; {@link
 * #render(PageContent)} frames a main content (head, skip links, header, footer, stylesheets and
 * scripts).
 *
 * <p>{@link DsfrLayout} is the default. Implement this interface to replace it; an implementation
 * must be immutable and thread-safe, and a pure function of its input (same model, same bytes).
 * Only {@link #render(PageContent)} must be written: a kind whose method is not overridden gets the
 * DSFR main content of {@link DsfrParts} inside your frame, which is safe (every text escaped) but
 * carries DSFR class names. Override all five for a site that is not DSFR. In a model, the body's
 * HTML and {@link PageContent#mainHtml()} are safe HTML; every other text is plain text and must be
 * escaped by the layout ({@link io.github.billet.render.page.Html}). The site build passes every
 * page through these methods; an exception thrown here fails that page, not the build: {@link
 * PageRenderer} gives a page with no HTML and a {@code layout.failed} error (the post's file, or
 * for a page without a source the file it would be written to, the exception and the first frames
 * of the layout's code), and the site build leaves that page out.
 *
 * <pre>{@code
 * PageLayout plain = new PageLayout() {
 *   public String render(PageContent c) {
 *     return "<!DOCTYPE html><html lang=\"" + c.language().code() + "\"><head><title>"
 *         + Html.text(c.title()) + "</title></head><body>" + c.mainHtml() + "</body></html>";
 *   }
 *   public String post(PostPage p) {
 *     return render(p.head().content("<main><h1>" + Html.text(p.title()) + "</h1>"
 *         + p.body().html() + "</main>"));
 *   }
 * };
 * PageRenderer renderer = PageRenderer.builder().layout(plain).build();
 * }</pre>
 */
@FunctionalInterface
public interface PageLayout {

  /**
   * Frames a page's main content into the HTML document.
   *
   * @param content the page's metadata and main content
   * @return the whole document, from {@code <!DOCTYPE html>} on
   */
  String render(PageContent content);

  /**
   * Writes the document of a post page. By default, the DSFR article of {@link
   * DsfrParts#article(PostPage)} in {@link #render(PageContent)}.
   *
   * @param page the post page
   * @return the whole document
   */
  default String post(PostPage page) {
    return render(page.head().content(DsfrParts.article(page)));
  }

  /**
   * Writes the document of one page of a listing (the blog index, the pages of a tag). By default,
   * the DSFR cards of {@link DsfrParts#listing(ListingPage)} in {@link #render(PageContent)}.
   *
   * @param page the listing page
   * @return the whole document
   */
  default String listing(ListingPage page) {
    return render(page.head().content(DsfrParts.listing(page)));
  }

  /**
   * Writes the document of the "page not found" page. By default, the DSFR content of {@link
   * DsfrParts#notFound(NotFoundPage)} in {@link #render(PageContent)}.
   *
   * @param page the page
   * @return the whole document
   */
  default String notFound(NotFoundPage page) {
    return render(page.head().content(DsfrParts.notFound(page)));
  }

  /**
   * Writes the document of a language's home page. By default, the DSFR content of {@link
   * DsfrParts#home(HomePage)} in {@link #render(PageContent)}.
   *
   * @param page the home page
   * @return the whole document
   */
  default String home(HomePage page) {
    return render(page.head().content(DsfrParts.home(page)));
  }

  /**
   * Writes the document of a language's site map page. By default, the DSFR content of {@link
   * DsfrParts#siteMap(SiteMapPage)} in {@link #render(PageContent)}.
   *
   * @param page the site map page
   * @return the whole document
   */
  default String siteMap(SiteMapPage page) {
    return render(page.head().content(DsfrParts.siteMap(page)));
  }
}
