package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.internal.shared.Parallel;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.page.LayoutCall;
import io.github.billet.render.internal.page.SitePages;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.TagIndex;
import io.github.billet.render.site.BuildListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build's listing stage: each language's section listings and tag pages and its "page not
 * found" page, rendered on all cores a window at a time and written in a fixed order.
 *
 * <pre>{@code
 * new ListingStage(listener, labels).write(run, pages, sections, languages);
 * }</pre>
 */
public final class ListingStage {

  private final BuildListener listener;
  private final Labels labels;

  /**
   * Creates the stage.
   *
   * @param listener told of the stage's progress
   * @param labels the labels (the titles of sections without one)
   */
  public ListingStage(BuildListener listener, Labels labels) {
    this.listener = listener;
    this.labels = labels;
  }

  /**
   * A listing page to render: page {@code page} of {@code listing}, or the "page not found" page of
   * {@code language} when {@code listing} is null (the last page of the language); its URL, what it
   * is made of (null outside a session).
   */
  private record ListingJob(
      SitePages.Listing listing, int page, Language language, String url, List<Object> key) {
    Page render(SitePages pages) {
      return listing != null ? listing.page(page) : pages.renderNotFound(language);
    }
  }

  /**
   * Renders each language's section listings and tag pages and its "page not found" page, a window
   * at a time, and the site's {@code 404.html}.
   *
   * @param run where the pages go
   * @param pages the pages of the build
   * @param sections each section's posts, with their tags and timeline
   * @param languages the languages with published posts
   */
  public void write(
      SiteRun run, SitePages pages, List<SiteSections.Listed> sections, List<Language> languages) {
    listener.progress("listings", 0, languages.size());
    boolean memo = run.memoizing();
    List<ListingJob> jobs = new ArrayList<>();
    for (Language language : languages) {
      for (SiteSections.Listed section : sections) {
        SiteSections.Entry entry = section.entry();
        SitePages.Listing index = SiteIndexPages.listing(pages, section, language, labels);
        for (int n = 1; n <= index.pages(); n++) {
          jobs.add(new ListingJob(index, n, language, index.url(n), memo ? index.key(n) : null));
        }
        TagIndex tags = section.tags();
        for (Tag tag : tags.tags(language)) {
          SitePages.Listing tagged =
              pages.sectionTagListing(
                  language,
                  entry.tagUrl(language, tag),
                  tag,
                  tags.posts(language, tag),
                  entry.pageSize());
          for (int n = 1; n <= tagged.pages(); n++) {
            jobs.add(
                new ListingJob(tagged, n, language, tagged.url(n), memo ? tagged.key(n) : null));
          }
        }
      }
      jobs.add(new ListingJob(null, 0, language, "", null));
    }
    int done = 0;
    // Render the pages on all cores a window at a time, and write each window in a fixed order
    // (the first page written at a path keeps it, so the order of writes must not depend on
    // scheduling); a window bounds the pages held in memory at once. In a session, a page made of
    // the same posts as in the previous build is kept as it is, not rendered again.
    int window = 64 * Runtime.getRuntime().availableProcessors();
    for (int from = 0; from < jobs.size(); from += window) {
      List<ListingJob> slice = jobs.subList(from, Math.min(jobs.size(), from + window));
      List<Optional<Page>> rendered =
          Parallel.map(
              slice,
              j ->
                  j.key() != null && run.mayReuse(j.url(), j.key())
                      ? Optional.<Page>empty()
                      : Optional.of(j.render(pages)));
      // The paths are taken in order here; the files are written on all cores after the loop.
      run.deferWrites();
      for (int i = 0; i < slice.size(); i++) {
        ListingJob job = slice.get(i);
        Page page = rendered.get(i).orElse(null);
        if (page == null && !run.reuse(job.url(), job.key())) {
          page = job.render(pages);
        }
        if (page != null) {
          run.page(page, job.key());
        }
        if (job.listing() == null) {
          // The "page not found" page is the last of its language.
          listener.progress("listings", ++done, languages.size());
        }
      }
      run.flushDeferred();
    }
    if (!languages.isEmpty()) {
      Page notFound = pages.renderNotFound(languages.get(0));
      run.problems(notFound.problems());
      if (!LayoutCall.failed(notFound)) {
        run.write("404.html", notFound.html().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
