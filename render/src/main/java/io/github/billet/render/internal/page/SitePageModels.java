package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.HomePage;
import io.github.billet.render.page.PageHead;
import io.github.billet.render.page.PageKind;
import io.github.billet.render.page.PageLink;
import io.github.billet.render.page.PostCard;
import io.github.billet.render.page.SiteMapPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes the models of the pages that show the whole site of a language: its home page and its site
 * map page. Immutable and thread-safe.
 *
 * <pre>{@code
 * HomePage home = new SitePageModels(models, labels, urls)
 *     .home(Language.FRENCH, index, intro, sections, 3, cards, problems);
 * }</pre>
 */
public final class SitePageModels {

  private final PageModels models;
  private final Labels labels;
  private final PageUrls urls;

  /**
   * Makes the models of one renderer.
   *
   * @param models its page models (heads, alternates)
   * @param labels its labels
   * @param urls its page URLs
   */
  public SitePageModels(PageModels models, Labels labels, PageUrls urls) {
    this.models = models;
    this.labels = labels;
    this.urls = urls;
  }

  /** The URL of a language's site map page: {@code sitemap/} below its home page. */
  public static String siteMapUrl(PageUrls urls, Language language) {
    return siteMapPattern(urls).replace("{lang}", language.code());
  }

  private static String siteMapPattern(PageUrls urls) {
    String home = urls.home();
    return (home.endsWith("/") ? home : home + "/") + "sitemap/";
  }

  /**
   * The model of a language's home page.
   *
   * @param language the language
   * @param index the language's index page, if any (its title is the heading)
   * @param intro its rendered body
   * @param sections the sections' listings in that language
   * @param latest how many of each section's newest posts to show
   * @param cards makes the cards
   * @param problems where the cards' problems go
   */
  public HomePage home(
      Language language,
      Optional<Post> index,
      Optional<RenderedBody> intro,
      List<PagedListing> sections,
      int latest,
      PagedListing.Cards cards,
      List<Problem> problems) {
    intro.ifPresent(body -> problems.addAll(body.problems()));
    String siteTitle = models.siteTitleIn(language);
    String heading =
        index.isPresent() && !index.get().title().isBlank()
            ? index.get().title()
            : siteTitle.isBlank() ? labels.get(language, Label.HOME) : siteTitle;
    List<HomePage.SectionPosts> shown = new ArrayList<>();
    for (PagedListing section : sections) {
      List<Post> posts = section.posts();
      List<PostCard> latestCards = new ArrayList<>();
      for (Post post : posts.subList(0, Math.min(latest, posts.size()))) {
        latestCards.add(cards.card(language, post, problems));
      }
      shown.add(
          new HomePage.SectionPosts(
              section.heading(), Markup.safeUrl(section.url(1), false), latestCards));
    }
    String safe = Markup.safeUrl(urls.home().replace("{lang}", language.code()), false);
    PageHead head =
        models.listingHead(
            PageKind.HOME, language, safe, heading, heading, models.alternates(urls.home()));
    PageLink siteMap =
        new PageLink(
            Markup.safeUrl(siteMapUrl(urls, language), false),
            labels.get(language, Label.SITE_MAP));
    return new HomePage(head, labels, intro, shown, siteMap);
  }

  /**
   * The model of a language's site map page.
   *
   * @param language the language
   * @param sections the sections' listings in that language
   * @param others the language's published pages in no section
   */
  public SiteMapPage siteMap(Language language, List<PagedListing> sections, List<Post> others) {
    List<SiteMapPage.SectionLinks> groups = new ArrayList<>();
    for (PagedListing section : sections) {
      List<PageLink> posts = new ArrayList<>();
      for (Post post : section.posts()) {
        posts.add(link(post));
      }
      groups.add(
          new SiteMapPage.SectionLinks(
              new PageLink(Markup.safeUrl(section.url(1), false), section.heading()), posts));
    }
    List<Post> sorted = new ArrayList<>();
    for (Post post : others) {
      if (post.url().isPresent()) {
        sorted.add(post);
      }
    }
    sorted.sort(Comparator.comparing(SitePageModels::title).thenComparing(p -> p.url().get()));
    List<PageLink> pages = new ArrayList<>();
    for (Post post : sorted) {
      pages.add(link(post));
    }
    String safe = Markup.safeUrl(siteMapUrl(urls, language), false);
    String heading = labels.get(language, Label.SITE_MAP);
    PageHead head =
        models.listingHead(
            PageKind.SITE_MAP,
            language,
            safe,
            heading,
            heading,
            models.alternates(siteMapPattern(urls)));
    PageLink home = new PageLink(urls.homeUrl(language), labels.get(language, Label.HOME));
    return new SiteMapPage(head, labels, home, groups, pages);
  }

  private static String title(Post post) {
    return post.title().isBlank() ? post.slug() : post.title();
  }

  private static PageLink link(Post post) {
    return new PageLink(Markup.safeUrl(post.url().orElseThrow(), false), title(post));
  }
}
