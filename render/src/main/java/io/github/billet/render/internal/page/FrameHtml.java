package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.FeedLink;
import io.github.billet.render.page.FrameLink;
import io.github.billet.render.page.LanguageLink;
import io.github.billet.render.page.NavItem;
import io.github.billet.render.page.SiteFrame;
import java.util.List;
import java.util.Locale;

/**
 * The DSFR markup of a {@link SiteFrame}, as the DSFR documents its components: the header ({@code
 * fr-header} with service name, tagline, quick links, translate component and main navigation
 * {@code fr-nav}), the footer ({@code fr-footer}) and the display settings dialog ({@code
 * fr-display}). Everything is escaped but the frame's safe HTML texts; there is no inline script
 * and no event handler (the DSFR's own script drives the menus and dialogs).
 *
 * <pre>{@code
 * String header = FrameHtml.header(frame, "code.gouv.fr", Language.FRENCH, labels);
 * }</pre>
 */
public final class FrameHtml {

  /** The id of the main navigation, target of a skip link. */
  public static final String NAVIGATION_ID = "main-navigation";

  /** The id of the display settings dialog, which the footer's button opens. */
  public static final String DISPLAY_ID = "fr-theme-modal";

  private static final String MENU_ID = "header-menu";

  private FrameHtml() {}

  /**
   * Writes the head elements of the frame: theme colour, favicon, feeds.
   *
   * @param frame the frame
   * @param dsfrFavicons the DSFR's favicon links, written unless the site has its own
   * @return the elements, one a line
   */
  public static String head(SiteFrame frame, List<String> dsfrFavicons) {
    StringBuilder s = new StringBuilder(512);
    s.append("<meta name=\"theme-color\" content=\"")
        .append(Markup.attribute(frame.themeColor()))
        .append("\">\n");
    if (frame.favicon().isPresent()) {
      String href = Markup.attribute(frame.favicon().get());
      s.append("<link rel=\"icon\" href=\"").append(href).append('"');
      String type = iconType(frame.favicon().get());
      if (!type.isEmpty()) {
        s.append(" type=\"").append(type).append('"');
      }
      s.append(">\n");
    } else {
      for (String element : dsfrFavicons) {
        s.append(element).append('\n');
      }
    }
    for (FeedLink feed : frame.feeds()) {
      s.append("<link rel=\"alternate\" type=\"")
          .append(Markup.attribute(feed.mediaType()))
          .append("\" title=\"")
          .append(Markup.attribute(feed.title()))
          .append("\" href=\"")
          .append(Markup.attribute(feed.url()))
          .append("\">\n");
    }
    return s.toString();
  }

