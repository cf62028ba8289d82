package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.internal.page.NavigationTree;
import io.github.billet.render.internal.page.SitePages;
import io.github.billet.render.page.Navigation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build's frame stage: each language's navigation menu, made once from every loaded page (the
 * published ones at their URL, the unpublished {@code permalink: false} menu stubs as headings),
 * given to the renderer with the feed links the build writes.
 *
 * <pre>{@code
 * SitePages framed = SiteMenus.apply(pages, tree.posts(), published, config, problems);
 * }</pre>
 */
public final class SiteMenus {

  private SiteMenus() {}

  /**
   * Returns the site's pages with its menus.
   *
   * @param pages the site's pages
   * @param loaded every page the content tree holds, published or not
   * @param published the pages the build publishes, their languages decided
   * @param config the site's configuration
   * @param problems where the menus' and the frame's warnings go
   * @return the pages with the menus
   */
  public static SitePages apply(
      SitePages pages,
      List<Post> loaded,
      List<Post> published,
      SiteConfig config,
      Collection<Problem> problems) {
    Map<String, Post> bySource = new HashMap<>();
    for (Post post : published) {
      bySource.put(post.source(), post);
    }
    Language first = config.languages().isEmpty() ? Language.FRENCH : config.languages().get(0);
    List<NavigationTree.Source> sources = new ArrayList<>();
    for (Post post : loaded) {
      Post page = bySource.get(post.source());
      if (page != null) {
        sources.add(new NavigationTree.Source(page, page.language().orElse(first), page.url()));
      } else if (!post.isPublished()) {
        // A menu stub: its entry is a heading, or leads to its 'url'.
        sources.add(
            new NavigationTree.Source(post, post.language().orElse(first), Optional.empty()));
      }
    }
    List<Problem> found = new ArrayList<>();
    Map<String, Navigation> menus = NavigationTree.build(sources, found);
    Map<Language, Navigation> byLanguage = new HashMap<>();
    menus.forEach((code, menu) -> byLanguage.put(Language.of(code), menu));
    SitePages framed = pages.withMenus(byLanguage, !config.baseUrl().isEmpty());
    problems.addAll(found);
    problems.addAll(framed.frameProblems());
    return framed;
  }
}
