package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every page model shares: the metadata of the document's head and of its frame.
 *
 * <pre>{@code
 * PageHead head = page.head();
 * String start = "<html lang=\"" + head.language().code() + "\"><head><title>"
 *     + Html.text(head.title()) + "</title>";
 * }</pre>
 *
 * @param kind what the page shows
 * @param language the page's language ({@code <html lang>})
 * @param url the page's site-relative URL
 * @param canonicalUrl the page's absolute URL (site-relative when the site has no base URL)
 * @param title the document title, such as "Post title - code.gouv.fr"
 * @param heading the page's main heading ({@code <h1>})
 * @param siteTitle the site's title in the page's language, empty when none
 * @param description the page's description, for {@code <meta name="description">}
 * @param imageUrl the absolute URL of the page's social image ({@code og:image})
 * @param imageAlt the social image's alternative text, empty when none
 * @param alternates the page's versions in other languages, absolute URLs, {@code x-default}
 *     included; empty for an untranslated page
 * @param date the publication date of a post
 * @param frame the site's frame around the page (header, menu, footer, head links)
 */
public record PageHead(
    PageKind kind,
    Language language,
    String url,
    String canonicalUrl,
    String title,
    String heading,
    String siteTitle,
    Optional<String> description,
    Optional<String> imageUrl,
    String imageAlt,
    List<Alternate> alternates,
    Optional<LocalDate> date,
    SiteFrame frame) {

  /** Checks and copies the components. */
  public PageHead {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(siteTitle, "siteTitle");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(imageUrl, "imageUrl");
    Objects.requireNonNull(imageAlt, "imageAlt");
    alternates = List.copyOf(alternates);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(frame, "frame");
  }

  /**
   * Returns this head with the main content a layout wrote, for a frame ({@link
   * io.github.billet.render.page.PageLayout#render(PageContent)}).
   *
   * @param mainHtml the main content, safe HTML
   * @return the page's content
   */
  public PageContent content(String mainHtml) {
    return new PageContent(
        kind,
        language,
        url,
        canonicalUrl,
        title,
        heading,
        siteTitle,
        description,
        imageUrl,
        imageAlt,
        alternates,
        date,
        frame,
        mainHtml);
  }
}
