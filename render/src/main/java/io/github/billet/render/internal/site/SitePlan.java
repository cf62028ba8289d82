package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.internal.output.StagedOutput;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.TagIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The build's site plan: which posts get a page and are listed, the site's languages, and the files
 * and URLs the build makes besides post pages (so posts cannot take their paths and links to them
 * are not broken).
 *
 * <pre>{@code
 * SitePlan plan = new SitePlan(config, "posts", 10); // "posts": the blog when no section is set
 * Map<String, String> reserved = plan.generatedFiles(pages, published, splits, otherFiles);
 * }</pre>
 */
public final class SitePlan {

  private final SiteConfig config;
  private final SiteSections sections;

  /**
   * Creates the plan.
   *
   * @param config the site's configuration
   * @param listedCollection the collection whose posts are listed
   * @param pageSize the most posts a listing page shows
   */
  public SitePlan(SiteConfig config, String listedCollection, int pageSize) {
    this.config = config;
    this.sections = SiteSections.of(config, listedCollection, pageSize);
  }

  /** The site's sections. */
  public SiteSections sections() {
    return sections;
  }

  /** The number of pages of a listing of {@code count} posts, at least one. */
  private static int pageCount(int count, int pageSize) {
    return Math.max(1, (count + pageSize - 1) / pageSize);
  }

  /**
   * The published posts, one a page: the loader reported URL conflicts; the first post by source
   * path keeps the URL.
   */
  public static List<Post> onePostAPage(List<Post> posts) {
    Set<String> taken = new HashSet<>();
    List<Post> published = new ArrayList<>();
    for (Post post : posts) {
      if (post.isPublished() && taken.add(AssetRefs.pageFile(post.url().orElseThrow()))) {
        published.add(post);
      }
    }
    return Collections.unmodifiableList(published);
  }

  /**
   * The files the build makes besides post pages, by output path, with what each one is.
   *
   * @param pages the renderer, for the URLs of the pages it names
   * @param published the posts that get a page
   * @param splits the run's sections of posts
   * @param otherFiles the content folder's files besides posts
   * @return what each output path holds
   */
  public Map<String, String> generatedFiles(
      PageRenderer pages, List<Post> published, SectionSplits splits, List<String> otherFiles) {
    List<SiteSections.Listed> listed = splits.of(published);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("problems.json", "the build's problem report");
    files.put(StagedOutput.MARKER, "the marker of a Billet output folder");
    files.put("sitemap.xml", "the sitemap");
    files.put("404.html", "the site's \"page not found\" page");
    files.put("feed/feed.xml", "the site's Atom feed");
    files.put("feed/feed.json", "the site's JSON feed");
    for (Language language : languages(published)) {
      String code = language.code();
      files.put(code + "/feed/feed.xml", "the Atom feed in " + code);
      files.put(code + "/feed/feed.json", "the JSON feed in " + code);
      files.put(
          AssetRefs.pageFile(pages.notFoundUrl(language)),
          "the \"page not found\" page in " + code);
      files.put(AssetRefs.pageFile(pages.siteMapUrl(language)), "the site map page in " + code);
      for (SiteSections.Listed section : listed) {
        SiteSections.Entry entry = section.entry();
        String name = "'" + entry.section().id() + "'";
        String index = entry.url(language);
        int count = section.timeline().posts(language).size();
        for (int page = 1; page <= pageCount(count, entry.pageSize()); page++) {
          files.putIfAbsent(
              AssetRefs.pageFile(PageRenderer.pageUrl(index, page)),
              "page " + page + " of the listing of section " + name + " in " + code);
        }
        if (sections.declared() && entry.section().feed()) {
          files.putIfAbsent(
              index.substring(1) + "feed/feed.xml", "the Atom feed of section " + name);
          files.putIfAbsent(
              index.substring(1) + "feed/feed.json", "the JSON feed of section " + name);
        }
        for (Tag tag : section.tags().tags(language)) {
          int tagged = section.tags().posts(language, tag).size();
          for (int page = 1; page <= pageCount(tagged, entry.pageSize()); page++) {
            files.putIfAbsent(
                AssetRefs.pageFile(PageRenderer.pageUrl(entry.tagUrl(language, tag), page)),
                "page " + page + " of the tag page '" + tag.name() + "' in " + code);
          }
        }
      }
    }
    Set<String> others = new HashSet<>(otherFiles);
    for (Post post : published) {
      String url = post.url().orElseThrow();
      String dir =
          post.source().contains("/")
              ? post.source().substring(0, post.source().lastIndexOf('/') + 1)
              : "";
      for (AssetRefs.Ref ref : AssetRefs.of(post)) {
        Optional<String> target = AssetRefs.outputPath(url, ref.path());
        Optional<String> source = AssetRefs.outputPath("/" + dir, ref.path());
        if (target.isPresent() && source.isPresent() && others.contains(source.get())) {
          files.putIfAbsent(target.get(), "the file " + source.get() + " of " + post.source());
        }
      }
      for (String file : bundleFiles(post, otherFiles)) {
        Optional<String> target = AssetRefs.outputPath(url, file.substring(dir.length()));
        if (target.isPresent()) {
          files.putIfAbsent(target.get(), "the file " + file + " of " + post.source());
        }
      }
    }
    return files;
  }

