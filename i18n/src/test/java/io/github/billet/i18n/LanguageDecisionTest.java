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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a post's language is decided: front matter, then folder, then the text. */
class LanguageDecisionTest {

  private static String text(String code) {
    return code.equals("en") ? Fixture.ENGLISH_TEXT : Fixture.FRENCH_TEXT;
  }

  private static String under(String folder, String slug) {
    return folder.equals("fr") ? fr(slug) : en(slug);
  }

  @ParameterizedTest
  @CsvSource({"fr, en, fr", "fr, en, en", "en, fr, fr", "en, fr, en"})
  void frontMatterLangWinsOverFolderAndText(String folder, String lang, String textLang) {
    Post p = post(under(folder, "a"), "title: T\ndate: 2024-03-26\nlang: " + lang, text(textLang));
    PairedCorpus corpus = pair(p);
    assertThat(corpus.posts().get(0).language()).contains(Language.of(lang));
    assertThat(corpus.report()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"fr, fr", "en, en"})
  void folderLanguageKeptWhenTheTextAgrees(String folder, String textLang) {
    PairedCorpus corpus = pair(post(under(folder, "a"), "", textLang.equals("en")));
    assertThat(corpus.posts().get(0).language()).contains(Language.of(folder));
    assertThat(corpus.report()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"fr, Hello and welcome to the blog.", "en, Bonjour et bienvenue sur le blog."})
  void folderLanguageKeptWhenTheTextIsTooShortToTell(String folder, String body) {
    PairedCorpus corpus = pair(post(under(folder, "a"), "title: T\ndate: 2024-03-26\n", body));
    assertThat(corpus.posts().get(0).language()).contains(Language.of(folder));
    assertThat(corpus.report()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"fr, en", "en, fr"})
  void longTextInTheOtherLanguageOverridesTheFolderWithAWarning(String folder, String textLang) {
    Post p = post(under(folder, "a"), "", textLang.equals("en"));
    PairedCorpus corpus = pair(p);
    Post decided = corpus.posts().get(0);
    assertThat(decided.language()).contains(Language.of(textLang));
    assertThat(decided.url()).contains("/" + folder + "/blog/a/");
    assertThat(corpus.report()).hasSize(1);
    Problem w = corpus.report().get(0);
    assertThat(w.code()).isEqualTo("lang.detected");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.file()).isEqualTo(p.source());
    assertThat(w.line()).isEqualTo(1);
    assertThat(w.column()).isEqualTo(1);
    assertThat(w.message())
        .startsWith("the folder says " + folder + " but the text is " + textLang + " (confidence ")
        .endsWith("); the post is taken as " + textLang + " and keeps its URL");
    assertThat(w.hint())
        .isEqualTo(
            "add 'lang: "
                + textLang
                + "' to its front matter to say so, or move it under "
                + textLang
                + "/");
  }

  @ParameterizedTest
  @CsvSource({"en", "fr"})
  void noFolderLanguageNorFrontMatterTakesTheDetectedOne(String textLang) {
    Post p = post("misc/a.md", "title: T\ndate: 2024-03-26\n", text(textLang));
    assertThat(p.language()).isEmpty();
    PairedCorpus corpus = pair(p);
    assertThat(corpus.posts().get(0).language()).contains(Language.of(textLang));
    assertThat(corpus.posts().get(0).url()).contains("/misc/a/");
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void noLanguageAnywhereAndTooShortIsUnknown() {
    Post p = post("misc/a.md", "title: T\ndate: 2024-03-26\n", "Hello and welcome to our blog.\n");
    PairedCorpus corpus = pair(p);
    assertThat(corpus.posts().get(0).language()).isEmpty();
    Problem w = Fixture.only(corpus, "lang.unknown");
    assertThat(corpus.report()).containsExactly(w);
    assertThat(w.file()).isEqualTo("misc/a.md");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.line()).isZero();
    assertThat(w.column()).isZero();
    assertThat(w.message())
        .startsWith(
            "the post's language is unknown: no 'lang' in its front matter or its folder's rule,"
                + " and the text does not tell (")
        .contains("too short");
    assertThat(w.hint()).isEqualTo("add 'lang: fr' or 'lang: en' to its front matter");
  }

  @Test
  void unpublishedPostsAreNotDetected() {
    Post p = post(fr("a"), "title: T\ndate: 2024-03-26\npermalink: false\n", Fixture.ENGLISH_TEXT);
    PairedCorpus corpus = pair(p);
    assertThat(corpus.posts().get(0).language()).contains(Language.FRENCH);
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void detectionOffKeepsFolderLanguages() {
    Post inFr = post(fr("a"), "", true);
    Post inEn = post(en("b"), "", false);
    PairedCorpus corpus =
        Fixture.pairing().detectLanguages(false).build().pair(List.of(inFr, inEn));
    assertThat(corpus.posts())
        .extracting(p -> p.language().orElseThrow())
        .containsExactly(Language.FRENCH, Language.ENGLISH);
    assertThat(corpus.report()).isEmpty();
  }

  @Test
  void detectionOffStillReportsAPublishedPostWithoutLanguage() {
    Post p = post("misc/a.md", "title: T\ndate: 2024-03-26\n", Fixture.ENGLISH_TEXT);
    PairedCorpus corpus = Fixture.pairing().detectLanguages(false).build().pair(List.of(p));
    assertThat(corpus.posts().get(0).language()).isEmpty();
    Problem w = Fixture.only(corpus, "lang.unknown");
    assertThat(w.message()).contains("language detection is off");
  }

  @Test
  void detectedLanguageIsWhatPairingUses() {
    // an English post filed under fr/ links to its French original: not "same language"
    Post english = post(fr("b"), "*Lire la [version française](/fr/blog/a/).*", true);
    Post french = post(fr("a"), "*Read the [English version](/fr/blog/b/).*", false);
    PairedCorpus corpus = pair(english, french);
    Post a = corpus.post(fr("a")).orElseThrow();
    Post b = corpus.post(fr("b")).orElseThrow();
    assertThat(corpus.index().translation(a, Language.ENGLISH)).contains(b);
    assertThat(Fixture.codes(corpus)).containsExactly(fr("b") + " lang.detected");
  }

  @Test
  void linkToAPostOfUnknownLanguageDoesNotFail() {
    Post unknown = post("misc/a.md", "title: T\ndate: 2024-03-26\n", "Hello.\n");
    Post french = post(fr("b"), "*Read the [English version](/misc/a/).*", false);
    PairedCorpus corpus = pair(unknown, french);
    assertThat(corpus.index().pairs()).isEmpty();
    // the target's lang.unknown says what to fix; the link is neither broken nor a pair
    assertThat(Fixture.codes(corpus)).containsExactly("misc/a.md lang.unknown");
  }
}
