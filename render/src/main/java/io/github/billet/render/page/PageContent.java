package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a page that a {@link PageLayout} frames: metadata for the document head and the HTML
 * of the main content.
 *
 * <p>Every string is plain text (the layout escapes it for its context) except {@link #mainHtml()},
 * which is safe HTML to insert as it is. URLs have already passed the safe-URL rule.
 *
 * <pre>{@code
 * PageContent content = ...;          // made by PageRenderer
 * String lang = content.language().code();
 * String head = "<title>" + Encode.forHtml(content.title()) + "</title>";
 * }</pre>
 *
 * @param kind what the page shows
 * @param language the page's language ({@code <html lang>})
 * @param url the page's site-relative URL
 * @param canonicalUrl the page's absolute URL (site-relative when the site has no base URL)
 * @param title the document title, such as "Post title - code.gouv.fr"
 * @param heading the page's main heading ({@code <h1>}), already part of {@code mainHtml}
 * @param siteTitle the site's title in the page's language, empty when none
 * @param description the page's description, for {@code <meta name="description">}
 * @param imageUrl the absolute URL of the page's social image ({@code og:image})
 * @param imageAlt the social image's alternative text, empty when none
 * @param alternates the page's versions in other languages, absolute URLs, {@code x-default}
 *     included; empty for an untranslated page
 * @param date the publication date of a post
 * @param frame the site's frame around the page (header, menu, footer, head links)
 * @param mainHtml the main content, safe HTML
 */
public record PageContent(
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
    SiteFrame frame,
    String mainHtml) {

  /** Checks and copies the components: the head's as {@link PageHead} does, then the HTML. */
  public PageContent {
    alternates =
        new PageHead(
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
                frame)
            .alternates();
    Objects.requireNonNull(mainHtml, "mainHtml");
  }
}
