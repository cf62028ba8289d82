package io.github.billet.i18n.internal;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.internal.shared.SharedDocument;
import io.github.billet.i18n.Detection;
import io.github.billet.i18n.LanguageDetector;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationMethod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One pairing of a corpus: decides languages, collects translation claims, keeps a consistent set
 * of pairs and writes the integrity report. Not thread-safe; one instance per run.
 */
public final class PairingRun {

  /** What a run gives back. */
  public record Result(
      List<Post> posts,
      Map<String, Post> bySource,
      List<TranslationIndex.Pair> pairs,
      List<Problem> problems) {}

  /** A claim that {@code to} translates {@code from}, made at {@code at} (found when asked). */
  private record Claim(Post from, Post to, TranslationMethod method, LinkAt at) {
    int line() {
      return at.line();
    }

    int column() {
      return at.column();
    }
  }

  private final SiteUrls urls;
  private final Language defaultLanguage;
  private final Function<List<Post>, ? extends Collection<String>> knownUrls;
  private final LanguageDetector detector;
  private final boolean checkLinks;
  // Paths served by other applications, and the check of links to the site's files.
  private Predicate<String> ignoredLinks = path -> false;
  private Predicate<String> missingFiles = path -> false;

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
   * @return this run
   */
  public PairingRun linkRules(Predicate<String> ignored, Predicate<String> missing) {
    this.ignoredLinks = ignored;
    this.missingFiles = missing;
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
            : input.parallelStream()
                .map(post -> needsDetection(post) ? detection(detector, post) : null)
                .toList();
    List<Post> posts = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      posts.add(decideLanguage(input.get(i), detections == null ? null : detections.get(i)));
    }
    for (Post post : posts) {
      bySource.put(post.source(), post);
      if (post.url().isPresent()) {
        byUrl.putIfAbsent(post.url().get(), post);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Map<String, LinkAt> translationLinks = new HashMap<>();
    for (Post post : posts) {
      if (post.language().isEmpty()) {
        continue;
      }
      claimsFromTranslationsMap(post, claims);
      Optional<LinkAt> link = BodyLinks.firstLineLink(post);
      if (link.isPresent()) {
        translationLinks.put(post.source(), link.get());
        claimFromLink(post, link.get(), claims);
      }
    }
    claimsFromTranslationKeys(posts, claims);
    List<Claim> valid = dropSameLanguage(claims);
    reportContested(valid);
    List<TranslationIndex.Pair> pairs = choosePairs(valid, posts);
    reportConflicts(valid, pairs);
    reportOneSided(valid, pairs);
    reportDateMismatches(pairs);
    reportUnlinked(posts, pairs, translationLinks.keySet());
    if (checkLinks) {
      checkInternalLinks(posts, translationLinks);
    }
    problems.sort(null);
    pairs.sort(BY_FIRST_SOURCE);
    return new Result(posts, bySource, pairs, problems);
  }

  private static final Comparator<TranslationIndex.Pair> BY_FIRST_SOURCE =
      Comparator.comparing(p -> p.first().source());

  // ------------------------------------------------------------------ languages

  /** Which detector a detection kept with a body came from. */
  private record DetectionOf(LanguageDetector detector) {}

  /**
   * Returns the detector's verdict on a post, computed once and kept with its body.
   *
   * @param detector the detector
   * @param post the post
   * @return the detection
   */
  public static Detection detection(LanguageDetector detector, Post post) {
    return post.body().derived(new DetectionOf(detector), body -> detector.detect(body.markdown()));
  }

  /**
   * Runs the detection a pairing would run on a post, ahead of the pairing.
   *
   * @param detector the detector
   * @param post the post
   */
  public static void prepareDetection(LanguageDetector detector, Post post) {
    if (needsDetection(post)) {
      detection(detector, post);
    }
  }

  private static boolean needsDetection(Post post) {
    return !(post.frontMatter().has("lang") && post.language().isPresent())
        && post.url().isPresent();
  }

  private Post decideLanguage(Post post, Detection detection) {
    if (!needsDetection(post)) {
      return post;
    }
    if (detector == null) {
      if (post.language().isEmpty()) {
        reportUnknownLanguage(post, "language detection is off");
      }
      return post;
    }
    Optional<Language> detected = detection.language();
    if (post.language().isEmpty()) {
      if (detected.isPresent()) {
        return post.withLanguage(detected.get());
      }
      reportUnknownLanguage(post, "the text does not tell (" + detection.reason() + ")");
      return post;
    }
    Language folder = post.language().get();
    if (detected.isPresent() && !detected.get().equals(folder)) {
      Language now = detected.get();
      problems.add(
          Problem.warning(
              post.source(),
              1,
              1,
              "lang.detected",
              String.format(
                  "the folder says %s but the text is %s (confidence %.2f: %s); the post is"
                      + " taken as %s and keeps its URL",
                  folder.code(),
                  now.code(),
                  detection.confidence(),
                  detection.reason(),
                  now.code()),
              "add 'lang: "
                  + now.code()
                  + "' to its front matter to say so, or move it under "
                  + now.code()
                  + "/"));
      return post.withLanguage(now);
    }
    return post;
  }

  private void reportUnknownLanguage(Post post, String why) {
    problems.add(
        Problem.warning(
            post.source(),
            0,
            0,
            "lang.unknown",
            "the post's language is unknown: no 'lang' in its front matter or its folder's rule,"
                + " and "
                + why,
            "add 'lang: fr' or 'lang: en' to its front matter"));
  }

  private static Language languageOf(Post post) {
    return post.language().orElseThrow();
  }

  // ------------------------------------------------------------------ claims

  private void claimsFromTranslationsMap(Post post, List<Claim> claims) {
    Optional<FrontMatter> map = post.frontMatter().getMap("translations");
    if (map.isEmpty()) {
      return;
    }
    for (String key : map.get().asMap().keySet()) {
      SourcePosition at =
          post.frontMatter().positionOf("translations." + key).orElse(SourcePosition.UNKNOWN);
      Optional<String> href = map.get().getString(key);
      if (href.isEmpty()) {
        continue;
      }
      resolveClaim(
          post,
          LinkAt.at(href.get(), key, at.line(), at.column()),
          TranslationMethod.TRANSLATIONS_MAP,
          claims);
    }
  }

  private void claimFromLink(Post post, LinkAt link, List<Claim> claims) {
    resolveClaim(post, link, TranslationMethod.FIRST_LINE_LINK, claims);
  }

  private void resolveClaim(Post post, LinkAt link, TranslationMethod method, List<Claim> claims) {
    Optional<String> page = urls.page(link.href(), post.url().orElse("/"));
    Post target = page.isPresent() ? byUrl.get(page.get()) : null;
    if (target == null) {
      String what =
          method == TranslationMethod.TRANSLATIONS_MAP
              ? "the 'translations' map"
              : "the translation link";
      // Only posts in another language can be the translation: never the post itself.
      List<String> candidates = new ArrayList<>();
      for (Map.Entry<String, Post> e : byUrl.entrySet()) {
        Post p = e.getValue();
        if (p.language().isPresent() && !languageOf(p).equals(languageOf(post))) {
          candidates.add(e.getKey());
        }
      }
      problems.add(
          Problem.error(
              post.source(),
              link.line(),
              link.column(),
              "translation.broken-link",
              what + " points to " + link.href() + ", which no post has",
              closestHint(page.orElse(link.href()), candidates, "fix the URL of the translation")));
      return;
    }
    if (target.language().isEmpty()) {
      // Its language is unknown, so it cannot be paired; its lang.unknown warning says what to do.
      return;
    }
    claims.add(new Claim(post, target, method, link));
  }

  private void claimsFromTranslationKeys(List<Post> posts, List<Claim> claims) {
    Map<String, List<Post>> groups = new TreeMap<>();
    for (Post post : posts) {
      Optional<String> key = post.frontMatter().getString("translationKey");
      if (post.language().isPresent() && key.isPresent() && !key.get().isBlank()) {
        groups.computeIfAbsent(key.get().strip(), k -> new ArrayList<>()).add(post);
      }
    }
    for (List<Post> group : groups.values()) {
      for (Post a : group) {
        SourcePosition at =
            a.frontMatter().positionOf("translationKey").orElse(SourcePosition.UNKNOWN);
        for (Post b : group) {
          if (a != b) {
            claims.add(
                new Claim(
                    a,
                    b,
                    TranslationMethod.TRANSLATION_KEY,
                    LinkAt.at("", "translationKey", at.line(), at.column())));
          }
        }
      }
    }
  }

  private List<Claim> dropSameLanguage(List<Claim> claims) {
    List<Claim> valid = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Claim c : claims) {
      if (!languageOf(c.from()).equals(languageOf(c.to()))) {
        valid.add(c);
        continue;
      }
      if (!reported.add(c.from().source() + "\u0000" + c.to().source())) {
        continue;
      }
      String how = describe(c.method());
      problems.add(
          Problem.error(
              c.from().source(),
              c.line(),
              c.column(),
              "translation.same-language",
              c.from() == c.to()
                  ? how + " points to the post itself"
                  : how
                      + " names "
                      + c.to().source()
                      + " as its translation, but both are in "
                      + languageOf(c.from()).code(),
              c.from() == c.to()
                  ? "point it to the other language's version"
                  : "point it to the version in the other language, or set 'lang' in the"
                      + " translation's front matter if its language is wrong"));
    }
    return valid;
  }

