package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.feed.SitemapEntry;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.internal.page.SitePages;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages that index a whole language of the site: its home page ({@code /fr/}: the body of the
 * language's index page, if any, then the newest posts of each section) and its site map page
 * ({@code /fr/sitemap/}: every section with its posts, then the pages in no section), and the
 * entries of {@code sitemap.xml} for every listing, tag page, home and site map page.
 *
 * <pre>{@code
 * SiteIndexPages index = new SiteIndexPages(sections, labels, published, languages, pages);
 * List<Page> homesThenSiteMaps = index.render(listed, bodies);
 * }</pre>
 */
public final class SiteIndexPages {

  /** How many of each section's newest posts a home page shows: one row of cards. */
  public static final int LATEST = 3;

  private final SiteSections sections;
  private final Labels labels;
  private final List<Post> published;
  private final List<Language> languages;
  private final SitePages pages;
  // The index page of each language (its URL is the language's home page), by language code.
  private final Map<String, Post> homes = new LinkedHashMap<>();

  /**
   * Plans the pages.
   *
   * @param sections the site's sections
   * @param labels the labels (section titles)
   * @param published the published posts
   * @param languages the site's languages
   * @param pages the pages of the build
   */
  public SiteIndexPages(
      SiteSections sections,
      Labels labels,
      List<Post> published,
      List<Language> languages,
      SitePages pages) {
    this.sections = sections;
    this.labels = labels;
    this.published = published;
    this.languages = languages;
    this.pages = pages;
    for (Language language : languages) {
      String home = pages.renderer().homeUrl(language);
      String source = language.code() + "/index.md";
      Post atHome = null;
      Post index = null;
      for (Post post : published) {
        if (atHome == null && post.url().isPresent() && post.url().get().equals(home)) {
          atHome = post;
        }
        if (index == null && post.source().equals(source)) {
          index = post;
        }
      }
      if (atHome != null || index != null) {
        homes.put(language.code(), atHome != null ? atHome : index);
      }
    }
  }

  /**
   * The index pages of the languages, whose body their home page shows instead of a page of their
   * own: each language's post at its home URL, else its {@code <lang>/index.md}.
   */
  public Set<Post> homePosts() {
    Set<Post> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(homes.values());
    return set;
  }

  /** The published posts that get a page of their own: all but the index pages. */
  public List<Post> withoutHomes(List<Post> posts) {
    Set<Post> index = homePosts();
    List<Post> out = new ArrayList<>(posts.size());
    for (Post post : posts) {
      if (!index.contains(post)) {
        out.add(post);
      }
    }
    return out;
  }

  /** The listing of a section in a language. */
  public static SitePages.Listing listing(
      SitePages pages, SiteSections.Listed section, Language language, Labels labels) {
    SiteSections.Entry entry = section.entry();
    return pages.sectionListing(
        language,
        entry.section().url(),
        entry.title(language, labels),
        section.timeline().posts(language),
        entry.pageSize());
  }

  /**
   * Writes the home and site map pages; the site's root shows the first language's home page too,
   * unless a post took it.
   *
   * @param run where the pages go
   * @param listed the sections' posts
   */
  public void write(SiteRun run, List<SiteSections.Listed> listed) {
    List<Page> homesThenSiteMaps = render(listed, run.bodies());
    for (Page page : homesThenSiteMaps) {
      run.page(page);
    }
    if (!homesThenSiteMaps.isEmpty() && !run.taken(AssetRefs.pageFile("/"))) {
      run.writeCopy("/", homesThenSiteMaps.get(0), null);
    }
  }

  /**
   * Renders the home page of each language, then the site map page of each.
   *
   * @param listed the sections' posts
   * @param bodies the bodies rendered while loading
   * @return the pages, the first language's home first
   */
  public List<Page> render(List<SiteSections.Listed> listed, BodyStore bodies) {
    List<Page> homePages = new ArrayList<>();
    List<Page> siteMaps = new ArrayList<>();
    for (Language language : languages) {
      List<SitePages.Listing> listings = new ArrayList<>();
      for (SiteSections.Listed section : listed) {
        listings.add(listing(pages, section, language, labels));
      }
      Optional<Post> index = Optional.ofNullable(homes.get(language.code()));
      Optional<RenderedBody> body = index.map(post -> bodies.get(post.source()));
      homePages.add(pages.renderHome(language, index, body, listings, LATEST));
      siteMaps.add(pages.renderSiteMap(language, listings, others(language)));
    }
    List<Page> all = new ArrayList<>(homePages);
    all.addAll(siteMaps);
    return all;
  }

  /** The published pages of a language in no section, its index page left out. */
  private List<Post> others(Language language) {
    Set<Post> index = homePosts();
    List<Post> out = new ArrayList<>();
    for (Post post : published) {
      if (post.language().isPresent()
          && post.language().get().code().equals(language.code())
          && !index.contains(post)
          && sections.sectionOf(post).isEmpty()) {
        out.add(post);
      }
    }
    return out;
  }

  /**
   * The {@code sitemap.xml} entries of the pages besides posts: each section's listing (its first
   * page with its versions in the other languages), later pages and tag pages, each language's home
   * and site map page.
   *
   * @param listed the sections' posts
   * @return the entries, some of which a post may have taken (the sitemap stage leaves them out)
   */
  public List<List<SitemapEntry>> sitemapEntries(List<SiteSections.Listed> listed) {
    List<List<SitemapEntry>> groups = new ArrayList<>();
    for (SiteSections.Listed section : listed) {
      SiteSections.Entry entry = section.entry();
      List<SitemapEntry> group = new ArrayList<>();
      Map<String, String> firsts = new LinkedHashMap<>();
      for (Language language : languages) {
        firsts.put(language.code(), entry.url(language));
      }
      for (Language language : languages) {
        group.add(SitemapEntry.of(entry.url(language)).withAlternates(alternates(firsts)));
      }
      for (Language language : languages) {
        SitePages.Listing index = listing(pages, section, language, labels);
        for (int n = 2; n <= index.pages(); n++) {
          group.add(SitemapEntry.of(index.url(n)));
        }
        for (Tag tag : section.tags().tags(language)) {
          String url = entry.tagUrl(language, tag);
          int count = section.tags().posts(language, tag).size();
          int pageCount = Math.max(1, (count + entry.pageSize() - 1) / entry.pageSize());
          for (int n = 1; n <= pageCount; n++) {
            group.add(SitemapEntry.of(PageRenderer.pageUrl(url, n)));
          }
        }
      }
      groups.add(group);
    }
    Map<String, String> homeUrls = new LinkedHashMap<>();
    Map<String, String> siteMapUrls = new LinkedHashMap<>();
    for (Language language : languages) {
      homeUrls.put(language.code(), pages.renderer().homeUrl(language));
      siteMapUrls.put(language.code(), pages.renderer().siteMapUrl(language));
    }
    List<SitemapEntry> homeGroup = new ArrayList<>();
    List<SitemapEntry> siteMapGroup = new ArrayList<>();
    for (Language language : languages) {
      homeGroup.add(
          SitemapEntry.of(pages.renderer().homeUrl(language)).withAlternates(alternates(homeUrls)));
      siteMapGroup.add(
          SitemapEntry.of(pages.renderer().siteMapUrl(language))
              .withAlternates(alternates(siteMapUrls)));
    }
    groups.add(homeGroup);
    groups.add(siteMapGroup);
    return groups;
  }

  /** The alternates of a page every language has: none for a site in one language. */
  private static Map<String, String> alternates(Map<String, String> byLanguage) {
    return byLanguage.size() > 1 ? byLanguage : Map.of();
  }
}
