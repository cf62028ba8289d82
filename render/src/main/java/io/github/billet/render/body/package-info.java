/**
 * Post bodies: Markdown to DSFR HTML. {@link io.github.billet.render.body.BodyRenderer} renders a
 * parsed body under an {@link io.github.billet.render.body.HtmlPolicy} (raw HTML passed, escaped or
 * sanitized; dangerous URL schemes never pass) into a {@link
 * io.github.billet.render.body.RenderedBody}: the HTML, its table of contents ({@link
 * io.github.billet.render.body.TocEntry}) and the problems found. Custom shortcodes ({@link
 * io.github.billet.render.body.Shortcode}) extend the body syntax.
 *
 * <pre>{@code
 * BodyRenderer renderer = BodyRenderer.builder().policy(HtmlPolicy.SANITIZE).build();
 * PostParser parser = PostParser.builder().extensions(renderer.extensions()).build();
 * Post post = parser.parse(Path.of("content/fr/blog/posts/hello/index.md"));
 * RenderedBody body =
 *     renderer.render(post.body(), new BodyContext(post.url(), "fr/blog/posts/hello/index.md", 9));
 * }</pre>
 *
 * <p>Depends on nothing else of the render module; pages, feeds and the site build use it.
 */
package io.github.billet.render.body;
