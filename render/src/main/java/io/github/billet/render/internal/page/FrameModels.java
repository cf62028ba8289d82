package io.github.billet.render.internal.page;

import io.github.billet.core.FrameConfig;
import io.github.billet.core.Language;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.safety.FragmentRules;
import io.github.billet.render.page.FeedLink;
import io.github.billet.render.page.FrameLink;
import io.github.billet.render.page.LanguageLink;
import io.github.billet.render.page.Navigation;
import io.github.billet.render.page.SiteFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Makes the {@link SiteFrame} of each page from the site's {@link FrameConfig}, the menus and the
 * page's language targets: what does not change from page to page is made once per language.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FrameModels frames = new FrameModels(site, labels, urls).withMenus(menus, true);
 * SiteFrame frame = frames.frame(Language.FRENCH, "/fr/blog/hello/", Map.of("en", "/en/"));
 * }</pre>
 */
public final class FrameModels {

  /** The elements the footer text and the licence line may hold: inline ones only. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "br", "cite", "code", "em", "i", "q", "s", "small", "span", "strong",
          "sub", "sup", "time", "u");

  private final SiteConfig site;
  private final Labels labels;
  private final PageUrls urls;
  private final Map<String, Navigation> menus;
  private final boolean feeds;
  private final List<Problem> problems;
  private final ConcurrentHashMap<String, SiteFrame> bases = new ConcurrentHashMap<>();

  /**
   * Makes the frames of a renderer without menus or feeds.
   *
   * @param site the site's configuration (its frame and languages)
   * @param labels the labels (language names, feed titles)
   * @param urls the page URLs (home pages)
   */
  public FrameModels(SiteConfig site, Labels labels, PageUrls urls) {
    this(site, labels, urls, Map.of(), false);
  }

  private FrameModels(
      SiteConfig site, Labels labels, PageUrls urls, Map<String, Navigation> menus, boolean feeds) {
    this.site = site;
    this.labels = labels;
    this.urls = urls;
    this.menus = Map.copyOf(menus);
    this.feeds = feeds;
    List<Problem> found = new ArrayList<>();
    FrameConfig frame = site.frame();
    for (Language language : site.languages()) {
      inline(frame, language, frame.footerText(language), "frame.footer.text", found);
      inline(frame, language, frame.licence(language), "frame.footer.licence", found);
    }
    this.problems = List.copyOf(found.stream().distinct().toList());
  }

  /**
   * Returns these frames with the site's menus and, when the build writes them, its feeds.
   *
   * @param newMenus each language's menu by language code
   * @param withFeeds true when the build writes each language's feeds
   * @return the copy
   */
  public FrameModels withMenus(Map<String, Navigation> newMenus, boolean withFeeds) {
    return new FrameModels(site, labels, urls, newMenus, withFeeds);
  }

  /**
   * Returns menus by language code, as {@link #withMenus} takes them.
   *
   * @param menus menus by language
   * @return the same menus by code
   */
  public static Map<String, Navigation> byCode(Map<Language, Navigation> menus) {
    Map<String, Navigation> byCode = new java.util.HashMap<>();
    menus.forEach((language, menu) -> byCode.put(language.code(), menu));
    return byCode;
  }

  /**
   * Returns the problems of the configured frame: footer texts that could not be kept as HTML.
   *
   * @return the warnings
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns what the frame of a page depends on besides its language and URL, for a site build to
   * tell whether a page changed.
   *
   * @return a value compared by equality
   */
  public Object key() {
    return List.of(menus, feeds);
  }

  /**
   * Makes the frame of one page.
   *
   * @param language the page's language
   * @param pageUrl the page's safe URL
   * @param targets where the language switcher leads for each other language code; a language
   *     absent here leads to its home page
   * @return the frame
   */
  public SiteFrame frame(Language language, String pageUrl, Map<String, String> targets) {
    SiteFrame base = bases.computeIfAbsent(language.code(), code -> base(language));
    List<LanguageLink> switcher = new ArrayList<>();
    if (site.languages().size() > 1) {
      for (Language l : site.languages()) {
        boolean current = l.code().equals(language.code());
        String url =
            current
                ? pageUrl
                : Markup.safeUrl(targets.getOrDefault(l.code(), urls.homeUrl(l)), false);
        switcher.add(new LanguageLink(l, languageName(l), url, current));
      }
    }
    Navigation menu = menus.getOrDefault(language.code(), Navigation.empty()).at(pageUrl);
    return base.withPageParts(menu, switcher);
  }

  private SiteFrame base(Language language) {
    FrameConfig frame = site.frame();
    List<FeedLink> feedLinks = new ArrayList<>();
    if (feeds) {
      // The files FeedStage writes for each language.
      String folder = "/" + language.code() + "/feed/";
      String title = site.title(language).orElse("");
      feedLinks.add(
          new FeedLink(
              FeedLink.ATOM,
              titled(labels.get(language, Label.ATOM_FEED), title),
              folder + "feed.xml"));
      feedLinks.add(
          new FeedLink(
              FeedLink.JSON,
              titled(labels.get(language, Label.JSON_FEED), title),
              folder + "feed.json"));
    }
    return new SiteFrame(
        frame.serviceName(language).orElse(""),
        frame.tagline(language).orElse(""),
        Markup.safeUrl(urls.homeUrl(language), false),
        links(frame.quickLinks(), language),
        Navigation.empty(),
        List.of(),
        inline(frame, language, frame.footerText(language), "frame.footer.text", new ArrayList<>()),
        links(frame.governmentLinks(), language),
        links(frame.bottomLinks(), language),
        inline(frame, language, frame.licence(language), "frame.footer.licence", new ArrayList<>()),
        feedLinks,
        frame.favicon().map(u -> Markup.safeUrl(u, true)),
        frame.themeColor());
  }

  private static String titled(String what, String siteTitle) {
    return siteTitle.isBlank() ? what : what + " - " + siteTitle;
  }

  private String languageName(Language language) {
    String name = labels.get(language, Label.LANGUAGE_NAME);
    if (name.isEmpty()) {
      return language.code();
    }
    return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
  }

  private static List<FrameLink> links(List<FrameConfig.Link> links, Language language) {
    List<FrameLink> out = new ArrayList<>(links.size());
    for (FrameConfig.Link link : links) {
      out.add(
          new FrameLink(
              link.label(language), Markup.safeUrl(link.url(language), false), link.icon()));
    }
    return out;
  }

  /**
   * Returns a footer text as safe HTML: as written when it holds only inline elements and passes
   * the fragment rules, else escaped as plain text with a warning.
   */
  private static String inline(
      FrameConfig frame,
      Language language,
      Optional<String> value,
      String key,
      List<Problem> problems) {
    String text = value.orElse("");
    if (text.isEmpty()) {
      return "";
    }
    String refused = null;
    try {
      FragmentRules.check(text, key);
      for (Element e : Jsoup.parseBodyFragment(text).body().getAllElements()) {
        if (!e.normalName().equals("body") && !INLINE.contains(e.normalName())) {
          refused = "a <" + e.normalName() + "> element, which is not inline";
          break;
        }
      }
    } catch (IllegalArgumentException e) {
      refused = e.getMessage();
    }
    if (refused == null) {
      return text;
    }
    SourcePosition at = frame.positionOf(key, language);
    problems.add(
        Problem.warning(
            frame.source(),
            at.line(),
            at.column(),
            "frame.html",
            "'" + key + "' holds " + refused + "; it is shown as plain text",
            "write plain text or inline HTML (links, emphasis) without script or event handler"));
    return Markup.text(text);
  }
}
