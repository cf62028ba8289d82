package io.github.billet.i18n;

import static io.github.billet.i18n.Fixture.en;
import static io.github.billet.i18n.Fixture.fr;
import static io.github.billet.i18n.Fixture.pair;
import static io.github.billet.i18n.Fixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way of saying "this post translates that one", in both directions, with its own fixture. */
class PairingRulesTest {

  /** Which way a link goes: from a post in one language to its version in the other. */
  enum Direction {
    FR_TO_EN(Language.FRENCH, Language.ENGLISH),
    EN_TO_FR(Language.ENGLISH, Language.FRENCH);

    final Language from;
    final Language to;

    Direction(Language from, Language to) {
      this.from = from;
      this.to = to;
    }

    String source(Language language, String slug) {
      return language.equals(Language.FRENCH) ? fr(slug) : en(slug);
    }

    String fromSource() {
      return source(from, "a");
    }

    String toSource() {
      return source(to, "b");
    }

    String fromUrl() {
      return "/" + from.code() + "/blog/a/";
    }

    String toUrl() {
      return "/" + to.code() + "/blog/b/";
    }

    /** The first line of a post pointing its readers to the version in {@code target}. */
    static String line(Language target, String href) {
      return target.equals(Language.ENGLISH)
          ? "*Read the [English version](" + href + ").*"
          : "*Lire la [version française](" + href + ").*";
    }

    Post from(String firstLine) {
      return post(fromSource(), firstLine, from.equals(Language.ENGLISH));
    }

    Post to(String firstLine) {
      return post(toSource(), firstLine, to.equals(Language.ENGLISH));
    }

    Post fromWithFrontMatter(String frontMatter) {
      return post(
          fromSource(),
          "title: Title\ndate: 2024-03-26\n" + frontMatter,
          from.equals(Language.ENGLISH) ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT);
    }

    Post toWithFrontMatter(String frontMatter) {
      return post(
          toSource(),
          "title: Title\ndate: 2024-03-26\n" + frontMatter,
          to.equals(Language.ENGLISH) ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT);
    }
  }

  private static void assertPaired(PairedCorpus corpus, Direction d, TranslationMethod method) {
    Post a = corpus.post(d.fromSource()).orElseThrow();
    Post b = corpus.post(d.toSource()).orElseThrow();
    assertThat(a.language()).contains(d.from);
    assertThat(b.language()).contains(d.to);
    assertThat(corpus.index().translation(a, d.to)).contains(b);
    assertThat(corpus.index().translation(b, d.from)).contains(a);
    assertThat(corpus.index().translation(a, d.from)).isEmpty();
    assertThat(corpus.index().method(a, b)).contains(method);
    assertThat(corpus.index().method(b, a)).contains(method);
    assertThat(corpus.index().pairs()).hasSize(1);
  }

  // ------------------------------------------------------------------ translationKey

