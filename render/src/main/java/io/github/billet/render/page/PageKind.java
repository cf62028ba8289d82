package io.github.billet.render.page;

/**
 * What a page shows, so that a {@link PageLayout} can vary its frame (breadcrumb, navigation) by
 * page type.
 *
 * <pre>{@code
 * if (content.kind() == PageKind.POST) { ... }
 * }</pre>
 */
public enum PageKind {
  /** A post. */
  POST,
  /** A page of a listing such as the blog index. */
  LISTING,
  /** A page of the listing of one tag. */
  TAG,
  /** The "page not found" page. */
  NOT_FOUND,
  /** A language's home page. */
  HOME,
  /** A language's site map page. */
  SITE_MAP
}
