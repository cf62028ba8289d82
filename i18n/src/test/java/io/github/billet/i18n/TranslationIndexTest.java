package io.github.billet.i18n;

import static io.github.billet.i18n.Fixture.en;
import static io.github.billet.i18n.Fixture.fr;
import static io.github.billet.i18n.Fixture.pair;
import static io.github.billet.i18n.Fixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alternates and language switcher targets of the translation index. */
class TranslationIndexTest {

  private static final String FM = "title: T\ndate: 2024-03-26\n";

  private static PairedCorpus linkedPair(TranslationPairing pairing) {
    Post a = post(fr("a"), "*Read the [English version](/en/blog/b/).*", false);
    Post b = post(en("b"), "*Lire la [version française](/fr/blog/a/).*", true);
    return pairing.pair(List.of(a, b));
  }

  @Test
  void alternatesListBothLanguagesThenXDefaultToTheDefaultLanguage() {
    PairedCorpus corpus = linkedPair(Fixture.pairing().build());
    List<Alternate> expected =
        List.of(
            Alternate.of("en", "/en/blog/b/", Fixture.BASE),
            Alternate.of("fr", "/fr/blog/a/", Fixture.BASE),
            Alternate.of(Alternate.X_DEFAULT, "/fr/blog/a/", Fixture.BASE));
    for (Post p : corpus.posts()) {
      assertThat(corpus.index().alternates(p)).isEqualTo(expected);
    }
  }

  @Test
  void alternatesGiveTheSitePathAndTheAbsoluteUrlWithThePairingsBaseUrl() {
    PairedCorpus corpus = linkedPair(TranslationPairing.builder().baseUrl(Fixture.BASE).build());
    Post a = corpus.post(fr("a")).orElseThrow();
    assertThat(corpus.index().alternates(a))
        .extracting(Alternate::hreflang, Alternate::sitePath, Alternate::absoluteUrl)
        .containsExactly(
            tuple("en", "/en/blog/b/", Optional.of("https://example.gouv.fr/en/blog/b/")),
            tuple("fr", "/fr/blog/a/", Optional.of("https://example.gouv.fr/fr/blog/a/")),
            tuple("x-default", "/fr/blog/a/", Optional.of("https://example.gouv.fr/fr/blog/a/")));
    assertThat(corpus.index().alternates(a).get(0).href())
        .isEqualTo("https://example.gouv.fr/en/blog/b/");
  }

  @Test
  void withoutABaseUrlAlternatesHaveOnlyTheirSitePath() {
    PairedCorpus corpus = linkedPair(TranslationPairing.builder().build());
    Post b = corpus.post(en("b")).orElseThrow();
    assertThat(corpus.index().alternates(b))
        .extracting(Alternate::sitePath, Alternate::absoluteUrl, Alternate::href)
        .containsExactly(
            tuple("/en/blog/b/", Optional.empty(), "/en/blog/b/"),
            tuple("/fr/blog/a/", Optional.empty(), "/fr/blog/a/"),
            tuple("/fr/blog/a/", Optional.empty(), "/fr/blog/a/"));
  }

  @Test
  void alternateJoinsABaseUrlWithOrWithoutItsTrailingSlash() {
    assertThat(Alternate.of("en", "/en/blog/x/", "https://code.gouv.fr/").absoluteUrl())
        .contains("https://code.gouv.fr/en/blog/x/");
    assertThat(Alternate.of("en", "/en/blog/x/", "https://code.gouv.fr").absoluteUrl())
        .contains("https://code.gouv.fr/en/blog/x/");
    assertThat(Alternate.of("en", "/en/blog/x/", "").absoluteUrl()).isEmpty();
  }

  @Test
  void defaultLanguageEnglishMovesXDefault() {
    PairedCorpus corpus = linkedPair(Fixture.pairing().defaultLanguage(Language.ENGLISH).build());
    assertThat(corpus.index().defaultLanguage()).isEqualTo(Language.ENGLISH);
    for (Post p : corpus.posts()) {
      assertThat(corpus.index().alternates(p))
          .containsExactly(
              Alternate.of("en", "/en/blog/b/", Fixture.BASE),
              Alternate.of("fr", "/fr/blog/a/", Fixture.BASE),
              Alternate.of(Alternate.X_DEFAULT, "/en/blog/b/", Fixture.BASE));
    }
  }

