package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.render.feed.SitemapEntry;
import io.github.billet.render.feed.SitemapWriter;
import io.github.billet.render.page.PageRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build's sitemap stage: one entry per published post with its translations as alternates, and
 * one per blog index.
 *
 * <pre>{@code
 * new SitemapStage(config).write(run, corpus, published, pages, languages, others);
 * }</pre>
 */
public final class SitemapStage {

  private static final String SITEMAP = "sitemap.xml";

  private final SiteConfig config;

  /**
   * Creates the stage.
   *
   * @param config the site's configuration (its base URL)
   */
  public SitemapStage(SiteConfig config) {
    this.config = config;
  }

  /**
   * Writes {@code sitemap.xml}: the published posts with their translations, then the other pages
   * the build writes whose URL no post took.
   *
   * @param run where to write; in a watch session, keeps the previous sitemap when made of the same
   *     entries
   * @param corpus the paired posts
   * @param published the published posts
   * @param pages the renderer (unused: the pages' URLs come with {@code others})
   * @param languages the site's languages
   * @param others the entries of the other pages, in groups (see {@link SiteIndexPages})
   */
  public void write(
      SiteRun run,
      PairedCorpus corpus,
      List<Post> published,
      PageRenderer pages,
      List<Language> languages,
      List<List<SitemapEntry>> others) {
    List<SitemapEntry> entries = new ArrayList<>();
    for (Post post : published) {
      Map<String, String> alternates = new LinkedHashMap<>();
      for (Alternate a : corpus.index().alternates(post)) {
        alternates.put(a.hreflang(), a.sitePath());
      }
      entries.add(SitemapEntry.of(post).withAlternates(alternates));
    }
    Set<String> taken = new HashSet<>();
    for (Post post : published) {
      taken.add(post.url().orElseThrow());
    }
    for (List<SitemapEntry> group : others) {
      for (SitemapEntry entry : group) {
        if (taken.contains(entry.url())) {
          continue;
        }
        // A post that took one of a page's versions keeps it (the conflict is reported already).
        boolean clash = !Collections.disjoint(entry.alternates().values(), taken);
        entries.add(clash ? entry.withAlternates(Map.of()) : entry);
      }
    }
    Language defaultLanguage = languages.isEmpty() ? Language.FRENCH : languages.get(0);
    // Comparing the entries costs far less than writing them: at thousands of posts, the sitemap
    // was a sixth of a rebuild after one change.
    List<Object> key = run.memoizing() ? List.of(config.baseUrl(), defaultLanguage, entries) : null;
    if (key != null && run.reuseFile(SITEMAP, key)) {
      return;
    }
    SitemapWriter sitemap =
        SitemapWriter.builder().baseUrl(config.baseUrl()).defaultLanguage(defaultLanguage).build();
    run.writeFile(SITEMAP, sitemap.sitemap(entries).getBytes(StandardCharsets.UTF_8), key);
  }
}