  private static String describe(TranslationMethod method) {
    switch (method) {
      case TRANSLATION_KEY:
        return "the translationKey";
      case TRANSLATIONS_MAP:
        return "the 'translations' map";
      case FIRST_LINE_LINK:
        return "the first-line translation link";
      default:
        return "the same path";
    }
  }

  private static String pairedBy(TranslationMethod method) {
    switch (method) {
      case TRANSLATION_KEY:
        return "their shared translationKey";
      case TRANSLATIONS_MAP:
        return "its 'translations' map";
      case FIRST_LINE_LINK:
        return "its first-line translation link";
      default:
        return "the same path under the other language's folder";
    }
  }

  /** Two posts of one language claiming the same post as their translation. */
  private void reportContested(List<Claim> claims) {
    Map<String, Map<Language, List<Claim>>> byTarget = new LinkedHashMap<>();
    for (Claim c : claims) {
      byTarget
          .computeIfAbsent(c.to().source(), k -> new LinkedHashMap<>())
          .computeIfAbsent(languageOf(c.from()), k -> new ArrayList<>())
          .add(c);
    }
    for (Map<Language, List<Claim>> perLanguage : byTarget.values()) {
      for (List<Claim> group : perLanguage.values()) {
        Set<String> claimers = new LinkedHashSet<>();
        for (Claim c : group) {
          claimers.add(c.from().source());
        }
        if (claimers.size() < 2) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (Claim c : group) {
          if (!seen.add(c.from().source())) {
            continue;
          }
          List<String> others = new ArrayList<>(claimers);
          others.remove(c.from().source());
          problems.add(
              Problem.error(
                  c.from().source(),
                  c.line(),
                  c.column(),
                  "translation.contested",
                  c.to().source()
                      + " is claimed as a translation both by this post and by "
                      + String.join(", ", others),
                  "keep the translation link in only one of them"));
        }
      }
    }
  }

