/**
 * Whole HTML pages: {@link io.github.billet.render.page.PageRenderer} makes {@link
 * io.github.billet.render.page.Page}s (post pages, paginated blog indexes, tag pages, the 404 page)
 * whose frame comes from a {@link io.github.billet.render.page.PageLayout}, by default {@link
 * io.github.billet.render.page.DsfrLayout}. {@link io.github.billet.render.page.PostTimeline}
 * orders the posts and gives each its previous and next posts ({@link
 * io.github.billet.render.page.Neighbours}); {@link io.github.billet.render.page.TagIndex} gives
 * the posts of each {@link io.github.billet.render.page.Tag}.
 *
 * <pre>{@code
 * PageRenderer pages = PageRenderer.builder().site(config).bodyRenderer(renderer).build();
 * PostTimeline timeline = PostTimeline.of(corpus.posts());
 * Page page = pages.renderPost(post, corpus.index(), timeline.neighbours(post));
 * List<Page> index = pages.renderBlogIndex(Language.FRENCH, timeline.posts(Language.FRENCH));
 * }</pre>
 *
 * <p>Uses the bodies package; knows nothing of feeds or of the site build.
 */
package io.github.billet.render.page;
