package io.github.billet.i18n.internal;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.internal.shared.EmailAddress;
import io.github.billet.core.internal.shared.Parallel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the internal links of posts' bodies: each must lead to a post, a page the build makes, a
 * path served elsewhere, or a file of the site.
 *
 * <pre>{@code
 * new InternalLinkCheck(urls, ignored, missing, true, problems).check(posts, byUrl, known, lines);
 * }</pre>
 */
final class InternalLinkCheck {

  /** Past this many distinct broken URLs, no more hints: each costs a pass over every URL. */
  private static final int MAX_HINTS = 2_000;

  private final SiteUrls urls;
  private final Predicate<String> ignoredLinks;
  private final Predicate<String> missingFiles;
  private final boolean rawHtmlLinks;
  private final List<Problem> problems;

  /** Hints for broken links, by URL: a broken URL is often linked many times. */
  private final Map<String, Optional<String>> brokenLinkHints = new HashMap<>();

  /**
   * Creates a check.
   *
   * @param urls the site's URLs
   * @param ignoredLinks tells whether a site path is served elsewhere
   * @param missingFiles tells whether no file is at a site path
   * @param rawHtmlLinks whether anchors written in raw HTML are links of the pages
   * @param problems where to add the problems
   */
  InternalLinkCheck(
      SiteUrls urls,
      Predicate<String> ignoredLinks,
      Predicate<String> missingFiles,
      boolean rawHtmlLinks,
      List<Problem> problems) {
    this.urls = urls;
    this.ignoredLinks = ignoredLinks;
    this.missingFiles = missingFiles;
    this.rawHtmlLinks = rawHtmlLinks;
    this.problems = problems;
  }

  /**
   * Reports {@code link.broken} for each link of a post's body to no page and no file of the site,
   * the translation line aside (pairing reports it).
   *
   * @param posts the posts
   * @param byUrl the posts by URL
   * @param knownUrls the pages that are not posts
   * @param translationLinks each post's translation line, by source
   */
  void check(
      List<Post> posts,
      Map<String, Post> byUrl,
      Collection<String> knownUrls,
      Map<String, LinkAt> translationLinks) {
    List<String> existing = new ArrayList<>(byUrl.keySet());
    Set<String> known = new java.util.TreeSet<>(knownUrls);
    existing.addAll(known);
    // Each post's links are resolved on all cores; the problems are made in the posts' order, so
    // the hints, which a broken URL gets once, do not depend on scheduling.
    List<List<Broken>> found =
        Parallel.map(posts, post -> brokenLinks(post, byUrl, known, translationLinks));
    for (List<Broken> links : found) {
      for (Broken b : links) {
        problems.add(
            Problem.warning(
                b.post().source(),
                b.link().line(),
                b.link().column(),
                "link.broken",
                "the link to " + b.link().href() + " " + b.leads(),
                b.unknownPage() == null
                    ? b.hint()
                    : brokenLinkHint(b.unknownPage(), existing, "fix or remove the link")));
      }
    }
  }

  /**
   * A broken link of a post: what it leads to, and a hint, or the page it names when the hint is
   * the closest existing URL.
   */
  private record Broken(Post post, LinkAt link, String leads, String hint, String unknownPage) {}

  private List<Broken> brokenLinks(
      Post post, Map<String, Post> byUrl, Set<String> known, Map<String, LinkAt> translationLinks) {
    if (post.url().isEmpty()) {
      return List.of();
    }
    List<Broken> broken = new ArrayList<>();
    LinkAt translationLink = translationLinks.get(post.source());
    List<LinkAt> links = new ArrayList<>(BodyLinks.allLinks(post));
    if (rawHtmlLinks) {
      links.addAll(BodyLinks.rawHtmlLinks(post));
    }
    for (LinkAt link : links) {
      if (link.sameLinkAs(translationLink)) {
        continue;
      }
      if (EmailAddress.writtenAsLink(link.href())) {
        broken.add(
            new Broken(
                post,
                link,
                "leads to no page of the site: it is an e-mail address without mailto:",
                "write the link as mailto:" + link.href().strip(),
                null));
        continue;
      }
      Optional<String> page = urls.page(link.href(), post.url().get());
      if (page.isEmpty()) {
        Optional<String> file = urls.file(link.href());
        if (file.isPresent() && !ignoredLinks.test(file.get()) && missingFiles.test(file.get())) {
          broken.add(
              new Broken(
                  post,
                  link,
                  "leads to no file of the site",
                  "fix or remove the link, or add the file to a static folder",
                  null));
        }
        continue;
      }
      if (byUrl.containsKey(page.get())
          || known.contains(page.get())
          || ignoredLinks.test(page.get())) {
        continue;
      }
      broken.add(new Broken(post, link, "leads to no page of the site", null, page.get()));
    }
    return broken;
  }

  private String brokenLinkHint(String url, List<String> existing, String fallback) {
    Optional<String> closest = brokenLinkHints.get(url);
    if (closest == null) {
      closest =
          brokenLinkHints.size() < MAX_HINTS ? ClosestUrl.to(url, existing) : Optional.empty();
      brokenLinkHints.put(url, closest);
    }
    return ClosestUrl.hint(closest, fallback);
  }
}
