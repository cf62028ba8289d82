package io.github.billet.render.page;

import io.github.billet.i18n.Labels;
import io.github.billet.render.body.RenderedBody;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The home page of a language ({@code /fr/}): the body of {@code content/<lang>/index.md} when the
 * site has one, then the newest posts of each section with a link to the section's listing.
 *
 * <pre>{@code
 * StringBuilder main = new StringBuilder("<h1>" + Html.text(page.head().heading()) + "</h1>");
 * page.intro().ifPresent(body -> main.append(body.html()));
 * for (HomePage.SectionPosts s : page.sections()) {
 *   main.append("<h2><a href=\"" + Html.attribute(s.url()) + "\">" + Html.text(s.title())
 *       + "</a></h2>");
 * }
 * }</pre>
 *
 * @param head the document's metadata; its heading is the home page's title
 * @param labels the site's labels
 * @param intro the rendered body of the language's {@code index.md}, safe HTML; empty without one
 * @param sections each section with its newest posts, in the configuration's order
 * @param siteMap the link to the language's site map page, which links every other page
 */
public record HomePage(
    PageHead head,
    Labels labels,
    Optional<RenderedBody> intro,
    List<SectionPosts> sections,
    PageLink siteMap) {

  /** Checks and copies the components. */
  public HomePage {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(intro, "intro");
    sections = List.copyOf(sections);
    Objects.requireNonNull(siteMap, "siteMap");
  }

  /**
   * A section on the home page.
   *
   * @param title the section's title in the page's language
   * @param url the safe URL of the section's listing
   * @param latest its newest posts, newest first
   */
  public record SectionPosts(String title, String url, List<PostCard> latest) {

    /** Checks and copies the components. */
    public SectionPosts {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
      latest = List.copyOf(latest);
    }
  }
}
