package io.github.billet.i18n;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.internal.BodyLinks;
import io.github.billet.i18n.internal.LanguageDecision;
import io.github.billet.i18n.internal.PairingRun;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides each post's language and pairs it with its translations, however the authors said it,
 * then reports every broken or lopsided link. Immutable and thread-safe.
 *
 * <p>Language: front matter {@code lang} first, then the folder's rule, then the text itself: when
 * the built-in detector contradicts the folder with high confidence, the post takes the detected
 * language (its URL does not change) and a warning says so.
 *
 * <p>Pairs come from, strongest first: a shared {@code translationKey}; a {@code translations:} map
 * in front matter ({@code {en: /en/blog/x/}}); an italic first paragraph linking to the other
 * version, site-relative or absolute with the site's base URL, worded in either language; the same
 * path under the other language's folder.
 *
 * <p>The integrity report (codes): {@code translation.broken-link}, {@code translation.one-sided},
 * {@code translation.same-language}, {@code translation.contested}, {@code translation.conflict} (a
 * post's translation link overruled by a stronger method naming another post), {@code
 * translation.date-mismatch}, {@code translation.unlinked}, {@code link.broken}, {@code
 * lang.detected}, {@code lang.unknown}.
 *
 * <pre>{@code
 * TranslationPairing pairing = TranslationPairing.builder()
 *     .baseUrl("https://code.gouv.fr")
 *     .defaultLanguage(Language.FRENCH)
 *     .build();
 * PairedCorpus corpus = pairing.pair(tree.posts());
 * }</pre>
 */
public final class TranslationPairing {

  private final String baseUrl;
  private final Language defaultLanguage;
  private final String blogIndexPattern;
  private final Function<List<Post>, ? extends Collection<String>> knownUrls;
  private final LanguageDetector detector;
  private final boolean detectLanguages;
  private final boolean checkLinks;
  private final Predicate<String> ignoredLinks;
  private final Predicate<String> missingFiles;
  private final boolean rawHtmlLinks;

  private TranslationPairing(Builder b) {
    this.baseUrl = b.baseUrl;
    this.defaultLanguage = b.defaultLanguage;
    this.blogIndexPattern = b.blogIndexPattern;
    this.knownUrls = b.knownUrls;
    this.detector = b.detector;
    this.detectLanguages = b.detectLanguages;
    this.checkLinks = b.checkLinks;
    this.ignoredLinks = b.ignoredLinks;
    this.missingFiles = b.missingFiles;
    this.rawHtmlLinks = b.rawHtmlLinks;
  }

  /**
   * Starts a builder: no base URL, French as default language, blog indexes at {@code
   * /{lang}/blog/}, the default detector, links checked.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides languages, pairs translations and checks links.
   *
   * @param posts the posts of one site, for example {@code ContentTree.posts()}
   * @return the posts with their languages, the index and the report
   */
  public PairedCorpus pair(List<Post> posts) {
    PairingRun.Result r =
        new PairingRun(
                baseUrl, defaultLanguage, knownUrls, detectLanguages ? detector : null, checkLinks)
            .linkRules(ignoredLinks, missingFiles, rawHtmlLinks)
            .run(posts);
    return new PairedCorpus(
        r.posts(),
        new TranslationIndex(r.bySource(), r.pairs(), defaultLanguage, blogIndexPattern, baseUrl),
        r.problems());
  }

  /**
   * Computes from a post's document what pairing reads (its first-line translation link and its
   * other links) and keeps it with the post's body, so that {@link #pair} does not need the
   * document again. Call it while the document is in memory, for example from {@code
   * ContentLoader.Builder.onParsed}; pairing works the same without it.
   *
   * @param post a parsed post
   */
  public static void prepare(Post post) {
    BodyLinks.firstLineLink(post);
    BodyLinks.allLinks(post);
  }

  /**
   * Does what {@link #prepare} does and also runs this pairing's language detection on the post,
   * keeping the result with its body: {@link #pair} then reads neither the document nor the text
   * again. Call it where each text is at hand, for example from {@code
   * ContentLoader.Builder.onParsed}, to spread detection over the loading threads.
   *
   * <pre>{@code
   * TranslationPairing pairing = TranslationPairing.builder().build();
   * ContentLoader loader = ContentLoader.builder().onParsed(pairing::preparePost).build();
   * }</pre>
   *
   * @param post a parsed post
   */
  public void preparePost(Post post) {
    prepare(post);
    if (detectLanguages) {
      LanguageDecision.prepareDetection(detector, post);
    }
  }