  private static String iconType(String url) {
    String path = url.toLowerCase(Locale.ROOT);
    if (path.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (path.endsWith(".png")) {
      return "image/png";
    }
    return path.endsWith(".ico") ? "image/x-icon" : "";
  }

  /**
   * Writes the DSFR header.
   *
   * @param frame the page's frame
   * @param siteTitle the site's title, shown when the frame has no service name
   * @param language the page's language
   * @param labels the labels
   * @return the {@code <header>} element
   */
  public static String header(SiteFrame frame, String siteTitle, Language language, Labels labels) {
    String name = frame.serviceName().isBlank() ? siteTitle : frame.serviceName();
    boolean nav = hasLinks(frame.navigation().items());
    boolean tools = !frame.quickLinks().isEmpty() || !frame.languages().isEmpty();
    boolean menu = nav || tools;
    String close = Markup.attribute(labels.get(language, Label.CLOSE));
    StringBuilder s = new StringBuilder(4096);
    s.append("<header class=\"fr-header\">\n<div class=\"fr-header__body\">\n")
        .append("<div class=\"fr-container\">\n<div class=\"fr-header__body-row\">\n")
        .append("<div class=\"fr-header__brand fr-enlarge-link\">\n")
        .append("<div class=\"fr-header__brand-top\">\n<div class=\"fr-header__logo\">\n")
        .append("<p class=\"fr-logo\">République<br>Française</p>\n</div>\n");
    if (menu) {
      String label = Markup.attribute(labels.get(language, Label.MENU));
      s.append(
              "<div class=\"fr-header__navbar\">\n<button data-fr-opened=\"false\" aria-controls=\"")
          .append(MENU_ID)
          .append("\" title=\"")
          .append(label)
          .append("\" type=\"button\" id=\"")
          .append(MENU_ID)
          .append("-button\" class=\"fr-btn--menu fr-btn\">")
          .append(label)
          .append("</button>\n</div>\n");
    }
    s.append("</div>\n");
    if (!name.isBlank()) {
      s.append("<div class=\"fr-header__service\">\n<a href=\"")
          .append(Markup.attribute(frame.homeUrl()))
          .append("\" title=\"")
          .append(Markup.attribute(labels.get(language, Label.HOME) + " - " + name))
          .append("\">\n<p class=\"fr-header__service-title\">")
          .append(Markup.text(name))
          .append("</p>\n</a>\n");
      if (!frame.tagline().isBlank()) {
        s.append("<p class=\"fr-header__service-tagline\">")
            .append(Markup.text(frame.tagline()))
            .append("</p>\n");
      }
      s.append("</div>\n");
    }
    s.append("</div>\n");
    if (tools) {
      s.append("<div class=\"fr-header__tools\">\n<div class=\"fr-header__tools-links\">\n");
      quickLinks(s, frame.quickLinks());
      translate(s, frame.languages(), language, labels);
      s.append("</div>\n</div>\n");
    }
    s.append("</div>\n</div>\n</div>\n");
    if (menu) {
      s.append("<div class=\"fr-header__menu fr-modal\" id=\"")
          .append(MENU_ID)
          .append("\">\n<div class=\"fr-container\">\n<button aria-controls=\"")
          .append(MENU_ID)
          .append("\" title=\"")
          .append(close)
          .append("\" type=\"button\" class=\"fr-btn--close fr-btn\">")
          .append(close)
          .append("</button>\n<div class=\"fr-header__menu-links\"></div>\n");
      if (nav) {
        navigation(s, frame.navigation().items(), language, labels);
      }
      s.append("</div>\n</div>\n");
    }
    s.append("</header>");
    return s.toString();
  }

  private static void quickLinks(StringBuilder s, List<FrameLink> links) {
    if (links.isEmpty()) {
      return;
    }
    s.append("<ul class=\"fr-btns-group\">\n");
    for (FrameLink link : links) {
      s.append("<li><a class=\"fr-btn");
      if (link.icon().isPresent()) {
        s.append(' ').append(Markup.attribute(link.icon().get()));
      }
      s.append("\" href=\"")
          .append(Markup.attribute(link.url()))
          .append("\">")
          .append(Markup.text(link.text()))
          .append("</a></li>\n");
    }
    s.append("</ul>\n");
  }

  private static void translate(
      StringBuilder s, List<LanguageLink> languages, Language language, Labels labels) {
    if (languages.isEmpty()) {
      return;
    }
    LanguageLink current = languages.get(0);
    for (LanguageLink l : languages) {
      if (l.current()) {
        current = l;
      }
    }
    s.append("<div class=\"fr-translate fr-nav\">\n<div class=\"fr-nav__item\">\n")
        .append("<button aria-controls=\"translate-menu\" aria-expanded=\"false\" title=\"")
        .append(Markup.attribute(labels.get(language, Label.SELECT_LANGUAGE)))
        .append("\" type=\"button\" class=\"fr-translate__btn fr-btn fr-btn--tertiary\">")
        .append(Markup.text(code(current)))
        .append("<span class=\"fr-hidden-lg\">&nbsp;- ")
        .append(Markup.text(current.name()))
        .append("</span></button>\n")
        .append("<div class=\"fr-collapse fr-translate__menu fr-menu\" id=\"translate-menu\">\n")
        .append("<ul class=\"fr-menu__list\">\n");
    for (LanguageLink l : languages) {
      String tag = Markup.attribute(l.language().code());
      s.append("<li><a class=\"fr-translate__language fr-nav__link\" hreflang=\"")
          .append(tag)
          .append("\" lang=\"")
          .append(tag)
          .append("\" href=\"")
          .append(Markup.attribute(l.url()))
          .append('"')
          .append(l.current() ? " aria-current=\"true\"" : "")
          .append('>')
          .append(Markup.text(code(l) + " - " + l.name()))
          .append("</a></li>\n");
    }
    s.append("</ul>\n</div>\n</div>\n</div>\n");
  }

  private static String code(LanguageLink l) {
    return l.language().code().toUpperCase(Locale.ROOT);
  }

  /**
   * Tells whether the header shows a navigation menu: an entry of it leads somewhere.
   *
   * @param frame the frame
   * @return true when the menu has a link
   */
  public static boolean hasMenu(SiteFrame frame) {
    return hasLinks(frame.navigation().items());
  }

  /** Whether a menu has an entry that leads somewhere. */
  private static boolean hasLinks(List<NavItem> items) {
    for (NavItem item : items) {
      if (item.url().isPresent() || hasLinks(item.children())) {
        return true;
      }
    }
    return false;
  }

  private static void navigation(
      StringBuilder s, List<NavItem> items, Language language, Labels labels) {
    s.append("<nav class=\"fr-nav\" id=\"")
        .append(NAVIGATION_ID)
        .append("\" aria-label=\"")
        .append(Markup.attribute(labels.get(language, Label.MAIN_MENU)))
        .append("\">\n<ul class=\"fr-nav__list\">\n");
    int n = 0;
    for (NavItem item : items) {
      if (!hasLinks(List.of(item))) {
        continue;
      }
      n++;
      s.append("<li class=\"fr-nav__item\">\n");
      if (!hasLinks(item.children())) {
        link(s, item);
      } else {
        String id = "nav-menu-" + n;
        s.append("<button class=\"fr-nav__btn\" aria-expanded=\"false\" aria-controls=\"")
            .append(id)
            .append("\" type=\"button\"")
            .append(item.inCurrentBranch() ? " aria-current=\"true\"" : "")
            .append('>')
            .append(Markup.text(item.label()))
            .append("</button>\n");
        boolean mega = false;
        for (NavItem child : item.children()) {
          mega |= hasLinks(child.children());
        }
        if (mega) {
          megaMenu(s, item, id, Markup.attribute(labels.get(language, Label.CLOSE)));
        } else {
          s.append("<div class=\"fr-collapse fr-menu\" id=\"")
              .append(id)
              .append("\">\n<ul class=\"fr-menu__list\">\n");
          // A button opens the sub-menu: the entry's own page comes first in it.
          if (item.url().isPresent()) {
            s.append("<li>");
            link(s, item);
            s.append("</li>\n");
          }
          for (NavItem child : item.children()) {
            if (child.url().isPresent()) {
              s.append("<li>");
              link(s, child);
              s.append("</li>\n");
            }
          }
          s.append("</ul>\n</div>\n");
        }
      }
      s.append("</li>\n");
    }
    s.append("</ul>\n</nav>\n");
  }

  /** A sub-menu of three levels: each child a category with its own entries (DSFR mega menu). */
  private static void megaMenu(StringBuilder s, NavItem item, String id, String close) {
    s.append("<div class=\"fr-collapse fr-mega-menu\" id=\"")
        .append(id)
        .append("\">\n<div class=\"fr-container fr-container--fluid fr-container-lg\">\n")
        .append("<button aria-controls=\"")
        .append(id)
        .append("\" title=\"")
        .append(close)
        .append("\" type=\"button\" class=\"fr-btn--close fr-btn\">")
        .append(close)
        .append("</button>\n<div class=\"fr-grid-row fr-grid-row-lg--gutters\">\n");
    if (item.url().isPresent()) {
      s.append("<div class=\"fr-col-12 fr-col-lg-3\">\n<p class=\"fr-mega-menu__category\">");
      link(s, item);
      s.append("</p>\n</div>\n");
    }
    for (NavItem child : item.children()) {
      if (!hasLinks(List.of(child))) {
        continue;
      }
      s.append("<div class=\"fr-col-12 fr-col-lg-3\">\n<p class=\"fr-mega-menu__category\">");
      if (child.url().isPresent()) {
        link(s, child);
      } else {
        s.append(Markup.text(child.label()));
      }
      s.append("</p>\n");
      if (hasLinks(child.children())) {
        s.append("<ul class=\"fr-mega-menu__list\">\n");
        for (NavItem grandchild : child.children()) {
          if (grandchild.url().isPresent()) {
            s.append("<li>");
            link(s, grandchild);
            s.append("</li>\n");
          }
        }
        s.append("</ul>\n");
      }
      s.append("</div>\n");
    }
    s.append("</div>\n</div>\n</div>\n");
  }

  private static void link(StringBuilder s, NavItem item) {
    s.append("<a class=\"fr-nav__link\" href=\"")
        .append(Markup.attribute(item.url().orElse("#")))
        .append('"')
        .append(item.current() ? " aria-current=\"page\"" : "")
        .append('>')
        .append(Markup.text(item.label()))
        .append("</a>");
  }

  /**
   * Writes the DSFR footer and, when asked, the display settings dialog after it.
   *
   * @param frame the page's frame
   * @param siteTitle the site's title, shown when the frame has no footer text
   * @param language the page's language
   * @param labels the labels
   * @param footerId the footer's id, target of a skip link
   * @param display true to add the display settings button and dialog (the DSFR's script drives
   *     them)
   * @return the footer, then the dialog
   */
  public static String footer(
      SiteFrame frame,
      String siteTitle,
      Language language,
      Labels labels,
      String footerId,
      boolean display) {
    String name = frame.serviceName().isBlank() ? siteTitle : frame.serviceName();
    String home = labels.get(language, Label.FOOTER_HOME);
    StringBuilder s = new StringBuilder(4096);
    s.append("<footer class=\"fr-footer\" id=\"")
        .append(footerId)
        .append("\">\n<div class=\"fr-container\">\n<div class=\"fr-footer__body\">\n")
        .append("<div class=\"fr-footer__brand fr-enlarge-link\">\n<a href=\"")
        .append(Markup.attribute(frame.homeUrl()))
        .append("\" title=\"")
        .append(Markup.attribute(name.isBlank() ? home : home + " - " + name))
        .append("\">\n<p class=\"fr-logo\">République<br>Française</p>\n</a>\n</div>\n");
    String desc = frame.footerHtml().isBlank() ? Markup.text(siteTitle) : frame.footerHtml();
    if (!desc.isBlank() || !frame.governmentLinks().isEmpty()) {
      s.append("<div class=\"fr-footer__content\">\n");
      if (!desc.isBlank()) {
        s.append("<p class=\"fr-footer__content-desc\">").append(desc).append("</p>\n");
      }
      if (!frame.governmentLinks().isEmpty()) {
        String newWindow = labels.get(language, Label.NEW_WINDOW);
        s.append("<ul class=\"fr-footer__content-list\">\n");
        for (FrameLink link : frame.governmentLinks()) {
          s.append("<li class=\"fr-footer__content-item\"><a class=\"fr-footer__content-link\"")
              .append(" target=\"_blank\" rel=\"noopener\" title=\"")
              .append(Markup.attribute(link.text() + " - " + newWindow))
              .append("\" href=\"")
              .append(Markup.attribute(link.url()))
              .append("\">")
              .append(Markup.text(link.text()))
              .append("</a></li>\n");
        }
        s.append("</ul>\n");
      }
      s.append("</div>\n");
    }
    s.append("</div>\n");
    if (!frame.bottomLinks().isEmpty() || display || !frame.licenceHtml().isBlank()) {
      s.append("<div class=\"fr-footer__bottom\">\n<ul class=\"fr-footer__bottom-list\">\n");
      for (FrameLink link : frame.bottomLinks()) {
        s.append("<li class=\"fr-footer__bottom-item\"><a class=\"fr-footer__bottom-link\" href=\"")
            .append(Markup.attribute(link.url()))
            .append("\">")
            .append(Markup.text(link.text()))
            .append("</a></li>\n");
      }
      if (display) {
        s.append("<li class=\"fr-footer__bottom-item\"><button type=\"button\" aria-controls=\"")
            .append(DISPLAY_ID)
            .append("\" data-fr-opened=\"false\"")
            .append(" class=\"fr-icon-theme-fill fr-btn--display fr-footer__bottom-link\">")
            .append(Markup.text(labels.get(language, Label.DISPLAY_SETTINGS)))
            .append("</button></li>\n");
      }
      s.append("</ul>\n");
      if (!frame.licenceHtml().isBlank()) {
        s.append("<div class=\"fr-footer__bottom-copy\">\n<p>")
            .append(frame.licenceHtml())
            .append("</p>\n</div>\n");
      }
      s.append("</div>\n");
    }
    s.append("</div>\n</footer>");
    if (display) {
      s.append('\n').append(displayDialog(language, labels));
    }
    return s.toString();
  }

  /** The DSFR display settings dialog: light, dark or the system's theme. */
  private static String displayDialog(Language language, Labels labels) {
    String close = Markup.attribute(labels.get(language, Label.CLOSE));
    StringBuilder s = new StringBuilder(2048);
    s.append("<dialog id=\"")
        .append(DISPLAY_ID)
        .append("\" class=\"fr-modal\" aria-labelledby=\"")
        .append(DISPLAY_ID)
        .append("-title\">\n<div class=\"fr-container fr-container--fluid fr-container-md\">\n")
        .append("<div class=\"fr-grid-row fr-grid-row--center\">\n")
        .append(
            "<div class=\"fr-col-12 fr-col-md-6 fr-col-lg-4\">\n<div class=\"fr-modal__body\">\n")
        .append("<div class=\"fr-modal__header\">\n<button aria-controls=\"")
        .append(DISPLAY_ID)
        .append("\" title=\"")
        .append(close)
        .append("\" type=\"button\" class=\"fr-btn--close fr-btn\">")
        .append(close)
        .append("</button>\n</div>\n<div class=\"fr-modal__content\">\n<h2 id=\"")
        .append(DISPLAY_ID)
        .append("-title\" class=\"fr-modal__title\">")
        .append(Markup.text(labels.get(language, Label.DISPLAY_SETTINGS)))
        .append("</h2>\n<div id=\"fr-display\" class=\"fr-display\">\n")
        .append("<fieldset class=\"fr-fieldset\" id=\"display-fieldset\">\n")
        .append("<legend class=\"fr-fieldset__legend--regular fr-fieldset__legend\">")
        .append(Markup.text(labels.get(language, Label.DISPLAY_PICK_THEME)))
        .append("</legend>\n");
    radio(s, "light", labels.get(language, Label.THEME_LIGHT), "");
    radio(s, "dark", labels.get(language, Label.THEME_DARK), "");
    radio(
        s,
        "system",
        labels.get(language, Label.THEME_SYSTEM),
        labels.get(language, Label.THEME_SYSTEM_HINT));
    s.append("</fieldset>\n</div>\n</div>\n</div>\n</div>\n</div>\n</div>\n</dialog>");
    return s.toString();
  }

  private static void radio(StringBuilder s, String value, String label, String hint) {
    s.append("<div class=\"fr-fieldset__element\">\n<div class=\"fr-radio-group\">\n")
        .append("<input value=\"")
        .append(value)
        .append("\" type=\"radio\" id=\"fr-radios-theme-")
        .append(value)
        .append("\" name=\"fr-radios-theme\">\n<label class=\"fr-label\" for=\"fr-radios-theme-")
        .append(value)
        .append("\">")
        .append(Markup.text(label));
    if (!hint.isEmpty()) {
      s.append("<span class=\"fr-hint-text\">").append(Markup.text(hint)).append("</span>");
    }
    s.append("</label>\n</div>\n</div>\n");
  }
}
