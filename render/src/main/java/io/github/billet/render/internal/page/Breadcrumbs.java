package io.github.billet.render.internal.page;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.render.internal.html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DSFR breadcrumb of a page whose front matter asks for one ({@code showBreadcrumb: true}), as
 * the code.gouv.fr pages write it: the home page, then the {@code segments} in order (each {@code
 * {url, title}}), then the page itself, not a link.
 *
 * <p>A segment URL is site-relative, absolute http(s), or written without the language folder
 * ({@code /utiliser/} on a French page is {@code /fr/utiliser/}, as code.gouv.fr writes its
 * segments); a segment without a title or with an unusable URL is left out with a warning at its
 * key. Every value is escaped for its attribute or text.
 */
public final class Breadcrumbs {

  private Breadcrumbs() {}

  /**
   * Reads the trail of a page that shows a breadcrumb, between its home page and itself.
   *
   * @param fm the page's front matter
   * @param source the source name, for problems
   * @param languageCode the page's language ({@code fr})
   * @param siteLanguages the codes of the site's languages
   * @param problems where problems go
   * @return the segments as links (safe URLs, plain text), in order; empty for none
   */
  public static List<PageHtml.Link> read(
      FrontMatter fm,
      String source,
      String languageCode,
      Set<String> siteLanguages,
      List<Problem> problems) {
    Optional<Object> value = fm.get("segments");
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof List<?> segments)) {
      problems.add(
          warning(
              fm,
              "segments",
              source,
              "'segments' must be a list of {url, title}; the breadcrumb shows the home page only",
              "write 'segments:' then items such as '- url: /fr/rubrique/' and '  title:"
                  + " Rubrique'"));
      return List.of();
    }
    List<PageHtml.Link> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String path = "segments." + i;
      Object segment = segments.get(i);
      String url = segment instanceof Map ? fm.getString(path + ".url").orElse("").strip() : "";
      String title = segment instanceof Map ? fm.getString(path + ".title").orElse("").strip() : "";
      if (url.isEmpty() || title.isEmpty()) {
        problems.add(
            warning(
                fm,
                path,
                source,
                "breadcrumb segment "
                    + (i + 1)
                    + " needs a 'url' and a 'title'; it is left out of the breadcrumb",
                "write it as '- url: /fr/rubrique/' and '  title: Rubrique'"));
        continue;
      }
      String safe = Markup.safeUrl(withLanguage(url, languageCode, siteLanguages), false);
      if (Markup.isBlocked(safe)) {
        problems.add(
            warning(
                fm,
                path + ".url",
                source,
                "the URL of breadcrumb segment " + (i + 1) + " can run script; it is left out",
                "give a site path such as /fr/rubrique/, or an http(s) URL"));
        continue;
      }
      out.add(new PageHtml.Link(safe, title));
    }
    return List.copyOf(out);
  }

  /**
   * Prefixes a site path written without a language folder with the page's: {@code /utiliser/}
   * becomes {@code /fr/utiliser/} on a French page; {@code /fr/x/}, {@code /en/}, relative and
   * absolute URLs stay as they are.
   */
  static String withLanguage(String url, String languageCode, Set<String> siteLanguages) {
    if (!url.startsWith("/") || url.startsWith("//")) {
      return url;
    }
    int end = url.indexOf('/', 1);
    String first = end < 0 ? url.substring(1) : url.substring(1, end);
    if (siteLanguages.contains(first)) {
      return url;
    }
    return "/" + languageCode + url;
  }

  /**
   * Writes the breadcrumb.
   *
   * @param homeUrl the safe URL of the home page
   * @param homeLabel "Accueil", "Home"
   * @param segments the segments from {@link #read}
   * @param current the page's title, plain text
   * @param label the navigation's accessible name ("Vous êtes ici :")
   * @param showLabel the button that unfolds it on small screens ("Voir le fil d’Ariane")
   * @return the HTML
   */
  public static String html(
      String homeUrl,
      String homeLabel,
      List<PageHtml.Link> segments,
      String current,
      String label,
      String showLabel) {
    StringBuilder s = new StringBuilder(512);
    s.append("<nav class=\"fr-breadcrumb\" aria-label=\"")
        .append(Markup.attribute(label))
        .append("\">\n<button type=\"button\" class=\"fr-breadcrumb__button\"")
        .append(" aria-expanded=\"false\" aria-controls=\"breadcrumb-1\">")
        .append(Markup.text(showLabel))
        .append("</button>\n<div class=\"fr-collapse\" id=\"breadcrumb-1\">\n")
        .append("<ol class=\"fr-breadcrumb__list\">\n");
    link(s, homeUrl, homeLabel);
    for (PageHtml.Link segment : segments) {
      link(s, segment.url(), segment.text());
    }
    s.append("<li><a class=\"fr-breadcrumb__link\" aria-current=\"page\">")
        .append(Markup.text(current))
        .append("</a></li>\n</ol>\n</div>\n</nav>\n");
    return s.toString();
  }

  private static void link(StringBuilder s, String url, String text) {
    s.append("<li><a class=\"fr-breadcrumb__link\" href=\"")
        .append(Markup.attribute(url))
        .append("\">")
        .append(Markup.text(text))
        .append("</a></li>\n");
  }

  private static Problem warning(
      FrontMatter fm, String path, String source, String message, String hint) {
    SourcePosition at =
        fm.positionOf(path).or(() -> fm.positionOf("segments")).orElse(SourcePosition.UNKNOWN);
    return Problem.warning(source, at.line(), at.column(), "breadcrumb.segment", message, hint);
  }
}