  /**
   * Configures a {@link TranslationPairing}. Not thread-safe; what it builds is.
   *
   * <pre>{@code
   * TranslationPairing p = TranslationPairing.builder().detectLanguages(false).build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl = "";
    private Language defaultLanguage = Language.FRENCH;
    private String blogIndexPattern = "/{lang}/blog/";
    private Function<List<Post>, ? extends Collection<String>> knownUrls = posts -> Set.of();
    private LanguageDetector detector = LanguageDetector.defaults();
    private boolean detectLanguages = true;
    private boolean checkLinks = true;
    private Predicate<String> ignoredLinks = path -> false;
    private Predicate<String> missingFiles = path -> false;
    private boolean rawHtmlLinks = true;

    private Builder() {}

    /**
     * Leaves links to some paths of the site's domain out of the link check: those that other
     * applications serve (a catalogue under {@code /sill/}, for example).
     *
     * <pre>{@code
     * builder.ignoredLinks(path -> path.startsWith("/sill/"));
     * }</pre>
     *
     * @param paths tells, for a site path such as {@code /sill/detail/}, whether it is served
     *     elsewhere; called from several threads at once, as posts are checked on all cores
     * @return this builder
     */
    public Builder ignoredLinks(Predicate<String> paths) {
      this.ignoredLinks = Objects.requireNonNull(paths);
      return this;
    }

    /**
     * Checks links to files (not pages) of the site given site-relative or absolute with the base
     * URL, such as {@code /docs/report.pdf}: those the predicate calls missing are reported as
     * {@code link.broken}. By default no link to a file is reported; relative references to a
     * post's own files are the site build's to check.
     *
     * @param missing tells, for a percent-decoded site path, whether no file is there; called from
     *     several threads at once, as posts are checked on all cores
     * @return this builder
     */
    public Builder missingFiles(Predicate<String> missing) {
      this.missingFiles = Objects.requireNonNull(missing);
      return this;
    }

    /**
     * Sets the site's base URL, so that absolute links to the site count as internal and each
     * {@link Alternate} has its {@link Alternate#absoluteUrl() absolute URL}.
     *
     * @param url such as {@code https://code.gouv.fr}
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url);
      return this;
    }

    /**
     * Sets the default language, the target of {@code x-default}.
     *
     * @param language the language
     * @return this builder
     */
    public Builder defaultLanguage(Language language) {
      this.defaultLanguage = Objects.requireNonNull(language);
      return this;
    }

    /**
     * Sets where a language's blog index is, for switchers on untranslated posts.
     *
     * @param pattern a URL with {@code {lang}}, by default {@code /{lang}/blog/}
     * @return this builder
     */
    public Builder blogIndexPattern(String pattern) {
      this.blogIndexPattern = Objects.requireNonNull(pattern);
      return this;
    }

    /**
     * Adds URLs of pages that are not posts (listings, tag pages, home) so that links to them are
     * not reported as broken.
     *
     * @param urls site-relative URLs
     * @return this builder
     */
    public Builder knownUrls(Collection<String> urls) {
      Set<String> fixed = Set.copyOf(urls);
      this.knownUrls = posts -> fixed;
      return this;
    }

    /**
     * Computes the URLs of pages that are not posts from the posts once their languages are
     * decided, for pages that depend on them (tag pages of each language, for example).
     *
     * @param urls from the posts (languages decided) to site-relative URLs
     * @return this builder
     */
    public Builder knownUrls(Function<List<Post>, ? extends Collection<String>> urls) {
      this.knownUrls = Objects.requireNonNull(urls);
      return this;
    }

    /**
     * Sets the detector used to check each post's language against its folder's.
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder detector(LanguageDetector detector) {
      this.detector = Objects.requireNonNull(detector);
      return this;
    }

    /**
     * Turns language detection on (the default) or off.
     *
     * @param on true to detect
     * @return this builder
     */
    public Builder detectLanguages(boolean on) {
      this.detectLanguages = on;
      return this;
    }

    /**
     * Turns the check of every internal link on (the default) or off.
     *
     * @param on true to check
     * @return this builder
     */
    public Builder checkLinks(boolean on) {
      this.checkLinks = on;
      return this;
    }

    /**
     * Tells whether anchors written in raw HTML ({@code <a href="…">}) are links of the pages, to
     * check with the others: true (the default) unless the pages show raw HTML as text ({@code
     * HtmlPolicy.ESCAPE}), where such an anchor leads nowhere.
     *
     * <pre>{@code
     * builder.rawHtmlLinks(policy != HtmlPolicy.ESCAPE);
     * }</pre>
     *
     * @param links true when raw HTML anchors are links
     * @return this builder
     */
    public Builder rawHtmlLinks(boolean links) {
      this.rawHtmlLinks = links;
      return this;
    }

    /**
     * Builds the pairing.
     *
     * @return an immutable, thread-safe pairing
     */
    public TranslationPairing build() {
      return new TranslationPairing(this);
    }
  }
}
