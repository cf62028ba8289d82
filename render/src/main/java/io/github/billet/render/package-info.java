/**
 * Billet render: public API.
 *
 * <p>Bodies: {@link io.github.billet.render.BodyRenderer} turns a post's Markdown into HTML under
 * an {@link io.github.billet.render.HtmlPolicy}. Pages: {@link
 * io.github.billet.render.PageRenderer} makes {@link io.github.billet.render.Page}s (post pages,
 * listings, tag pages, 404) framed by a {@link io.github.billet.render.PageLayout}, by default
 * {@link io.github.billet.render.DsfrLayout}; {@link io.github.billet.render.PostTimeline} gives
 * the previous and next posts, {@link io.github.billet.render.TagIndex} the posts of each tag.
 */
package io.github.billet.render;
