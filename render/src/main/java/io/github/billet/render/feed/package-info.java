/**
 * Feeds and the sitemap: {@link io.github.billet.render.feed.FeedWriter} writes Atom (RFC 4287) and
 * JSON Feed 1.1 documents described by a {@link io.github.billet.render.feed.FeedMetadata}; {@link
 * io.github.billet.render.feed.SitemapWriter} writes {@code sitemap.xml} from {@link
 * io.github.billet.render.feed.SitemapEntry}s with their hreflang alternates. URLs are made
 * absolute against the writer's base URL.
 *
 * <pre>{@code
 * FeedWriter feeds = FeedWriter.builder().baseUrl("https://code.gouv.fr").limit(20).build();
 * String atom = feeds.atom(FeedMetadata.builder().title("Blog").atomUrl("/fr/feed.xml").build(), posts);
 * String sitemap = SitemapWriter.builder().baseUrl("https://code.gouv.fr").build()
 *     .sitemap(posts.stream().map(SitemapEntry::of).toList());
 * }</pre>
 *
 * <p>Uses the bodies package for entry content; knows nothing of pages or of the site build.
 */
package io.github.billet.render.feed;
