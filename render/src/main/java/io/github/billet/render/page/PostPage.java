package io.github.billet.render.page;

import io.github.billet.core.Post;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.TocEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a post page shows, resolved: URLs are safe, texts plain, the body rendered. A {@link
 * PageLayout} turns it into HTML.
 *
 * <pre>{@code
 * String article = "<article><h1>" + Html.text(page.title()) + "</h1>"
 *     + page.dateLabel().map(Html::text).orElse("")
 *     + page.body().html() + "</article>";
 * }</pre>
 *
 * @param head the document's metadata
 * @param post the post itself, for what the model does not carry (front matter values)
 * @param labels the site's labels, to localize what the layout adds
 * @param title the post's title (its slug when it has none)
 * @param description the lead, empty when none or blank
 * @param date the publication date
 * @param tags the tags, each a link to its tag page in the post's language
 * @param cover the cover image, empty when none, unsafe or its file missing
 * @param body the rendered body, safe HTML
 * @param tableOfContents the headings to list atop the body; empty unless front matter {@code toc:
 *     true}
 * @param translations links to the other languages of the site; empty when rendered without a
 *     translation index
 * @param previous the older neighbour's link
 * @param next the newer neighbour's link
 * @param breadcrumb the breadcrumb's links, home page first, the post itself not included; empty
 *     unless front matter {@code showBreadcrumb: true}
 * @param media the embedded video and slides, in that order
 */
public record PostPage(
    PageHead head,
    Post post,
    Labels labels,
    String title,
    Optional<String> description,
    Optional<LocalDate> date,
    List<PageLink> tags,
    Optional<Cover> cover,
    RenderedBody body,
    List<TocEntry> tableOfContents,
    List<Translation> translations,
    Optional<PageLink> previous,
    Optional<PageLink> next,
    List<PageLink> breadcrumb,
    List<Media> media) {

  /** Checks and copies the components. */
  public PostPage {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(date, "date");
    tags = List.copyOf(tags);
    Objects.requireNonNull(cover, "cover");
    Objects.requireNonNull(body, "body");
    tableOfContents = List.copyOf(tableOfContents);
    translations = List.copyOf(translations);
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(next, "next");
    breadcrumb = List.copyOf(breadcrumb);
    media = List.copyOf(media);
  }

  /**
   * Returns the date line in the page's language.
   *
   * @return such as "Publié le 26 mars 2024", empty without a date
   */
  public Optional<String> dateLabel() {
    return date.map(d -> labels.publishedOn(head.language(), d));
  }
}
