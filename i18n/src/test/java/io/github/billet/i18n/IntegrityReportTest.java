package io.github.billet.i18n;

import static io.github.billet.i18n.Fixture.en;
import static io.github.billet.i18n.Fixture.fr;
import static io.github.billet.i18n.Fixture.pair;
import static io.github.billet.i18n.Fixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One small fixture per rule of the integrity report, with positions, messages and hints. */
class IntegrityReportTest {

  private static final String FM = "title: T\ndate: 2024-03-26\n";

  private static String text(String code) {
    return code.equals("en") ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT;
  }

  private static String src(String code, String slug) {
    return code.equals("fr") ? fr(slug) : en(slug);
  }

  private static String line(String target, String href) {
    return PairingRulesTest.Direction.line(Language.of(target), href);
  }

  // ------------------------------------------------------------------ translation.broken-link

  @ParameterizedTest
  @CsvSource({"fr, en", "en, fr"})
  void firstLineLinkToNoPostIsBrokenAtItsLineAndColumn(String from, String to) {
    // five front matter lines: the body starts at line 8
    Post a =
        post(
            src(from, "a"),
            "title: T\ndate: 2024-03-26\ndescription: D\ntags:\n  - x\n",
            line(to, Fixture.BASE + "/" + to + "/blog/bee/") + "\n\n" + text(from));
    Post b = post(src(to, "b"), "", to.equals("en"));
    Post c = post(src(to, "zzz-far-away"), "", to.equals("en"));
    PairedCorpus corpus = pair(a, b, c);
    Problem p = Fixture.only(corpus, "translation.broken-link");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.file()).isEqualTo(a.source());
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(to.equals("en") ? 11 : 10);
    assertThat(p.message())
        .isEqualTo(
            "the translation link points to "
                + Fixture.BASE
                + "/"
                + to
                + "/blog/bee/, which no post has");
    assertThat(p.hint()).isEqualTo("did you mean /" + to + "/blog/b/?");
    assertThat(corpus.index().pairs()).isEmpty();
    // the translation link is not reported a second time as link.broken
    assertThat(corpus.report()).containsExactly(p);
  }

  @ParameterizedTest
  @CsvSource({"fr, en", "en, fr"})
  void translationsMapToNoPostIsBrokenAtItsKey(String from, String to) {
    Post a =
        post(
            src(from, "a"), FM + "translations:\n  " + to + ": /" + to + "/blog/bb/\n", text(from));
    Post b = post(src(to, "b"), "", to.equals("en"));
    PairedCorpus corpus = pair(a, b);
    Problem p = Fixture.only(corpus, "translation.broken-link");
    assertThat(p.file()).isEqualTo(a.source());
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message())
        .isEqualTo("the 'translations' map points to /" + to + "/blog/bb/, which no post has");
    assertThat(p.hint()).isEqualTo("did you mean /" + to + "/blog/b/?");
  }

  @Test
  void brokenTranslationLinkHintNeverNamesThePostItselfNorItsLanguage() {
    // /fr/blog/a/ and /fr/blog/ab/ are nearer to /en/blog/ab/ by edit distance than any English URL
    Post a = post(fr("a"), line("en", "/en/blog/ab/"), false);
    Post sibling = post(fr("ab"), "", false);
    Post english = post(en("other-post"), "", true);
    PairedCorpus corpus = pair(a, sibling, english);
    Problem p =
        corpus.problemsOf(a.source()).stream()
            .filter(x -> x.code().equals("translation.broken-link"))
            .findFirst()
            .orElseThrow();
    assertThat(p.hint()).isEqualTo("did you mean /en/blog/other-post/?");
  }

  @Test
  void brokenTranslationLinkWithoutAnyPostInTheOtherLanguageSaysToFixTheUrl() {
    Post a = post(fr("a"), line("en", "/en/blog/b/"), false);
    PairedCorpus corpus = pair(a);
    assertThat(Fixture.only(corpus, "translation.broken-link").hint())
        .isEqualTo("fix the URL of the translation");
  }

  // ------------------------------------------------------------------ translation.one-sided

  @ParameterizedTest
  @CsvSource({"fr, en", "en, fr"})
  void oneSidedIsReportedOnThePostThatMustLinkBack(String from, String to) {
    Post a = post(src(from, "a"), line(to, "/" + to + "/blog/b/"), from.equals("en"));
    // four front matter lines: the body starts at line 7
    Post b =
        post(src(to, "b"), "title: T\ndate: 2024-03-26\ndescription: D\nauthor: X\n", text(to));
    PairedCorpus corpus = pair(a, b);
    Problem p = Fixture.only(corpus, "translation.one-sided");
    assertThat(p.file()).isEqualTo(b.source());
    assertThat(p.line()).isEqualTo(7);
    assertThat(p.column()).isEqualTo(1);
    // worded for the readers of b who want a's language
    String expected =
        from.equals("fr")
            ? "*Lire la [version française](/fr/blog/a/).*"
            : "*Read the [English version](/en/blog/a/).*";
    assertThat(p.hint()).isEqualTo("start its body with the line " + expected);
  }

  @Test
  void sharedTranslationKeyNeedsNoLinkBack() {
    Post a = post(fr("a"), FM + "translationKey: k\n", Fixture.FRENCH_TEXT);
    Post b = post(en("b"), FM + "translationKey: k\n", Fixture.ENGLISH_TEXT);
    assertThat(pair(a, b).report()).isEmpty();
  }

  // ------------------------------------------------------------------ translation.same-language

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void translationInTheSameLanguageIsAnError(String lang) {
    Post a = post(src(lang, "a"), line(lang, "/" + lang + "/blog/b/"), lang.equals("en"));
    Post b = post(src(lang, "b"), "", lang.equals("en"));
    PairedCorpus corpus = pair(a, b);
    Problem p = Fixture.only(corpus, "translation.same-language");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.file()).isEqualTo(a.source());
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(lang.equals("en") ? 11 : 10);
    assertThat(p.message())
        .isEqualTo(
            "the first-line translation link names "
                + b.source()
                + " as its translation, but both are in "
                + lang);
    assertThat(p.hint())
        .isEqualTo(
            "point it to the version in the other language, or set 'lang' in the"
                + " translation's front matter if its language is wrong");
    assertThat(corpus.index().pairs()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void translationLinkToItselfIsAnError(String lang) {
    Post a =
        post(
            src(lang, "a"),
            line(lang.equals("fr") ? "en" : "fr", "/" + lang + "/blog/a/"),
            lang.equals("en"));
    PairedCorpus corpus = pair(a);
    Problem p = Fixture.only(corpus, "translation.same-language");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.message()).isEqualTo("the first-line translation link points to the post itself");
    assertThat(p.hint()).isEqualTo("point it to the other language's version");
  }

  @Test
  void translationsMapToItselfIsAnErrorAtTheKey() {
    Post a = post(fr("a"), FM + "translations: {en: /fr/blog/a/}\n", Fixture.FRENCH_TEXT);
    Problem p = Fixture.only(pair(a), "translation.same-language");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).isEqualTo("the 'translations' map points to the post itself");
  }

  // ------------------------------------------------------------------ translation.contested

  @ParameterizedTest
  @CsvSource({"fr, en", "en, fr"})
  void twoPostsClaimingTheSameTranslationAreBothReportedAndOnePairIsKept(String from, String to) {
    List<Post> posts = new ArrayList<>();
    posts.add(post(src(from, "claim-2"), line(to, "/" + to + "/blog/t/"), from.equals("en")));
    posts.add(post(src(from, "claim-1"), line(to, "/" + to + "/blog/t/"), from.equals("en")));
    posts.add(post(src(to, "t"), "", to.equals("en")));
    for (List<Post> order : List.of(posts, reversed(posts))) {
      PairedCorpus corpus = pair(order);
      List<Problem> contested =
          corpus.report().stream().filter(p -> p.code().equals("translation.contested")).toList();
      assertThat(contested)
          .extracting(Problem::file)
          .containsExactly(src(from, "claim-1"), src(from, "claim-2"));
      assertThat(contested.get(0).message())
          .isEqualTo(
              src(to, "t")
                  + " is claimed as a translation both by this post and by "
                  + src(from, "claim-2"));
      assertThat(contested.get(0).hint())
          .isEqualTo("keep the translation link in only one of them");
      assertThat(contested.get(0).line()).isEqualTo(5);
      Post t = corpus.post(src(to, "t")).orElseThrow();
      assertThat(corpus.index().translation(t, Language.of(from)).map(Post::source))
          .contains(src(from, "claim-1"));
    }
  }

  @Test
  void contestedPairPrefersTheClaimThatIsLinkedBack() {
    Post one = post(fr("claim-1"), line("en", "/en/blog/t/"), false);
    Post two = post(fr("claim-2"), line("en", "/en/blog/t/"), false);
    Post t = post(en("t"), line("fr", "/fr/blog/claim-2/"), true);
    PairedCorpus corpus = pair(one, two, t);
    assertThat(corpus.index().translation(t, Language.FRENCH)).contains(two);
    assertThat(Fixture.codes(corpus))
        .containsExactly(
            fr("claim-1") + " translation.contested", fr("claim-2") + " translation.contested");
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> r = new ArrayList<>(list);
    Collections.reverse(r);
    return r;
  }

  // ------------------------------------------------------------------ translation.conflict

  @Test
  void translationsMapAndFirstLineThatDisagreeAreAConflict() {
    Post a =
        post(
            fr("a"),
            FM + "translations: {en: /en/blog/b/}\n",
            line("en", "/en/blog/c/") + "\n\n" + Fixture.FRENCH_TEXT);
    Post b = post(en("b"), line("fr", "/fr/blog/a/"), true);
    Post c = post(en("c"), "", true);
    PairedCorpus corpus = pair(a, b, c);
    Problem p = Fixture.only(corpus, "translation.conflict");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.file()).isEqualTo(fr("a"));
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(11);
    assertThat(p.message())
        .isEqualTo(
            "the first-line translation link names "
                + en("c")
                + " as the en translation, but the post is paired with "
                + en("b")
                + " by its 'translations' map");
    assertThat(p.hint()).isEqualTo("point it to /en/blog/b/, or remove it");
  }

  // ------------------------------------------------------------------ translation.date-mismatch

  @ParameterizedTest
  @CsvSource({"FRENCH, en", "ENGLISH, fr"})
  void dateMismatchIsReportedOnTheNonDefaultLanguagePostAtItsDateLine(
      String defaultLanguage, String reported) {
    Post a = post(fr("a"), "title: T\ndate: 2024-03-26\ntranslationKey: k\n", Fixture.FRENCH_TEXT);
    Post b =
        post(
            en("b"),
            "title: T\ndescription: D\ndate: 2024-03-27\ntranslationKey: k\n",
            Fixture.ENGLISH_TEXT);
    Language def = defaultLanguage.equals("FRENCH") ? Language.FRENCH : Language.ENGLISH;
    PairedCorpus corpus = Fixture.pairing().defaultLanguage(def).build().pair(List.of(a, b));
    Problem p = Fixture.only(corpus, "translation.date-mismatch");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    if (reported.equals("en")) {
      assertThat(p.file()).isEqualTo(b.source());
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(1);
      assertThat(p.message())
          .isEqualTo(
              "this post is dated 2024-03-27 but its translation "
                  + a.source()
                  + " is dated 2024-03-26");
      assertThat(p.hint()).isEqualTo("give both the same date: 'date: 2024-03-26'");
    } else {
      assertThat(p.file()).isEqualTo(a.source());
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.hint()).isEqualTo("give both the same date: 'date: 2024-03-27'");
    }
  }

  // ------------------------------------------------------------------ translation.unlinked

  private static final String IMAGE = "image:\n  path: ./cover.png\n  alt: A\n";

  @Test
  void sameDateAndSameOwnImageFileSuggestsTheLinksToAdd() {
    Post a = post(fr("a"), FM + IMAGE, Fixture.FRENCH_TEXT);
    Post b = post(en("b"), FM + IMAGE, Fixture.ENGLISH_TEXT);
    PairedCorpus corpus = pair(b, a);
    assertThat(corpus.index().pairs()).isEmpty();
    List<Problem> unlinked = corpus.report();
    assertThat(unlinked).extracting(Problem::code).containsOnly("translation.unlinked");
    assertThat(unlinked).extracting(Problem::file).containsExactly(en("b"), fr("a"));
    Problem onB = unlinked.get(0);
    Problem onA = unlinked.get(1);
    assertThat(onA.line()).isEqualTo(8);
    assertThat(onA.column()).isEqualTo(1);
    assertThat(onA.severity()).isEqualTo(Severity.WARNING);
    assertThat(onA.message())
        .isEqualTo(
            "this post and "
                + en("b")
                + " look like translations (same date 2024-03-26 and same image file cover.png)"
                + " but nothing links them");
    assertThat(onA.hint())
        .isEqualTo(
            "start its body with the line *Read the [English version](/en/blog/b/).*, or give"
                + " both the same 'translationKey'");
    assertThat(onB.hint())
        .isEqualTo(
            "start its body with the line *Lire la [version française](/fr/blog/a/).*, or give"
                + " both the same 'translationKey'");
  }

  private static final String SHAPED = "## One\n\n%s\n\n- a\n- b\n- c\n\n## Two\n\n%s\n\n> quote\n";

  @Test
  void sameDateAndSameStructureSuggestsTheLinksToAdd() {
    Post a = post(fr("a"), FM, String.format(SHAPED, Fixture.FRENCH_TEXT, Fixture.FRENCH_TEXT));
    Post b = post(en("b"), FM, String.format(SHAPED, Fixture.ENGLISH_TEXT, Fixture.ENGLISH_TEXT));
    PairedCorpus corpus = pair(a, b);
    assertThat(Fixture.codes(corpus))
        .containsExactly(en("b") + " translation.unlinked", fr("a") + " translation.unlinked");
    assertThat(corpus.report().get(0).message())
        .contains("(same date 2024-03-26 and the same 6 blocks)");
  }

  @Test
  void unlinkedIsNotSuggestedForADifferentStructureOrTooFewBlocks() {
    Post a = post(fr("a"), FM, String.format(SHAPED, Fixture.FRENCH_TEXT, Fixture.FRENCH_TEXT));
    Post b = post(en("b"), FM, Fixture.ENGLISH_TEXT + "\n## One\n\n" + Fixture.ENGLISH_TEXT);
    Post c = post(fr("c"), FM, "## A\n\n" + Fixture.FRENCH_TEXT);
    Post d = post(en("d"), FM, "## A\n\n" + Fixture.ENGLISH_TEXT);
    assertThat(pair(a, b, c, d).report()).isEmpty();
  }

  @Test
  void unlinkedIsNotSuggestedWhenTheImageComesFromFolderDefaults() {
    Post a = post("fr/blog/posts/webinars/a/index.md", FM, Fixture.FRENCH_TEXT);
    Post b = post("en/blog/posts/webinars/b/index.md", FM, Fixture.ENGLISH_TEXT);
    assertThat(a.image()).isPresent();
    assertThat(pair(a, b).report()).isEmpty();
    // an own 'alt' does not make the default image file the post's own
    Post c =
        post("fr/blog/posts/webinars/c/index.md", FM + "image:\n  alt: C\n", Fixture.FRENCH_TEXT);
    Post d =
        post("en/blog/posts/webinars/d/index.md", FM + "image:\n  alt: D\n", Fixture.ENGLISH_TEXT);
    assertThat(c.image().map(i -> i.path())).contains("/img/webinar.png");
    assertThat(pair(c, d).report()).isEmpty();
  }

  @Test
  void unlinkedIsNotSuggestedInTheSameLanguageNorWhenDatesDiffer() {
    Post a = post(fr("a"), FM + IMAGE, Fixture.FRENCH_TEXT);
    Post b = post(fr("b"), FM + IMAGE, Fixture.FRENCH_TEXT);
    Post c = post(en("c"), "title: T\ndate: 2024-03-27\n" + IMAGE, Fixture.ENGLISH_TEXT);
    assertThat(pair(a, b, c).report()).isEmpty();
  }

  // ------------------------------------------------------------------ link.broken

  @Test
  void linksToNoPageAreBrokenWithTheClosestUrl() {
    String body =
        String.join(
            "\n",
            "See [one](/fr/blog/othr/) and",
            "[two](" + Fixture.BASE + "/fr/blog/othre/#x) then",
            "",
            "- [three](../othe/)",
            "");
    Post a = post(fr("a"), FM, Fixture.FRENCH_TEXT + "\n" + body);
    Post other = post(fr("other"), "", false);
    PairedCorpus corpus = pair(a, other);
    List<Problem> broken = corpus.report();
    assertThat(broken).extracting(Problem::code).containsOnly("link.broken");
    assertThat(broken)
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("7:5", "8:1", "10:3");
    assertThat(broken).extracting(Problem::hint).containsOnly("did you mean /fr/blog/other/?");
    assertThat(broken.get(0).message())
        .isEqualTo("the link to /fr/blog/othr/ leads to no page of the site");
    assertThat(broken.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(broken.get(2).message())
        .isEqualTo("the link to ../othe/ leads to no page of the site");
  }

  @Test
  void linksToPagesFilesAnchorsAndOtherSitesAreFine() {
    String body =
        String.join(
            "\n",
            "- [post](/fr/blog/other/) [post](" + Fixture.BASE + "/fr/blog/other/index.html)",
            "- [relative](../other/#part) [tags](/fr/blog/tags/europe/)",
            "- [image](/img/x.png) [pdf](../../files/doc.pdf)",
            "- [site](https://github.com/codegouvfr) [mail](mailto:contact@code.gouv.fr)",
            "- [anchor](#section) <https://www.etalab.gouv.fr/>",
            "- ![cover](/img/missing.png)",
            "");
    Post a = post(fr("a"), FM, Fixture.FRENCH_TEXT + "\n" + body);
    Post other = post(fr("other"), "", false);
    PairedCorpus corpus =
        Fixture.pairing()
            .knownUrls(Set.of("/fr/blog/tags/europe/"))
            .build()
            .pair(List.of(a, other));
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void linksWrittenInRawHtmlAreCheckedAtTheirHtml() {
    String body =
        String.join(
            "\n",
            "<div class=\"fr-grid-row\">",
            "<a class=\"fr-btn\" href=\"/fr/blog/othr/\">one</a>",
            "<a href='/fr/blog/other/'>fine</a> <A HREF=/fr/nowhere/>two</A>",
            "</div>",
            "",
            "Inline <a title=\"x\" href=\"https://example.org/\">three</a> and",
            "<a href=\"/fr/blog/gone/\">four</a>.",
            "");
    Post a = post(fr("a"), FM, Fixture.FRENCH_TEXT + "\n" + body);
    Post other = post(fr("other"), "", false);
    List<Problem> broken = pair(a, other).report();
    assertThat(broken).extracting(Problem::code).containsOnly("link.broken");
    assertThat(broken)
        .extracting(Problem::message)
        .containsExactly(
            "the link to /fr/blog/othr/ leads to no page of the site",
            "the link to /fr/nowhere/ leads to no page of the site",
            "the link to /fr/blog/gone/ leads to no page of the site");
    // each at the line of its HTML: the block's first line, the inline tag's own line
    assertThat(broken).extracting(Problem::line).containsExactly(7, 7, 13);
  }

  @Test
  void anEmailAddressWrittenAsALinkWithoutMailtoIsBroken() {
    String body =
        "Write to [floss@example.gouv.fr](floss@example.gouv.fr) or [us](mailto:a@b.fr).\n";
    Post a = post(fr("a"), FM, Fixture.FRENCH_TEXT + "\n" + body);
    Problem p = Fixture.only(pair(a), "link.broken");
    assertThat(p.message())
        .isEqualTo(
            "the link to floss@example.gouv.fr leads to no page of the site: it is an e-mail"
                + " address without mailto:");
    assertThat(p.hint()).isEqualTo("write the link as mailto:floss@example.gouv.fr");
  }

  @Test
  void linksAreNotCheckedWhenCheckLinksIsOff() {
    Post a = post(fr("a"), FM, "[one](/fr/blog/nowhere/)\n\n" + Fixture.FRENCH_TEXT);
    assertThat(Fixture.pairing().checkLinks(false).build().pair(List.of(a)).report()).isEmpty();
    assertThat(Fixture.codes(pair(a))).containsExactly(fr("a") + " link.broken");
  }

  @Test
  void linksOfUnpublishedPostsAreNotChecked() {
    Post a =
        post(
            fr("a"),
            FM + "permalink: false\n",
            "[one](/fr/blog/nowhere/)\n\n" + Fixture.FRENCH_TEXT);
    assertThat(pair(a).report()).isEmpty();
  }
}
