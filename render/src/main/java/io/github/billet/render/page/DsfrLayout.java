package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.html.Pieces;
import io.github.billet.render.internal.page.BoundedCache;
import io.github.billet.render.internal.page.FrameHtml;
import io.github.billet.render.internal.safety.FragmentRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link PageLayout}: an HTML5 document with the French State design system's (DSFR)
 * skip links, header and footer, and the head metadata (description, canonical URL, hreflang
 * alternates, Open Graph).
 *
 * <p>Keep it and add to it instead of forking it: stylesheets and scripts (by URL only: pages carry
 * no inline script and no event handler), header and footer HTML fragments per language, an
 * optional {@code Content-Security-Policy} meta element. Fragments are the site's own HTML, written
 * as they are, but may not hold a script, an event handler or a {@code javascript:} URL: {@link
 * Builder#build()} refuses them. Immutable and thread-safe.
 *
 * <pre>{@code
 * DsfrLayout layout = DsfrLayout.builder()
 *     .stylesheet("/dsfr/dsfr.min.css")
 *     .moduleScript("/dsfr/dsfr.module.min.js")
 *     .footer(Language.FRENCH, "<footer class=\"fr-footer\" id=\"footer\">...</footer>")
 *     .contentSecurityPolicy("default-src 'self'")
 *     .build();
 * }</pre>
 *
 * <p>Longer than most classes because it is the default look of every page kind with its builder's
 * options documented; the markup itself is made by {@link DsfrParts} and {@code internal.page}.
 */
public final class DsfrLayout implements PageLayout {

  /** The id of the {@code <main>} element, target of the first skip link. */
  public static final String MAIN_ID = "main-content";

  /** The id the footer carries, target of the last skip link. */
  public static final String FOOTER_ID = "footer";

  private final Labels labels;
  private final List<String> headElements;
  private final List<String> dsfrFavicons;
  private final boolean display;
  private final List<String> stylesheets;
  private final List<String> scripts;
  private final Map<String, String> headers;
  private final Map<String, String> footers;
  private final java.util.Set<String> footersWithId;
  private final String cspMeta;
  private final String homeUrlPattern;
  private final ConcurrentHashMap<ChromeKey, Chrome> chromes = new ConcurrentHashMap<>();

  private DsfrLayout(Builder b) {
    this.labels = b.labels;
    this.headElements = List.copyOf(b.headElements);
    this.dsfrFavicons = List.copyOf(b.dsfrFavicons);
    this.display = b.display != null ? b.display : b.dsfrLinked;
    this.stylesheets = List.copyOf(b.stylesheets);
    this.scripts = List.copyOf(b.scripts);
    this.headers = Map.copyOf(b.headers);
    this.footers = Map.copyOf(b.footers);
    List<String> withId = new ArrayList<>();
    for (Map.Entry<String, String> footer : b.footers.entrySet()) {
      if (FragmentRules.hasId(footer.getValue(), FOOTER_ID)) {
        withId.add(footer.getKey());
      }
    }
    this.footersWithId = java.util.Set.copyOf(withId);
    this.cspMeta =
        b.contentSecurityPolicy == null
            ? ""
            : "<meta http-equiv=\"Content-Security-Policy\" content=\""
                + Markup.attribute(b.contentSecurityPolicy)
                + "\">\n";
    this.homeUrlPattern = b.homeUrlPattern;
  }

  /**
   * Starts building a layout.
   *
   * @return a builder: built-in labels, no stylesheet, no script, built-in header and footer
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the layout with every default.
   *
   * @return a layout with the built-in header and footer and no stylesheet
   */
  public static DsfrLayout defaults() {
    return builder().build();
  }

  @Override
  public String render(PageContent c) {
    if (homeUrlPattern != null || c.frame().homeUrl().isEmpty()) {
      c = withHome(c);
    }
    Language language = c.language();
    // The pieces are joined once (see Pieces).
    Pieces s = new Pieces(64);
    s.add("<!DOCTYPE html>\n<html lang=\"")
        .add(Markup.attribute(language.code()))
        // The display settings dialog sets the theme on this element.
        .add(display ? "\" data-fr-scheme=\"system" : "")
        .add(
            "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .add(cspMeta);
    s.add("<title>").add(Markup.text(c.title())).add("</title>\n");
    Optional<String> description = c.description();
    String descriptionAttribute =
        description.isPresent() && !description.get().isBlank()
            ? Markup.attribute(description.get())
            : null;
    if (descriptionAttribute != null) {
      meta(s, "name=\"description", descriptionAttribute);
    }
    String canonical = Markup.attribute(c.canonicalUrl());
    s.add("<link rel=\"canonical\" href=\"").add(canonical).add("\">\n");
    for (Alternate a : c.alternates()) {
      s.add("<link rel=\"alternate\" hreflang=\"")
          .add(Markup.attribute(a.hreflang()))
          .add("\" href=\"")
          .add(Markup.attribute(a.href()))
          .add("\">\n");
    }
    meta(s, "property=\"og:type", c.kind() == PageKind.POST ? "article" : "website");
    meta(s, "property=\"og:title", Markup.attribute(c.heading()));
    if (descriptionAttribute != null) {
      meta(s, "property=\"og:description", descriptionAttribute);
    }
    meta(s, "property=\"og:url", canonical);
    if (c.imageUrl().isPresent()) {
      meta(s, "property=\"og:image", Markup.attribute(c.imageUrl().get()));
      if (!c.imageAlt().isBlank()) {
        meta(s, "property=\"og:image:alt", Markup.attribute(c.imageAlt()));
      }
    }
    meta(s, "property=\"og:locale", Markup.attribute(ogLocale(language)));
    for (Alternate a : c.alternates()) {
      if (!a.hreflang().equals(Alternate.X_DEFAULT) && !a.hreflang().equals(language.code())) {
        meta(
            s,
            "property=\"og:locale:alternate",
            Markup.attribute(ogLocale(Language.of(a.hreflang()))));
      }
    }
    if (!c.siteTitle().isBlank()) {
      meta(s, "property=\"og:site_name", Markup.attribute(c.siteTitle()));
    }
    if (c.kind() == PageKind.POST && c.date().isPresent()) {
      meta(s, "property=\"article:published_time", c.date().get().toString());
    }
    Chrome chrome = chrome(c);
    s.add(chrome.top());
    String header = headers.get(language.code());
    if (header == null) {
      header = headers.get("");
    }
    s.add(header != null ? header : FrameHtml.header(c.frame(), c.siteTitle(), language, labels))
        .add("\n<main id=\"")
        .add(MAIN_ID)
        .add("\" tabindex=\"-1\">\n");
    return s.add(c.mainHtml()).add(chrome.bottom()).join();
  }

  /** The content with the home URL this layout sets instead of the frame's. */
  private PageContent withHome(PageContent c) {
    SiteFrame f = c.frame();
    String pattern = homeUrlPattern != null ? homeUrlPattern : "/{lang}/";
    String home = Markup.safeUrl(pattern.replace("{lang}", c.language().code()), false);
    SiteFrame framed =
        new SiteFrame(
            f.serviceName(),
            f.tagline(),
            home,
            f.quickLinks(),
            f.navigation(),
            f.languages(),
            f.footerHtml(),
            f.governmentLinks(),
            f.bottomLinks(),
            f.licenceHtml(),
            f.feeds(),
            f.favicon(),
            f.themeColor());
    return new PageContent(
        c.kind(),
        c.language(),
        c.url(),
        c.canonicalUrl(),
        c.title(),
        c.heading(),
        c.siteTitle(),
        c.description(),
        c.imageUrl(),
        c.imageAlt(),
        c.alternates(),
        c.date(),
        framed,
        c.mainHtml());
  }

  /**
   * Adds a meta element; {@code key} is the attribute and the opening of its value ({@code
   * property="og:title}), {@code escapedValue} is already escaped for an attribute.
   */
  private static void meta(Pieces s, String key, String escapedValue) {
    s.add("<meta ").add(key).add("\" content=\"").add(escapedValue).add("\">\n");
  }

  /**
   * What surrounds the main content and depends only on the language and the site title: from the
   * stylesheets to the opening of {@code <main>}, and from its end to the end of the document.
   */
  private record Chrome(String top, String bottom) {}

  /** What a {@link Chrome} depends on: the language, the site title, the frame but its menu. */
  private record ChromeKey(String language, String siteTitle, SiteFrame frame, boolean menu) {}

  /** At most this many chromes are kept; a site has one per language and site title. */
  private static final int MAX_CHROMES = 64;

  private Chrome chrome(PageContent c) {
    return BoundedCache.get(
        chromes,
        MAX_CHROMES,
        new ChromeKey(
            c.language().code(),
            c.siteTitle(),
            c.frame().withoutPageParts(),
            FrameHtml.hasMenu(c.frame())),
        k -> makeChrome(c));
  }

  private Chrome makeChrome(PageContent c) {
    Language language = c.language();
    StringBuilder s = new StringBuilder(2048);
    s.append(FrameHtml.head(c.frame(), dsfrFavicons));
    for (String element : headElements) {
      s.append(element).append('\n');
    }
    for (String href : stylesheets) {
      s.append("<link rel=\"stylesheet\" href=\"").append(Markup.attribute(href)).append("\">\n");
    }
    s.append("</head>\n<body>\n");
    String footerKey = footers.containsKey(language.code()) ? language.code() : "";
    String footer = footers.get(footerKey);
    boolean footerLink = footer == null || footersWithId.contains(footerKey);
    boolean builtInHeader = !headers.containsKey(language.code()) && !headers.containsKey("");
    skipLinks(s, language, builtInHeader && FrameHtml.hasMenu(c.frame()), footerLink);
    String top = s.toString();
    s.setLength(0);
    s.append("</main>\n");
    s.append(
            footer != null
                ? footer
                : FrameHtml.footer(c.frame(), c.siteTitle(), language, labels, FOOTER_ID, display))
        .append('\n');
    for (String script : scripts) {
      s.append(script).append('\n');
    }
    s.append("</body>\n</html>\n");
    return new Chrome(top, s.toString());
  }

  /**
   * Returns the Open Graph locale of a language: {@code fr_FR}, {@code en_US}, else the language
   * code with its upper-case form as country ({@code de_DE}).
   */
  static String ogLocale(Language language) {
    String code = language.code();
    return switch (code) {
      case "fr" -> "fr_FR";
      case "en" -> "en_US";
      default -> code + "_" + code.toUpperCase(java.util.Locale.ROOT);
    };
  }

  private void skipLinks(StringBuilder s, Language language, boolean menuLink, boolean footerLink) {
    s.append("<div class=\"fr-skiplinks\">\n<nav class=\"fr-container\" aria-label=\"")
        .append(Markup.attribute(labels.get(language, Label.SKIP_LINKS)))
        .append("\">\n<ul class=\"fr-skiplinks__list\">\n");
    s.append("<li><a class=\"fr-link\" href=\"#")
        .append(MAIN_ID)
        .append("\">")
        .append(Markup.text(labels.get(language, Label.SKIP_TO_CONTENT)))
        .append("</a></li>\n");
    if (menuLink) {
      s.append("<li><a class=\"fr-link\" href=\"#")
          .append(FrameHtml.NAVIGATION_ID)
          .append("\">")
          .append(Markup.text(labels.get(language, Label.SKIP_TO_MENU)))
          .append("</a></li>\n");
    }
    if (footerLink) {
      s.append("<li><a class=\"fr-link\" href=\"#")
          .append(FOOTER_ID)
          .append("\">")
          .append(Markup.text(labels.get(language, Label.SKIP_TO_FOOTER)))
          .append("</a></li>\n");
    }
    s.append("</ul>\n</nav>\n</div>\n");
  }

  /**
   * Builds a {@link DsfrLayout}; not thread-safe, make one per layout.
   *
   * <pre>{@code
   * DsfrLayout layout = DsfrLayout.builder().stylesheet("/css/site.css").build();
   * }</pre>
   */
  public static final class Builder {
    private Labels labels = Labels.defaults();
    private final List<String> headElements = new ArrayList<>();
    private final List<String> dsfrFavicons = new ArrayList<>();
    private boolean dsfrLinked;
    private Boolean display;
    private final List<String> stylesheets = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> footers = new LinkedHashMap<>();
    private String contentSecurityPolicy;
    private String homeUrlPattern;

    private Builder() {}

    /**
     * Sets the labels of the skip links and of the built-in header and footer.
     *
     * @param labels the labels, {@link Labels#defaults()} by default
     * @return this builder
     */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Adds a stylesheet, linked from the head in the order added.
     *
     * @param url the stylesheet's URL, such as {@code /dsfr/dsfr.min.css}
     * @return this builder
     * @throws IllegalArgumentException for a URL that could run script
     */
    public Builder stylesheet(String url) {
      stylesheets.add(checkedUrl(url, "stylesheet"));
      return this;
    }

    /**
     * Adds a classic script, loaded with {@code defer} at the end of the body.
     *
     * @param url the script's URL
     * @return this builder
     * @throws IllegalArgumentException for a URL that could run script by itself
     */
    public Builder script(String url) {
      scripts.add(
          "<script src=\"" + Markup.attribute(checkedUrl(url, "script")) + "\" defer></script>");
      return this;
    }

    /**
     * Links the DSFR served from a base URL, as its own pages do: the theme colour, the favicons,
     * the stylesheets {@code dsfr.min.css} and {@code utility/icons/icons.min.css} (before those
     * added later), the scripts {@code dsfr.module.min.js} ({@code type="module"}) and {@code
     * dsfr.nomodule.min.js} ({@code nomodule}).
     *
     * <pre>{@code
     * DsfrLayout layout = DsfrLayout.builder().dsfr("/dsfr").build();
     * }</pre>
     *
     * @param baseUrl the URL of the DSFR's {@code dist} folder, such as {@code /dsfr}
     * @return this builder
     * @throws IllegalArgumentException for a URL that could run script
     */
    public Builder dsfr(String baseUrl) {
      String base = checkedUrl(baseUrl, "DSFR");
      while (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      String b = Markup.attribute(base);
      // The theme colour comes from the page's frame; a site's own favicon replaces these.
      dsfrLinked = true;
      dsfrFavicons.add(
          "<link rel=\"apple-touch-icon\" href=\"" + b + "/favicon/apple-touch-icon.png\">");
      dsfrFavicons.add(
          "<link rel=\"icon\" href=\"" + b + "/favicon/favicon.svg\" type=\"image/svg+xml\">");
      dsfrFavicons.add(
          "<link rel=\"shortcut icon\" href=\""
              + b
              + "/favicon/favicon.ico\" type=\"image/x-icon\">");
      dsfrFavicons.add("<link rel=\"manifest\" href=\"" + b + "/favicon/manifest.webmanifest\">");
      stylesheet(base + "/dsfr.min.css");
      stylesheet(base + "/utility/icons/icons.min.css");
      moduleScript(base + "/dsfr.module.min.js");
      scripts.add("<script nomodule src=\"" + b + "/dsfr.nomodule.min.js\"></script>");
      return this;
    }

    /**
     * Adds a module script ({@code type="module"}) at the end of the body, such as the DSFR's
     * {@code dsfr.module.min.js}.
     *
     * @param url the script's URL
     * @return this builder
     * @throws IllegalArgumentException for a URL that could run script by itself
     */
    public Builder moduleScript(String url) {
      scripts.add(
          "<script type=\"module\" src=\""
              + Markup.attribute(checkedUrl(url, "script"))
              + "\"></script>");
      return this;
    }

    /**
     * Replaces the built-in header for every language without a header of its own.
     *
     * @param html the header, such as a DSFR {@code <header class="fr-header">}
     * @return this builder
     * @throws IllegalArgumentException when the fragment holds a script, an event handler or a
     *     {@code javascript:} URL
     */
    public Builder header(String html) {
      headers.put("", FragmentRules.check(html, "header"));
      return this;
    }

    /**
     * Replaces the built-in header for one language.
     *
     * @param language the page language
     * @param html the header HTML
     * @return this builder
     * @throws IllegalArgumentException when the fragment holds a script, an event handler or a
     *     {@code javascript:} URL
     */
    public Builder header(Language language, String html) {
      headers.put(language.code(), FragmentRules.check(html, "header"));
      return this;
    }

    /**
     * Replaces the built-in footer for every language without a footer of its own. Give an element
     * of the fragment {@code id="footer"} to keep the skip link to it.
     *
     * @param html the footer, such as a DSFR {@code <footer class="fr-footer" id="footer">}
     * @return this builder
     * @throws IllegalArgumentException when the fragment holds a script, an event handler or a
     *     {@code javascript:} URL
     */
    public Builder footer(String html) {
      footers.put("", FragmentRules.check(html, "footer"));
      return this;
    }

    /**
     * Replaces the built-in footer for one language.
     *
     * @param language the page language
     * @param html the footer HTML
     * @return this builder
     * @throws IllegalArgumentException when the fragment holds a script, an event handler or a
     *     {@code javascript:} URL
     */
    public Builder footer(Language language, String html) {
      footers.put(language.code(), FragmentRules.check(html, "footer"));
      return this;
    }

    /**
     * Shows or hides the display settings (light, dark or system theme): a button in the built-in
     * footer opening the DSFR's {@code fr-display} dialog, and {@code data-fr-scheme} on the
     * document. By default shown when the DSFR is linked with {@link #dsfr(String)}, whose script
     * drives them.
     *
     * @param show true to show them
     * @return this builder
     */
    public Builder displaySettings(boolean show) {
      this.display = show;
      return this;
    }

    /**
     * Adds a {@code <meta http-equiv="Content-Security-Policy">} with this policy to every page.
     *
     * @param policy the policy, such as {@code default-src 'self'}; null for none (the default)
     * @return this builder
     */
    public Builder contentSecurityPolicy(String policy) {
      this.contentSecurityPolicy = policy == null || policy.isBlank() ? null : policy.strip();
      return this;
    }

    /**
     * Sets the home page of each language, linked from the built-in header and footer.
     *
     * @param pattern a site-relative URL where {@code {lang}} stands for the language code; by
     *     default the page frame's home URL ({@link SiteFrame#homeUrl()}, the renderer's)
     * @return this builder
     */
    public Builder homeUrlPattern(String pattern) {
      checkedUrl(pattern, "home page");
      this.homeUrlPattern = pattern;
      return this;
    }

    /**
     * Builds the layout.
     *
     * @return an immutable, thread-safe layout
     */
    public DsfrLayout build() {
      return new DsfrLayout(this);
    }

    private static String checkedUrl(String url, String what) {
      Objects.requireNonNull(url, what);
      String safe = Markup.safeUrl(url, false);
      if (Markup.isBlocked(safe) || url.isBlank()) {
        throw new IllegalArgumentException(
            "the " + what + " URL '" + url + "' is not allowed; give an http(s) URL or a path");
      }
      return safe;
    }
  }
}