  // ------------------------------------------------------------------ pairs

  private List<TranslationIndex.Pair> choosePairs(List<Claim> claims, List<Post> posts) {
    record Candidate(Post a, Post b, TranslationMethod method, boolean mutual)
        implements Comparable<Candidate> {
      /** Strongest method first, mutual claims before one-sided ones, then by source paths. */
      @Override
      public int compareTo(Candidate other) {
        int c = method.compareTo(other.method);
        if (c == 0) {
          c = Boolean.compare(!mutual, !other.mutual);
        }
        if (c == 0) {
          c = a.source().compareTo(other.a.source());
        }
        if (c == 0) {
          c = b.source().compareTo(other.b.source());
        }
        return c;
      }
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Set<String> directed = new HashSet<>();
    for (Claim c : claims) {
      directed.add(c.from().source() + "\u0000" + c.to().source());
    }
    for (Claim c : claims) {
      Post a = c.from().source().compareTo(c.to().source()) < 0 ? c.from() : c.to();
      Post b = a == c.from() ? c.to() : c.from();
      String key = a.source() + "\u0000" + b.source();
      boolean mutual =
          directed.contains(key) && directed.contains(b.source() + "\u0000" + a.source());
      Candidate old = candidates.get(key);
      if (old == null || c.method().compareTo(old.method()) < 0) {
        candidates.put(key, new Candidate(a, b, c.method(), mutual));
      }
    }
    // Same path under the other language's folder, for posts with no other claim.
    Map<String, Post> byPath = new HashMap<>();
    for (Post post : posts) {
      byPath.put(post.source(), post);
    }
    for (Post post : posts) {
      int slash = post.source().indexOf('/');
      if (slash <= 0 || post.language().isEmpty() || post.url().isEmpty()) {
        continue;
      }
      String rest = post.source().substring(slash);
      String folder = post.source().substring(0, slash);
      for (String code : languageCodes(posts)) {
        if (code.equals(folder)) {
          continue;
        }
        Post other = byPath.get(code + rest);
        if (other == null
            || other.language().isEmpty()
            || other.url().isEmpty()
            || languageOf(other).equals(languageOf(post))) {
          continue;
        }
        Post a = post.source().compareTo(other.source()) < 0 ? post : other;
        Post b = a == post ? other : post;
        candidates.putIfAbsent(
            a.source() + "\u0000" + b.source(),
            new Candidate(a, b, TranslationMethod.SAME_PATH, true));
      }
    }
    List<Candidate> ordered = new ArrayList<>(candidates.values());
    ordered.sort(null); // by Candidate.compareTo
    Map<String, Set<Language>> taken = new HashMap<>();
    List<TranslationIndex.Pair> pairs = new ArrayList<>();
    for (Candidate c : ordered) {
      Language la = languageOf(c.a());
      Language lb = languageOf(c.b());
      Set<Language> takenA = taken.computeIfAbsent(c.a().source(), k -> new HashSet<>());
      Set<Language> takenB = taken.computeIfAbsent(c.b().source(), k -> new HashSet<>());
      if (takenA.contains(lb) || takenB.contains(la)) {
        continue;
      }
      takenA.add(lb);
      takenB.add(la);
      pairs.add(new TranslationIndex.Pair(c.a(), c.b(), c.method()));
    }
    return pairs;
  }

  private Set<String> languageCodes;

  private Set<String> languageCodes(List<Post> posts) {
    if (languageCodes == null) {
      languageCodes = new java.util.TreeSet<>();
      for (Post p : posts) {
        if (p.language().isPresent()) {
          languageCodes.add(p.language().get().code());
        }
      }
    }
    return languageCodes;
  }

  private static Set<String> pairKeys(List<TranslationIndex.Pair> pairs) {
    Set<String> keys = new HashSet<>();
    for (TranslationIndex.Pair p : pairs) {
      keys.add(p.first().source() + "\u0000" + p.second().source());
      keys.add(p.second().source() + "\u0000" + p.first().source());
    }
    return keys;
  }

  // ------------------------------------------------------------------ report

  private void reportOneSided(List<Claim> claims, List<TranslationIndex.Pair> pairs) {
    Set<String> directed = new HashSet<>();
    for (Claim c : claims) {
      directed.add(c.from().source() + "\u0000" + c.to().source());
    }
    Set<String> paired = pairKeys(pairs);
    Set<String> reported = new HashSet<>();
    for (Claim c : claims) {
      if (c.method() == TranslationMethod.TRANSLATION_KEY
          || !paired.contains(c.from().source() + "\u0000" + c.to().source())) {
        continue;
      }
      if (directed.contains(c.to().source() + "\u0000" + c.from().source())) {
        continue;
      }
      if (!reported.add(c.to().source())) {
        continue;
      }
      Post missing = c.to();
      problems.add(
          Problem.warning(
              missing.source(),
              missing.body().startLine(),
              1,
              "translation.one-sided",
              c.from().source()
                  + " links to this post as its "
                  + languageOf(missing).code()
                  + " translation, but this post does not link back",
              "start its body with the line "
                  + translationLine(languageOf(c.from()), c.from().url().orElse("/"))));
    }
  }

  /**
   * A post's own translation link overruled by a stronger one naming another post in the same
   * language (a translationKey and a first-line link to a third post). Contested targets are left
   * to {@link #reportContested}: there the post that lost has no pair in that language.
   */
  private void reportConflicts(List<Claim> claims, List<TranslationIndex.Pair> pairs) {
    Map<String, TranslationIndex.Pair> pairOf = new HashMap<>();
    for (TranslationIndex.Pair p : pairs) {
      pairOf.put(p.first().source() + "\u0000" + languageOf(p.second()).code(), p);
      pairOf.put(p.second().source() + "\u0000" + languageOf(p.first()).code(), p);
    }
    for (Claim c : claims) {
      if (c.method() == TranslationMethod.TRANSLATION_KEY) {
        continue;
      }
      Language language = languageOf(c.to());
      TranslationIndex.Pair kept = pairOf.get(c.from().source() + "\u0000" + language.code());
      if (kept == null) {
        continue;
      }
      Post chosen = kept.first().source().equals(c.from().source()) ? kept.second() : kept.first();
      if (chosen.source().equals(c.to().source())) {
        continue;
      }
      problems.add(
          Problem.error(
              c.from().source(),
              c.line(),
              c.column(),
              "translation.conflict",
              describe(c.method())
                  + " names "
                  + c.to().source()
                  + " as the "
                  + language.code()
                  + " translation, but the post is paired with "
                  + chosen.source()
                  + " by "
                  + pairedBy(kept.method()),
              chosen.url().isPresent()
                  ? "point it to " + chosen.url().get() + ", or remove it"
                  : "remove it"));
    }
  }

  /** The reference convention's first line pointing readers of {@code target}'s language to it. */
  static String translationLine(Language target, String url) {
    if (target.equals(Language.ENGLISH)) {
      return "*Read the [English version](" + url + ").*";
    }
    if (target.equals(Language.FRENCH)) {
      return "*Lire la [version française](" + url + ").*";
    }
    String name = target.locale().getDisplayLanguage(target.locale());
    return "*[" + name + "](" + url + ")*";
  }

  private void reportDateMismatches(List<TranslationIndex.Pair> pairs) {
    for (TranslationIndex.Pair p : pairs) {
      if (p.first().date().isEmpty()
          || p.second().date().isEmpty()
          || p.first().date().equals(p.second().date())) {
        continue;
      }
      Post translation = languageOf(p.first()).equals(defaultLanguage) ? p.second() : p.first();
      Post original = translation == p.first() ? p.second() : p.first();
      SourcePosition at =
          translation.frontMatter().positionOf("date").orElse(SourcePosition.UNKNOWN);
      problems.add(
          Problem.warning(
              translation.source(),
              at.line(),
              at.column(),
              "translation.date-mismatch",
              "this post is dated "
                  + translation.date().get()
                  + " but its translation "
                  + original.source()
                  + " is dated "
                  + original.date().get(),
              "give both the same date: 'date: " + original.date().get() + "'"));
    }
  }

  private void reportUnlinked(
      List<Post> posts, List<TranslationIndex.Pair> pairs, Set<String> withTranslationLine) {
    Set<String> pairedSources = new HashSet<>();
    for (TranslationIndex.Pair p : pairs) {
      pairedSources.add(p.first().source());
      pairedSources.add(p.second().source());
    }
    // Every rule wants the same date: only posts of one date are compared, so the work stays
    // linear in the number of posts however large the site.
    Map<java.time.LocalDate, List<Post>> looseByDate = new TreeMap<>();
    for (Post post : posts) {
      if (post.url().isPresent()
          && post.language().isPresent()
          && post.date().isPresent()
          && !pairedSources.contains(post.source())) {
        looseByDate.computeIfAbsent(post.date().get(), k -> new ArrayList<>()).add(post);
      }
    }
    Map<String, StructureSignature.Signature> shapes = new HashMap<>();
    Set<String> suggested = new HashSet<>();
    for (List<Post> loose : looseByDate.values()) {
      if (loose.size() < 2) {
        continue;
      }
      for (Post post : loose) {
        shapes.put(
            post.source(),
            StructureSignature.of(
                SharedDocument.of(post.body()), withTranslationLine.contains(post.source())));
      }
      suggestAmong(loose, shapes, suggested);
    }
  }

  private void suggestAmong(
      List<Post> loose, Map<String, StructureSignature.Signature> shapes, Set<String> suggested) {
    for (int i = 0; i < loose.size(); i++) {
      Post a = loose.get(i);
      for (int j = i + 1; j < loose.size(); j++) {
        Post b = loose.get(j);
        if (languageOf(a).equals(languageOf(b))
            || suggested.contains(a.source())
            || suggested.contains(b.source())) {
          continue;
        }
        String why = likelyTranslations(a, b, shapes);
        if (why == null) {
          continue;
        }
        suggested.add(a.source());
        suggested.add(b.source());
        for (Post[] pair : new Post[][] {{a, b}, {b, a}}) {
          problems.add(
              Problem.warning(
                  pair[0].source(),
                  pair[0].body().startLine(),
                  1,
                  "translation.unlinked",
                  "this post and "
                      + pair[1].source()
                      + " look like translations ("
                      + why
                      + ") but nothing links them",
                  "start its body with the line "
                      + translationLine(languageOf(pair[1]), pair[1].url().orElse("/"))
                      + ", or give both the same 'translationKey'"));
        }
      }
    }
  }

  private static String likelyTranslations(
      Post a, Post b, Map<String, StructureSignature.Signature> shapes) {
    boolean sameDate = a.date().isPresent() && a.date().equals(b.date());
    Optional<String> imageA = ownImageFile(a);
    if (sameDate && imageA.isPresent() && imageA.equals(ownImageFile(b))) {
      return "same date " + a.date().get() + " and same image file " + imageA.get();
    }
    StructureSignature.Signature sa = shapes.get(a.source());
    StructureSignature.Signature sb = shapes.get(b.source());
    if (sameDate && sa.blocks() >= 6 && sa.shape().equals(sb.shape())) {
      return "same date " + a.date().get() + " and the same " + sa.blocks() + " blocks";
    }
    return null;
  }

  /**
   * The cover image's file name, when the post's own front matter names one: an own {@code image:}
   * holding only {@code alt} still shows the folder's default file, shared by unrelated posts.
   */
  private static Optional<String> ownImageFile(Post post) {
    if (post.frontMatter().positionOf("image.path").isEmpty() || post.image().isEmpty()) {
      return Optional.empty();
    }
    String path = post.image().get().path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  private void checkInternalLinks(List<Post> posts, Map<String, LinkAt> translationLinks) {
    List<String> existing = new ArrayList<>(byUrl.keySet());
    Set<String> known = new java.util.TreeSet<>(knownUrls.apply(posts));
    existing.addAll(known);
    for (Post post : posts) {
      if (post.url().isEmpty()) {
        continue;
      }
      LinkAt translationLink = translationLinks.get(post.source());
      for (LinkAt link : BodyLinks.allLinks(post)) {
        if (link.sameLinkAs(translationLink)) {
          continue;
        }
        Optional<String> page = urls.page(link.href(), post.url().get());
        if (page.isEmpty()) {
          Optional<String> file = urls.file(link.href());
          if (file.isPresent() && !ignoredLinks.test(file.get()) && missingFiles.test(file.get())) {
            problems.add(
                Problem.warning(
                    post.source(),
                    link.line(),
                    link.column(),
                    "link.broken",
                    "the link to " + link.href() + " leads to no file of the site",
                    "fix or remove the link, or add the file to a static folder"));
          }
          continue;
        }
        if (byUrl.containsKey(page.get())
            || known.contains(page.get())
            || ignoredLinks.test(page.get())) {
          continue;
        }
        problems.add(
            Problem.warning(
                post.source(),
                link.line(),
                link.column(),
                "link.broken",
                "the link to " + link.href() + " leads to no page of the site",
                brokenLinkHint(page.get(), existing, "fix or remove the link")));
      }
    }
  }

  /** Hints for broken links, by URL: a broken URL is often linked many times. */
  private final Map<String, Optional<String>> brokenLinkHints = new HashMap<>();

  /** Past this many distinct broken URLs, no more hints: each costs a pass over every URL. */
  private static final int MAX_HINTS = 2_000;

  private static String closestHint(String url, List<String> candidates, String fallback) {
    return hint(ClosestUrl.to(url, candidates), fallback);
  }

  private String brokenLinkHint(String url, List<String> existing, String fallback) {
    Optional<String> closest = brokenLinkHints.get(url);
    if (closest == null) {
      closest =
          brokenLinkHints.size() < MAX_HINTS ? ClosestUrl.to(url, existing) : Optional.empty();
      brokenLinkHints.put(url, closest);
    }
    return hint(closest, fallback);
  }

  private static String hint(Optional<String> closest, String fallback) {
    return closest.isPresent() ? "did you mean " + closest.get() + "?" : fallback;
  }
}