  /** The other files of a post's own folder ({@code x/index.md}), which it takes along. */
  private static List<String> bundleFiles(Post post, List<String> otherFiles) {
    String source = post.source();
    int slash = source.lastIndexOf('/');
    if (slash < 0) {
      return List.of();
    }
    String dir = source.substring(0, slash);
    String name = source.substring(slash + 1);
    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String folder = dir.substring(dir.lastIndexOf('/') + 1);
    if (!(base.equals("index") || base.equals(folder))) {
      return List.of();
    }
    List<String> files = new ArrayList<>();
    for (String file : otherFiles) {
      if (file.startsWith(dir + "/")) {
        files.add(file);
      }
    }
    return files;
  }

  /** The site's first configured language, else French. */
  public Language defaultLanguage() {
    if (!config.languages().isEmpty()) {
      return config.languages().get(0);
    }
    return Language.FRENCH;
  }

  /** The site's languages: the configured ones, then those of the published posts by code. */
  public List<Language> languages(List<Post> posts) {
    Set<Language> out = new LinkedHashSet<>();
    for (Language configured : config.languages()) {
      out.add(configured);
    }
    Map<String, Language> byCode = new TreeMap<>();
    for (Post post : posts) {
      if (post.isPublished() && post.language().isPresent()) {
        Language language = post.language().get();
        byCode.putIfAbsent(language.code(), language);
      }
    }
    out.addAll(byCode.values());
    return List.copyOf(out);
  }

  /** The number of tags over all languages and sections: one tag page (at least) each. */
  public static int tagCount(List<SiteSections.Listed> sections) {
    int n = 0;
    for (SiteSections.Listed section : sections) {
      TagIndex tags = section.tags();
      for (Language language : tags.languages()) {
        n += tags.tags(language).size();
      }
    }
    return n;
  }

  /** A post's previous and next posts within its section; none for a post in no section. */
  public static Neighbours neighbours(List<SiteSections.Listed> sections, Post post) {
    for (SiteSections.Listed section : sections) {
      if (section.entry().holds().test(post)) {
        return section.timeline().neighbours(post);
      }
    }
    return Neighbours.none();
  }

  /** Tells whether two lists hold the very same post objects in the same order. */
  public static boolean sameInstances(List<Post> a, List<Post> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * URLs of the pages the build generates besides posts, so links to them are not broken.
   *
   * @param pages the renderer, for the URLs of the pages it names
   * @param decided the posts, languages decided
   * @param splits the run's sections of posts
   * @return the site paths
   */
  public Set<String> generatedUrls(PageRenderer pages, List<Post> decided, SectionSplits splits) {
    List<SiteSections.Listed> listed = splits.of(decided);
    Set<String> urls = new HashSet<>();
    for (Language language : languages(decided)) {
      urls.add("/" + language.code() + "/");
      urls.add(pages.siteMapUrl(language));
      for (SiteSections.Listed section : listed) {
        SiteSections.Entry entry = section.entry();
        String index = entry.url(language);
        int count = section.timeline().posts(language).size();
        for (int page = 1; page <= pageCount(count, entry.pageSize()); page++) {
          urls.add(PageRenderer.pageUrl(index, page));
        }
        if (sections.declared() && entry.section().feed()) {
          urls.add(index + "feed/feed.xml");
          urls.add(index + "feed/feed.json");
        }
        for (Tag tag : section.tags().tags(language)) {
          int tagged = section.tags().posts(language, tag).size();
          for (int page = 1; page <= pageCount(tagged, entry.pageSize()); page++) {
            urls.add(PageRenderer.pageUrl(entry.tagUrl(language, tag), page));
          }
        }
      }
    }
    urls.add("/");
    return urls;
  }
}
