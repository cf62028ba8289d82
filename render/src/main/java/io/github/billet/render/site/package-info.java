/**
 * The whole-site build: {@link io.github.billet.render.site.SiteBuild} turns a content folder into
 * a complete site (post pages, listings, tag pages, 404 pages, feeds, sitemap, copied assets,
 * {@code problems.json}) and returns a {@link io.github.billet.render.site.BuildReport}; a {@link
 * io.github.billet.render.site.BuildSession} keeps what it can between builds of the same folders,
 * for a fast rebuild after a change; a {@link io.github.billet.render.site.BuildListener} hears of
 * progress.
 *
 * <pre>{@code
 * SiteBuild build = SiteBuild.builder().config(SiteConfig.read(Path.of("site.yaml"))).build();
 * BuildReport report = build.run(Path.of("content"), Path.of("_site"));
 * try (BuildSession session = build.session(Path.of("content"), Path.of("_site"))) {
 *   session.build(); // again after each change
 * }
 * }</pre>
 *
 * <p>The top of the module: uses bodies, pages and feeds; nothing else in render uses it.
 */
package io.github.billet.render.site;
