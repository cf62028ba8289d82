package io.github.billet.i18n.internal;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.internal.shared.Parallel;
import io.github.billet.i18n.Detection;
import io.github.billet.i18n.LanguageDetector;
import io.github.billet.i18n.TranslationIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One pairing of a corpus: decides languages ({@link LanguageDecision}), collects translation
 * claims ({@link TranslationClaims}), keeps a consistent set of pairs ({@link PairSelection}) and
 * writes the integrity report ({@link PairingReport}, then unlinked translations and internal
 * links). Not thread-safe; one instance per run.
 *
 * <pre>{@code
 * PairingRun.Result result = new PairingRun(baseUrl, Language.FRENCH, posts -> List.of(), null,
 *     true).run(posts);
 * }</pre>
 */
public final class PairingRun {

  /** What a run gives back. */
  public record Result(
      List<Post> posts,
      Map<String, Post> bySource,
      List<TranslationIndex.Pair> pairs,
      List<Problem> problems) {}

  private final SiteUrls urls;
  private final Language defaultLanguage;
  private final Function<List<Post>, ? extends Collection<String>> knownUrls;
  private final LanguageDetector detector;
  private final boolean checkLinks;
  // Paths served by other applications, and the check of links to the site's files.
  private Predicate<String> ignoredLinks = path -> false;
  private Predicate<String> missingFiles = path -> false;
  private boolean rawHtmlLinks = true;

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Post> byUrl = new LinkedHashMap<>();
  private final Map<String, Post> bySource = new LinkedHashMap<>();

  /**
   * Creates a run.
   *
   * @param baseUrl the site's base URL, may be empty
   * @param defaultLanguage the default language
   * @param knownUrls pages that are not posts, from the posts with their languages decided
   * @param detector the detector, or null not to detect
   * @param checkLinks whether to check every internal link
   */
  public PairingRun(
      String baseUrl,
      Language defaultLanguage,
      Function<List<Post>, ? extends Collection<String>> knownUrls,
      LanguageDetector detector,
      boolean checkLinks) {
    this.urls = new SiteUrls(baseUrl);
    this.defaultLanguage = defaultLanguage;
    this.knownUrls = knownUrls;
    this.detector = detector;
    this.checkLinks = checkLinks;
  }

  /**
   * Sets how links are checked beyond the pages: paths that other applications serve are not
   * reported, and links to files are reported when the predicate calls them missing.
   *
   * @param ignored tells whether a site path is served elsewhere
   * @param missing tells whether no file is at a (percent-decoded) site path
   * @param rawHtml whether anchors written in raw HTML are links (not when shown as text)
   * @return this run
   */
  public PairingRun linkRules(
      Predicate<String> ignored, Predicate<String> missing, boolean rawHtml) {
    this.ignoredLinks = ignored;
    this.missingFiles = missing;
    this.rawHtmlLinks = rawHtml;
    return this;
  }

  /**
   * Runs the pairing.
   *
   * @param input the posts
   * @return the result
   */
  public Result run(List<Post> input) {
    // Detection is the costly part and needs nothing but the post: run it on every core, then
    // decide in input order so problems and results do not depend on scheduling.
    List<Detection> detections =
        detector == null
            ? null
            : Parallel.map(
                input,
                post ->
                    LanguageDecision.needsDetection(post)
                        ? LanguageDecision.detection(detector, post)
                        : null);
    LanguageDecision languages = new LanguageDecision(detector, problems);
    List<Post> posts = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      posts.add(
          languages.decideLanguage(input.get(i), detections == null ? null : detections.get(i)));
    }
    for (Post post : posts) {
      bySource.put(post.source(), post);
      if (post.url().isPresent()) {
        byUrl.putIfAbsent(post.url().get(), post);
      }
    }
    TranslationClaims found = new TranslationClaims(urls, byUrl, problems);
    List<Claim> claims = new ArrayList<>();
    Map<String, LinkAt> translationLinks = new HashMap<>();
    for (Post post : posts) {
      if (post.language().isEmpty()) {
        continue;
      }
      found.claimsFromTranslationsMap(post, claims);
      Optional<LinkAt> link = BodyLinks.firstLineLink(post);
      if (link.isPresent()) {
        translationLinks.put(post.source(), link.get());
        found.claimFromLink(post, link.get(), claims);
      }
    }
    found.claimsFromTranslationKeys(posts, claims);
    List<Claim> valid = found.dropSameLanguage(claims);
    found.reportContested(valid);
    List<TranslationIndex.Pair> pairs = new PairSelection().choosePairs(valid, posts);
    PairingReport report = new PairingReport(defaultLanguage, problems);
    report.reportConflicts(valid, pairs);
    report.reportOneSided(valid, pairs);
    report.reportDateMismatches(pairs);
    UnlinkedTranslations.report(posts, pairs, translationLinks.keySet(), problems);
    if (checkLinks) {
      new InternalLinkCheck(urls, ignoredLinks, missingFiles, rawHtmlLinks, problems)
          .check(posts, byUrl, knownUrls.apply(posts), translationLinks);
    }
    problems.sort(null);
    pairs.sort(BY_FIRST_SOURCE);
    return new Result(posts, bySource, pairs, problems);
  }

  private static final Comparator<TranslationIndex.Pair> BY_FIRST_SOURCE =
      Comparator.comparing(p -> p.first().source());
}
