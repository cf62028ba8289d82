package io.github.billet.i18n;

import static io.github.billet.i18n.Fixture.en;
import static io.github.billet.i18n.Fixture.fr;
import static io.github.billet.i18n.Fixture.pair;
import static io.github.billet.i18n.Fixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import java.util.List;
import java.util.Map;
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
            new Alternate("en", "/en/blog/b/"),
            new Alternate("fr", "/fr/blog/a/"),
            new Alternate(Alternate.X_DEFAULT, "/fr/blog/a/"));
    for (Post p : corpus.posts()) {
      assertThat(corpus.index().alternates(p)).isEqualTo(expected);
    }
  }

  @Test
  void defaultLanguageEnglishMovesXDefault() {
    PairedCorpus corpus = linkedPair(Fixture.pairing().defaultLanguage(Language.ENGLISH).build());
    assertThat(corpus.index().defaultLanguage()).isEqualTo(Language.ENGLISH);
    for (Post p : corpus.posts()) {
      assertThat(corpus.index().alternates(p))
          .containsExactly(
              new Alternate("en", "/en/blog/b/"),
              new Alternate("fr", "/fr/blog/a/"),
              new Alternate(Alternate.X_DEFAULT, "/en/blog/b/"));
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
            new Alternate("en", "/fr/blog/b/"),
            new Alternate("fr", "/fr/blog/a/"),
            new Alternate(Alternate.X_DEFAULT, "/fr/blog/a/"));
    assertThat(corpus.index().alternates(corpus.post(fr("b")).orElseThrow())).isEqualTo(expected);
    assertThat(corpus.index().alternates(b)).isEqualTo(expected);
    assertThat(corpus.index().translation(b, Language.FRENCH).map(Post::source)).contains(fr("a"));
  }
}
