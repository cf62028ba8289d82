package io.github.billet.render.page;

import io.github.billet.i18n.Labels;
import java.util.List;
import java.util.Objects;

/**
 * The site map page of a language ({@code /fr/sitemap/}): every section with a link to each of its
 * posts, then the published pages in no section, so that every page is reachable by links.
 *
 * <pre>{@code
 * for (SiteMapPage.SectionLinks s : page.sections()) {
 *   main.append("<h2><a href=\"" + Html.attribute(s.section().url()) + "\">"
 *       + Html.text(s.section().text()) + "</a></h2>");
 * }
 * }</pre>
 *
 * @param head the document's metadata; its heading is "Plan du site" / "Site map"
 * @param labels the site's labels
 * @param home the link to the language's home page
 * @param sections each section and its posts, in the configuration's order
 * @param others the language's published pages in no section, by title
 */
public record SiteMapPage(
    PageHead head,
    Labels labels,
    PageLink home,
    List<SectionLinks> sections,
    List<PageLink> others) {

  /** Checks and copies the components. */
  public SiteMapPage {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(home, "home");
    sections = List.copyOf(sections);
    others = List.copyOf(others);
  }

  /**
   * A section in the site map.
   *
   * @param section the link to its listing, named by its title
   * @param posts the links to its posts, newest first
   */
  public record SectionLinks(PageLink section, List<PageLink> posts) {

    /** Checks and copies the components. */
    public SectionLinks {
      Objects.requireNonNull(section, "section");
      posts = List.copyOf(posts);
    }
  }
}