  @ParameterizedTest
  @EnumSource(Direction.class)
  void sharedTranslationKeyPairs(Direction d) {
    PairedCorpus corpus =
        pair(
            d.fromWithFrontMatter("translationKey: open-source\n"),
            d.toWithFrontMatter("translationKey: \" open-source \"\n"));
    assertPaired(corpus, d, TranslationMethod.TRANSLATION_KEY);
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void differentTranslationKeysDoNotPair() {
    PairedCorpus corpus =
        pair(
            post(fr("a"), "title: T\ndate: 2024-03-26\ntranslationKey: one\n", Fixture.FRENCH_TEXT),
            post(
                en("b"),
                "title: T\ndate: 2024-03-26\ntranslationKey: two\n",
                Fixture.ENGLISH_TEXT));
    assertThat(corpus.index().pairs()).isEmpty();
  }

  // ------------------------------------------------------------------ translations map

  @ParameterizedTest
  @EnumSource(Direction.class)
  void translationsMapBothWaysSiteRelative(Direction d) {
    PairedCorpus corpus =
        pair(
            d.fromWithFrontMatter("translations:\n  " + d.to.code() + ": " + d.toUrl() + "\n"),
            d.toWithFrontMatter("translations:\n  " + d.from.code() + ": " + d.fromUrl() + "\n"));
    assertPaired(corpus, d, TranslationMethod.TRANSLATIONS_MAP);
    assertThat(corpus.report()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void translationsMapBothWaysAbsoluteWithBaseUrl(Direction d) {
    PairedCorpus corpus =
        pair(
            d.fromWithFrontMatter(
                "translations:\n  " + d.to.code() + ": " + Fixture.BASE + d.toUrl() + "\n"),
            d.toWithFrontMatter(
                "translations: {" + d.from.code() + ": \"" + Fixture.BASE + d.fromUrl() + "\"}\n"));
    assertPaired(corpus, d, TranslationMethod.TRANSLATIONS_MAP);
    assertThat(corpus.report()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void oneDirectionalMapPairsAndAsksTheOtherPostToLinkBack(Direction d) {
    PairedCorpus corpus =
        pair(
            d.fromWithFrontMatter("translations:\n  " + d.to.code() + ": " + d.toUrl() + "\n"),
            d.to(""));
    assertPaired(corpus, d, TranslationMethod.TRANSLATIONS_MAP);
    Problem p = Fixture.only(corpus, "translation.one-sided");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.file()).isEqualTo(d.toSource());
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    // the body starts at line 5: where the line is to be added
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message())
        .isEqualTo(
            d.fromSource()
                + " links to this post as its "
                + d.to.code()
                + " translation, but this post does not link back");
    assertThat(p.hint())
        .isEqualTo("start its body with the line " + Direction.line(d.from, d.fromUrl()));
  }

  // ------------------------------------------------------------------ first-line link

  static Stream<Arguments> firstLineLinks() {
    List<Arguments> out = new ArrayList<>();
    for (Direction d : Direction.values()) {
      String url = d.toUrl();
      String noSlash = url.substring(0, url.length() - 1);
      List<String> hrefs =
          List.of(
              url,
              Fixture.BASE + url,
              "http://example.gouv.fr" + url,
              "https://EXAMPLE.gouv.fr" + url,
              Fixture.BASE + url + "#top",
              url + "index.html",
              Fixture.BASE + url + "index.html",
              noSlash,
              // relative to the page /<from>/blog/a/
              "../../../" + d.to.code() + "/blog/b/");
      for (String href : hrefs) {
        String other = d.to.equals(Language.ENGLISH) ? "English" : "French";
        out.add(Arguments.of(d, Direction.line(d.to, href)));
        out.add(
            Arguments.of(
                d,
                d.to.equals(Language.ENGLISH)
                    ? "*[Read the English version.](" + href + ")*"
                    : "*[Lire la version française.](" + href + ")*"));
        out.add(Arguments.of(d, "_See the [" + other.toLowerCase() + " version](" + href + ")._"));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("firstLineLinks")
  void italicFirstLineLinkPairs(Direction d, String firstLine) {
    PairedCorpus corpus = pair(d.from(firstLine), d.to(Direction.line(d.from, d.fromUrl())));
    assertPaired(corpus, d, TranslationMethod.FIRST_LINE_LINK);
    assertThat(corpus.report()).as(firstLine).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void firstLineLinkWithoutLinkBackIsOneSidedOnTheTarget(Direction d) {
    PairedCorpus corpus = pair(d.from(Direction.line(d.to, d.toUrl())), d.to(""));
    assertPaired(corpus, d, TranslationMethod.FIRST_LINE_LINK);
    Problem p = Fixture.only(corpus, "translation.one-sided");
    assertThat(corpus.report()).containsExactly(p);
    assertThat(p.file()).isEqualTo(d.toSource());
    assertThat(p.hint())
        .isEqualTo("start its body with the line " + Direction.line(d.from, d.fromUrl()));
  }

  @Test
  void firstLineMustBeOneItalicSpanHoldingOneLinkAndTranslationWords() {
    for (String firstLine :
        List.of(
            "Read the [English version](/en/blog/b/).",
            "*Read the [English version](/en/blog/b/).* And more text.",
            "*Read the [English](/en/blog/b/) or [other](/en/blog/c/) version.*",
            "*Have a look at [this page](/en/blog/b/).*",
            "# *Read the [English version](/en/blog/b/).*")) {
      PairedCorpus corpus = pair(post(fr("a"), firstLine, false), post(en("b"), "", true));
      assertThat(corpus.index().pairs()).as(firstLine).isEmpty();
    }
  }

  @Test
  void firstLineLinkIsOnlyLookedForInTheFirstBlock() {
    PairedCorpus corpus =
        pair(
            post(
                fr("a"),
                "title: T\ndate: 2024-03-26\n",
                Fixture.FRENCH_TEXT + "\n*Read the" + " [English version](/en/blog/b/).*\n"),
            post(en("b"), "", true));
    assertThat(corpus.index().pairs()).isEmpty();
  }

  // ------------------------------------------------------------------ same path

  @ParameterizedTest
  @EnumSource(Direction.class)
  void samePathUnderTheOtherLanguageFolderPairs(Direction d) {
    Post a = post(d.source(d.from, "x"), "", d.from.equals(Language.ENGLISH));
    Post b = post(d.source(d.to, "x"), "", d.to.equals(Language.ENGLISH));
    PairedCorpus corpus = pair(a, b);
    assertThat(corpus.index().translation(a, d.to)).contains(b);
    assertThat(corpus.index().translation(b, d.from)).contains(a);
    assertThat(corpus.index().method(a, b)).contains(TranslationMethod.SAME_PATH);
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void samePathDoesNotPairAPostWithAnotherInTheSameLanguage() {
    // en/blog/posts/x is written in French: both are French, nothing pairs them
    Post a = post(fr("x"), "", false);
    Post b = post(en("x"), "title: T\ndate: 2024-03-26\nlang: fr\n", Fixture.FRENCH_TEXT);
    PairedCorpus corpus = pair(a, b);
    assertThat(corpus.index().pairs()).isEmpty();
  }

  @Test
  void samePathIgnoresUnpublishedPosts() {
    Post a = post(fr("x"), "", false);
    Post b = post(en("x"), "title: T\ndate: 2024-03-26\npermalink: false\n", Fixture.ENGLISH_TEXT);
    assertThat(pair(a, b).index().pairs()).isEmpty();
  }

  // ------------------------------------------------------------------ priority

  @ParameterizedTest
  @EnumSource(Direction.class)
  void translationKeyBeatsAFirstLineLinkToAThirdPost(Direction d) {
    Post a =
        post(
            d.fromSource(),
            "title: T\ndate: 2024-03-26\ntranslationKey: k\n",
            Direction.line(d.to, "/" + d.to.code() + "/blog/c/")
                + "\n\n"
                + (d.from.equals(Language.ENGLISH) ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT));
    Post b = d.toWithFrontMatter("translationKey: k\n");
    Post c = post(d.source(d.to, "c"), "", d.to.equals(Language.ENGLISH));
    PairedCorpus corpus = pair(c, b, a);
    assertThat(corpus.index().translation(a, d.to)).contains(b);
    assertThat(corpus.index().method(a, b)).contains(TranslationMethod.TRANSLATION_KEY);
    assertThat(corpus.index().isTranslated(c)).isFalse();
    Problem p = Fixture.only(corpus, "translation.conflict");
    assertThat(p.file()).isEqualTo(d.fromSource());
    assertThat(p.line()).isEqualTo(6);
    // "*Read the [" and "*Lire la [": the link starts at column 11 or 10
    assertThat(p.column()).isEqualTo(d.to.equals(Language.ENGLISH) ? 11 : 10);
    assertThat(p.message())
        .isEqualTo(
            "the first-line translation link names "
                + d.source(d.to, "c")
                + " as the "
                + d.to.code()
                + " translation, but the post is paired with "
                + d.toSource()
                + " by their shared translationKey");
    assertThat(p.hint()).isEqualTo("point it to " + d.toUrl() + ", or remove it");
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void translationsMapBeatsAFirstLineLinkAndFirstLineLinkBeatsSamePath(Direction d) {
    String third = "/" + d.to.code() + "/blog/c/";
    Post a =
        post(
            d.fromSource(),
            "title: T\ndate: 2024-03-26\ntranslations:\n  " + d.to.code() + ": " + d.toUrl() + "\n",
            Direction.line(d.to, third)
                + "\n\n"
                + (d.from.equals(Language.ENGLISH) ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT));
    Post b = d.to(Direction.line(d.from, d.fromUrl()));
    Post c = post(d.source(d.to, "c"), "", d.to.equals(Language.ENGLISH));
    Post samePath = post(d.source(d.to, "a"), "", d.to.equals(Language.ENGLISH));
    PairedCorpus corpus = pair(a, b, c, samePath);
    assertThat(corpus.index().translation(a, d.to)).contains(b);
    assertThat(corpus.index().method(a, b)).contains(TranslationMethod.TRANSLATIONS_MAP);
    assertThat(corpus.index().isTranslated(c)).isFalse();
    assertThat(corpus.index().isTranslated(samePath)).isFalse();
    assertThat(Fixture.codes(corpus)).containsExactly(d.fromSource() + " translation.conflict");
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void firstLineLinkBeatsSamePath(Direction d) {
    Post a =
        post(
            d.source(d.from, "x"),
            Direction.line(d.to, d.toUrl()),
            d.from.equals(Language.ENGLISH));
    Post b = d.to(Direction.line(d.from, "/" + d.from.code() + "/blog/x/"));
    Post samePath = post(d.source(d.to, "x"), "", d.to.equals(Language.ENGLISH));
    PairedCorpus corpus = pair(samePath, a, b);
    assertThat(corpus.index().translation(a, d.to)).contains(b);
    assertThat(corpus.index().method(a, b)).contains(TranslationMethod.FIRST_LINE_LINK);
    assertThat(corpus.index().isTranslated(samePath)).isFalse();
    assertThat(corpus.report()).isEmpty();
  }

  // ------------------------------------------------------------------ a loaded tree

  private static void write(Path root, String source, String text) throws IOException {
    Path file = root.resolve(source);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void loadedTreeWithCrlfFilesPairsAndReportsAtFileLines(@TempDir Path root) throws IOException {
    String fm = "---\r\ntitle: T\r\ndate: 2024-03-26\r\n---\r\n";
    write(root, "fr/blog/posts/x/index.md", fm + Fixture.FRENCH_TEXT.replace("\n", "\r\n"));
    write(root, "en/blog/posts/x/index.md", fm + Fixture.ENGLISH_TEXT.replace("\n", "\r\n"));
    write(
        root,
        "fr/blog/posts/2024-03-26-y.md",
        fm + "*Read the [English version](/en/blog/y/).*\r\n\r\n" + Fixture.FRENCH_TEXT);
    ContentTree tree = ContentLoader.builder().config(Fixture.CONFIG).build().load(root);
    assertThat(tree.problems()).isEmpty();
    PairedCorpus corpus = Fixture.pairing().build().pair(tree.posts());
    Post frX = corpus.post("fr/blog/posts/x/index.md").orElseThrow();
    assertThat(corpus.index().translation(frX, Language.ENGLISH).map(Post::source))
        .contains("en/blog/posts/x/index.md");
    Problem broken = Fixture.only(corpus, "translation.broken-link");
    assertThat(broken.file()).isEqualTo("fr/blog/posts/2024-03-26-y.md");
    assertThat(broken.line()).isEqualTo(5);
    assertThat(broken.column()).isEqualTo(11);
    assertThat(broken.hint()).isEqualTo("did you mean /en/blog/x/?");
  }

  // ------------------------------------------------------------------ symmetry and determinism

  private static List<Post> mixedCorpus() {
    List<Post> posts = new ArrayList<>();
    posts.add(
        post(fr("key"), "title: T\ndate: 2024-03-26\ntranslationKey: k\n", Fixture.FRENCH_TEXT));
    posts.add(
        post(
            en("key-en"), "title: T\ndate: 2024-03-26\ntranslationKey: k\n", Fixture.ENGLISH_TEXT));
    posts.add(
        post(
            fr("map"),
            "title: T\ndate: 2024-03-26\ntranslations: {en: /en/blog/map-en/}\n",
            Fixture.FRENCH_TEXT));
    posts.add(post(en("map-en"), "", true));
    posts.add(post(fr("link"), Direction.line(Language.ENGLISH, "/en/blog/link-en/"), false));
    posts.add(post(en("link-en"), Direction.line(Language.FRENCH, "/fr/blog/link/"), true));
    posts.add(post(fr("same"), "", false));
    posts.add(post(en("same"), "", true));
    // contested: two French posts claim the same English one
    posts.add(post(fr("claim-1"), Direction.line(Language.ENGLISH, "/en/blog/claimed/"), false));
    posts.add(post(fr("claim-2"), Direction.line(Language.ENGLISH, "/en/blog/claimed/"), false));
    posts.add(post(en("claimed"), "", true));
    posts.add(post(fr("alone"), "", false));
    posts.add(post(en("broken"), Direction.line(Language.FRENCH, "/fr/blog/nowhere/"), true));
    return posts;
  }

  private static List<String> pairsOf(PairedCorpus corpus) {
    return corpus.index().pairs().stream()
        .map(p -> p.first().source() + " = " + p.second().source() + " " + p.method())
        .toList();
  }

  @Test
  void indexIsSymmetric() {
    PairedCorpus corpus = pair(mixedCorpus());
    assertThat(corpus.index().pairs()).hasSize(5);
    for (TranslationIndex.Pair p : corpus.index().pairs()) {
      Language l1 = p.first().language().orElseThrow();
      Language l2 = p.second().language().orElseThrow();
      assertThat(l1).isNotEqualTo(l2);
      assertThat(corpus.index().translation(p.first(), l2)).contains(p.second());
      assertThat(corpus.index().translation(p.second(), l1)).contains(p.first());
      assertThat(corpus.index().method(p.second(), p.first())).contains(p.method());
    }
    for (Post post : corpus.posts()) {
      for (var e : corpus.index().translations(post).entrySet()) {
        assertThat(corpus.index().translation(e.getValue(), post.language().get())).contains(post);
      }
    }
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Post> posts = mixedCorpus();
    PairedCorpus reference = pair(posts);
    Random random = new Random(20240326L);
    for (int i = 0; i < 20; i++) {
      List<Post> shuffled = new ArrayList<>(posts);
      Collections.shuffle(shuffled, random);
      PairedCorpus other = pair(shuffled);
      assertThat(pairsOf(other)).isEqualTo(pairsOf(reference));
      assertThat(other.report()).isEqualTo(reference.report());
      for (Post p : posts) {
        assertThat(other.index().translations(p).values().stream().map(Post::source).toList())
            .isEqualTo(
                reference.index().translations(p).values().stream().map(Post::source).toList());
      }
    }
  }
}
