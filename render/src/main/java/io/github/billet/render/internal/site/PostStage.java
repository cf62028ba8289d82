package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.internal.shared.Parallel;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.page.SitePages;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.site.BuildListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's post stage: each published post's page, rendered on all cores from the body rendered
 * while loading.
 *
 * <pre>{@code
 * new PostStage(config, listener).write(run, sitePages, corpus, sections, published, Set.of());
 * }</pre>
 */
public final class PostStage {

  private final SiteConfig config;
  private final BuildListener listener;

  /**
   * Creates the stage.
   *
   * @param config the site's configuration
   * @param listener told of the stage's progress
   */
  public PostStage(SiteConfig config, BuildListener listener) {
    this.config = config;
    this.listener = listener;
  }

  /**
   * Renders every published post's page on all cores, or keeps the session's previous one when it
   * is made of the same.
   *
   * @param run where the pages go
   * @param site the pages of the build
   * @param corpus the paired posts
   * @param sections each section's posts, for previous and next links within the section
   * @param published the published posts
   * @param homes the languages' index pages, whose home page shows them instead
   */
  public void write(
      SiteRun run,
      SitePages site,
      PairedCorpus corpus,
      List<SiteSections.Listed> sections,
      List<Post> published,
      Set<Post> homes) {
    PageRenderer pages = site.renderer();
    AtomicInteger done = new AtomicInteger();
    int total = published.size();
    listener.progress("render", 0, total);
    Parallel.forEach(
        published,
        post -> {
          if (homes.contains(post)) {
            listener.progress("render", done.incrementAndGet(), total);
            return;
          }
          Neighbours neighbours = SitePlan.neighbours(sections, post);
          List<Object> key = !run.memoizing() ? null : postKey(post, corpus.index(), neighbours);
          if (key != null) {
            key.add(site.frameKey());
          }
          if (key == null || !run.reuse(post.url().orElseThrow(), key)) {
            RenderedBody body = run.bodies().get(post.source());
            run.page(
                pages.renderPost(
                    post, body == null ? pages.renderBody(post) : body, corpus.index(), neighbours),
                key);
          }
          listener.progress("render", done.incrementAndGet(), total);
        });
  }

  /** What a post page is made of besides the renderer's settings (see {@code Listing.key}). */
  private List<Object> postKey(Post post, TranslationIndex index, Neighbours neighbours) {
    List<Object> key = new ArrayList<>();
    key.add(new SitePages.Same(post.body()));
    key.add(post.url());
    key.add(post.language());
    for (Language other : config.languages()) {
      key.add(index.switcherTarget(post, other));
    }
    key.add(index.alternates(post));
    key.add(neighbourKey(neighbours.previous()));
    key.add(neighbourKey(neighbours.next()));
    return key;
  }

  /** What a post page shows of a neighbour; empty for none. */
  private static Optional<List<Object>> neighbourKey(Optional<Post> neighbour) {
    if (neighbour.isEmpty()) {
      return Optional.empty();
    }
    Post post = neighbour.get();
    return Optional.of(List.of(new SitePages.Same(post.body()), post.url(), post.language()));
  }
}