  @Test
  void untranslatedPostHasNoAlternatesAndSwitchesToTheOtherBlogIndex() {
    PairedCorpus corpus = pair(post(fr("a"), "", false), post(en("b"), "", true));
    for (Post p : corpus.posts()) {
      assertThat(corpus.index().alternates(p)).isEmpty();
      assertThat(corpus.index().isTranslated(p)).isFalse();
      assertThat(corpus.index().translations(p)).isEmpty();
    }
    Post a = corpus.post(fr("a")).orElseThrow();
    Post b = corpus.post(en("b")).orElseThrow();
    assertThat(corpus.index().switcherTarget(a, Language.ENGLISH)).isEqualTo("/en/blog/");
    assertThat(corpus.index().switcherTarget(b, Language.FRENCH)).isEqualTo("/fr/blog/");
  }

  @Test
  void switcherLeadsToTheTranslation() {
    PairedCorpus corpus = linkedPair(Fixture.pairing().build());
    Post a = corpus.post(fr("a")).orElseThrow();
    Post b = corpus.post(en("b")).orElseThrow();
    assertThat(corpus.index().switcherTarget(a, Language.ENGLISH)).isEqualTo("/en/blog/b/");
    assertThat(corpus.index().switcherTarget(b, Language.FRENCH)).isEqualTo("/fr/blog/a/");
    assertThat(corpus.index().translations(a)).isEqualTo(Map.of(Language.ENGLISH, b));
  }

  @Test
  void configuredBlogIndexPatternIsUsedForUntranslatedPosts() {
    PairedCorpus corpus =
        Fixture.pairing()
            .blogIndexPattern("/{lang}/articles/")
            .build()
            .pair(List.of(post(fr("a"), "", false)));
    assertThat(corpus.index().switcherTarget(corpus.posts().get(0), Language.ENGLISH))
        .isEqualTo("/en/articles/");
  }

  @Test
  void unpublishedTranslationGivesNoAlternatesAndTheSwitcherFallsBackToTheIndex() {
    Post a = post(fr("a"), FM + "translationKey: k\n", Fixture.FRENCH_TEXT);
    Post b = post(en("b"), FM + "translationKey: k\npermalink: false\n", Fixture.ENGLISH_TEXT);
    PairedCorpus corpus = pair(a, b);
    assertThat(corpus.index().translation(a, Language.ENGLISH)).contains(b);
    assertThat(corpus.index().alternates(a)).isEmpty();
    assertThat(corpus.index().alternates(b)).isEmpty();
    assertThat(corpus.index().switcherTarget(a, Language.ENGLISH)).isEqualTo("/en/blog/");
  }

  @Test
  void indexAnswersWithDecidedLanguagesEvenForTheInputPosts() {
    // an English post filed under fr/: the caller may still hold the input Post (language fr)
    Post a = post(fr("a"), "*Read the [English version](/fr/blog/b/).*", false);
    Post b = post(fr("b"), "*Lire la [version française](/fr/blog/a/).*", true);
    PairedCorpus corpus = pair(a, b);
    List<Alternate> expected =
        List.of(
            Alternate.of("en", "/fr/blog/b/", Fixture.BASE),
            Alternate.of("fr", "/fr/blog/a/", Fixture.BASE),
            Alternate.of(Alternate.X_DEFAULT, "/fr/blog/a/", Fixture.BASE));
    assertThat(corpus.index().alternates(corpus.post(fr("b")).orElseThrow())).isEqualTo(expected);
    assertThat(corpus.index().alternates(b)).isEqualTo(expected);
    assertThat(corpus.index().translation(b, Language.FRENCH).map(Post::source)).contains(fr("a"));
  }
}
