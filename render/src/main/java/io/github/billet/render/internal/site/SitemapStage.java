package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.internal.shared.Parallel;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.render.feed.SitemapEntry;
import io.github.billet.render.feed.SitemapWriter;
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
 * one per blog index. The sitemap is made on a pool thread while the pages are rendered (it needs
 * only the plan of the site), and written in its place among the files.
 *
 * <pre>{@code
 * SitemapStage.Started sitemap =
 *     new SitemapStage(config).start(run, corpus, index, published, sections, languages);
 * // ... the pages ...
 * sitemap.write(run);
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
   * Starts making {@code sitemap.xml} on a pool thread: the published posts with their
   * translations, then the other pages the build writes whose URL no post took.
   *
   * @param run the build; in a watch session, a sitemap made of the same entries as the previous
   *     one is not made again
   * @param corpus the paired posts
   * @param index the home and site map pages, which give the published posts with a page of their
   *     own and the other pages' entries
   * @param published the published posts
   * @param sections the sections' posts
   * @param languages the site's languages
   * @return the sitemap to write
   */
  public Started start(
      SiteRun run,
      PairedCorpus corpus,
      SiteIndexPages index,
      List<Post> published,
      List<SiteSections.Listed> sections,
      List<Language> languages) {
    return new Started(
        Parallel.start(
            () ->
                make(
                    run,
                    corpus,
                    index.withoutHomes(published),
                    languages,
                    index.sitemapEntries(sections))));
  }

  private Made make(
      SiteRun run,
      PairedCorpus corpus,
      List<Post> published,
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
    SitemapWriter writer =
        SitemapWriter.builder().baseUrl(config.baseUrl()).defaultLanguage(defaultLanguage).build();
    Made made = new Made(writer, entries, key, null);
    return key != null && run.mayReuseFile(SITEMAP, key)
        ? made
        : new Made(writer, entries, key, made.render());
  }

  /** The sitemap's entries and key, and its bytes unless the previous build's may be kept. */
  private record Made(
      SitemapWriter writer, List<SitemapEntry> entries, List<Object> key, byte[] bytes) {

    /** The sitemap's bytes, made now. */
    byte[] render() {
      return writer.sitemap(entries).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A sitemap being made; {@link #write} writes it. */
  public static final class Started {
    private final Parallel.Pending<Made> making;

    private Started(Parallel.Pending<Made> making) {
      this.making = making;
    }

    /**
     * Writes {@code sitemap.xml}, or keeps the previous build's when made of the same entries.
     *
     * @param run where to write
     */
    public void write(SiteRun run) {
      Made made = making.join();
      if (made.key() != null && run.reuseFile(SITEMAP, made.key())) {
        return;
      }
      run.writeFile(SITEMAP, made.bytes() != null ? made.bytes() : made.render(), made.key());
    }
  }
}
