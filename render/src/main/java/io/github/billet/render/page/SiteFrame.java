package io.github.billet.render.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What frames every page of a site, resolved for one page: the header (service name, tagline, quick
 * links, navigation menu with the current entry marked, language switcher), the footer
 * (description, government links, bottom links, licence line) and the head's links (favicon, theme
 * colour, feeds). Every page model carries it on its {@link PageHead}, so a new kind of page gets
 * it for free. Texts are plain except {@link #footerHtml()} and {@link #licenceHtml()}, which are
 * safe HTML; URLs are safe.
 *
 * <pre>{@code
 * SiteFrame frame = page.head().frame();
 * String title = frame.serviceName().isEmpty() ? page.head().siteTitle() : frame.serviceName();
 * for (NavItem item : frame.navigation().items()) { ... }
 * }</pre>
 *
 * @param serviceName the service name of the header; empty to show the site title
 * @param tagline the tagline under it, empty for none
 * @param homeUrl the safe URL of the page language's home; empty for the layout's own
 * @param quickLinks the header's quick links
 * @param navigation the navigation menu, current entry marked
 * @param languages the language switcher's entries, one per site language; empty for a site in one
 *     language
 * @param footerHtml the footer's description, safe HTML; empty to show the site title
 * @param governmentLinks the footer's government links
 * @param bottomLinks the footer's bottom links
 * @param licenceHtml the licence line, safe HTML; empty for none
 * @param feeds the feeds of the page's language that the build writes
 * @param favicon the site's own favicon URL; empty for the DSFR's (when linked) or none
 * @param themeColor the theme colour, a CSS hex colour
 */
public record SiteFrame(
    String serviceName,
    String tagline,
    String homeUrl,
    List<FrameLink> quickLinks,
    Navigation navigation,
    List<LanguageLink> languages,
    String footerHtml,
    List<FrameLink> governmentLinks,
    List<FrameLink> bottomLinks,
    String licenceHtml,
    List<FeedLink> feeds,
    Optional<String> favicon,
    String themeColor) {

  private static final SiteFrame EMPTY =
      new SiteFrame(
          "",
          "",
          "",
          List.of(),
          Navigation.empty(),
          List.of(),
          "",
          List.of(),
          List.of(),
          "",
          List.of(),
          Optional.empty(),
          "#000091");

  /** Checks and copies the components. */
  public SiteFrame {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(tagline, "tagline");
    Objects.requireNonNull(homeUrl, "homeUrl");
    quickLinks = List.copyOf(quickLinks);
    Objects.requireNonNull(navigation, "navigation");
    languages = List.copyOf(languages);
    Objects.requireNonNull(footerHtml, "footerHtml");
    governmentLinks = List.copyOf(governmentLinks);
    bottomLinks = List.copyOf(bottomLinks);
    Objects.requireNonNull(licenceHtml, "licenceHtml");
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(favicon, "favicon");
    Objects.requireNonNull(themeColor, "themeColor");
  }

  /**
   * Returns a frame with nothing in it: no home URL (the layout's), no menu, no links, the DSFR's
   * blue France.
   *
   * @return the empty frame
   */
  public static SiteFrame empty() {
    return EMPTY;
  }

  /**
   * Returns this frame without what changes from page to page (the menu's marks and the language
   * switcher), for a layout that keeps what it wrote of the rest.
   *
   * @return the copy
   */
  public SiteFrame withoutPageParts() {
    return withPageParts(Navigation.empty(), List.of());
  }

  /**
   * Returns this frame with another menu and language switcher.
   *
   * @param navigation the menu
   * @param languages the switcher's entries
   * @return the copy
   */
  public SiteFrame withPageParts(Navigation navigation, List<LanguageLink> languages) {
    return new SiteFrame(
        serviceName,
        tagline,
        homeUrl,
        quickLinks,
        navigation,
        languages,
        footerHtml,
        governmentLinks,
        bottomLinks,
        licenceHtml,
        feeds,
        favicon,
        themeColor);
  }
}
