package io.github.billet.render.internal.page;

import io.github.billet.core.Problem;
import io.github.billet.render.internal.html.UserCodeFailure;
import io.github.billet.render.page.HomePage;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.NotFoundPage;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PostPage;
import io.github.billet.render.page.SiteMapPage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the user's {@link PageLayout}: a layout that throws gives a page with no HTML and a {@code
 * layout.failed} error naming the layout, the exception and the first frames of the layout's code,
 * so that one failing page is reported as the layout's fault, not as Billet's, and the site build
 * goes on with the others (leaving that page out). The error's file is the post's source file for a
 * post page; a listing, home, site map or "page not found" page has no source, so its file is the
 * one the page would be written to ({@code fr/blog/page-2/index.html}).
 *
 * <pre>{@code
 * Page page = LayoutCall.post(layout, model, url, post.source(), problems);
 * if (LayoutCall.failed(page)) { ... } // not written
 * }</pre>
 */
public final class LayoutCall {

  /** The code of the problem of a layout that threw. */
  public static final String FAILED = "layout.failed";

  private static final Logger LOG = LoggerFactory.getLogger(LayoutCall.class);

  private LayoutCall() {}

  /** Renders a post page through the layout; {@code file} is the post's source file. */
  public static Page post(
      PageLayout layout, PostPage model, String url, String file, List<Problem> problems) {
    try {
      return new Page(url, layout.post(model), problems);
    } catch (RuntimeException e) {
      return failed(layout, "post", e, url, file, problems);
    }
  }

  /** Renders a listing page through the layout. */
  public static Page listing(
      PageLayout layout, ListingPage model, String url, List<Problem> problems) {
    try {
      return new Page(url, layout.listing(model), problems);
    } catch (RuntimeException e) {
      return failed(layout, "listing", e, url, AssetRefs.pageFile(url), problems);
    }
  }

  /**
   * Renders a home page, or the failure of the layout that threw.
   *
   * @param layout the layout
   * @param model the page's model
   * @param url the page's URL
   * @param problems the problems found while making the model
   * @return the page
   */
  public static Page home(PageLayout layout, HomePage model, String url, List<Problem> problems) {
    try {
      return new Page(url, layout.home(model), problems);
    } catch (RuntimeException e) {
      return failed(layout, "home", e, url, AssetRefs.pageFile(url), problems);
    }
  }

  /**
   * Renders a site map page, or the failure of the layout that threw.
   *
   * @param layout the layout
   * @param model the page's model
   * @param url the page's URL
   * @return the page
   */
  public static Page siteMap(PageLayout layout, SiteMapPage model, String url) {
    try {
      return new Page(url, layout.siteMap(model));
    } catch (RuntimeException e) {
      return failed(layout, "siteMap", e, url, AssetRefs.pageFile(url), List.of());
    }
  }

  /** Renders a "page not found" page through the layout. */
  public static Page notFound(PageLayout layout, NotFoundPage model, String url) {
    try {
      return new Page(url, layout.notFound(model));
    } catch (RuntimeException e) {
      return failed(layout, "notFound", e, url, AssetRefs.pageFile(url), List.of());
    }
  }

  /**
   * Tells whether a page is one whose layout threw: it has no HTML and must not be written.
   *
   * @param page a page from this class
   * @return true when the layout failed
   */
  public static boolean failed(Page page) {
    if (!page.html().isEmpty()) {
      return false;
    }
    for (Problem p : page.problems()) {
      if (p.code().equals(FAILED)) {
        return true;
      }
    }
    return false;
  }

  private static Page failed(
      PageLayout layout,
      String method,
      RuntimeException e,
      String url,
      String file,
      List<Problem> problems) {
    String type = layout.getClass().getName();
    LOG.warn("the layout {} threw in {}() for the page {} ({})", type, method, url, file, e);
    List<Problem> all = new ArrayList<>(problems);
    all.add(
        Problem.error(
            file,
            0,
            0,
            FAILED,
            "the layout "
                + type
                + " threw "
                + UserCodeFailure.describe(e, LayoutCall.class)
                + " in "
                + method
                + "() for the page "
                + url
                + "; that page has no HTML and the site build leaves it out",
            "this is a fault of the layout's "
                + method
                + "() method, not of the post nor of Billet: fix the layout, then build again"));
    return new Page(url, "", all);
  }
}
