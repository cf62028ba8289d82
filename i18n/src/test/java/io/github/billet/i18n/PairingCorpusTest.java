package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bilingual facts of the real code.gouv.fr corpus, as its README lists them. */
class PairingCorpusTest {

  private static final String OSOR_FR =
      "fr/blog/posts/guide-osor-sur-open-source-dans-administration-publique/index.md";
  private static final String OSOR_EN =
      "fr/blog/posts/osor-handbook-on-open-source-software-in-public-administration/index.md";
  private static final String LINAKER_FR =
      "fr/blog/posts/entretien-avec-johan-linaker-RISE-2024/index.md";
  private static final String LINAKER_EN =
      "fr/blog/posts/interview-with-johan-linaker-RISE-2024/index.md";

  private static PairedCorpus pair(List<Post> posts) {
    return TranslationPairing.builder().baseUrl("https://code.gouv.fr").build().pair(posts);
  }

  @Test
  void osorPairIsPairedBothWaysAndItsEnglishPostIsEnglish() throws Exception {
    PairedCorpus corpus = pair(Corpus.tree().posts());
    Post fr = corpus.post(OSOR_FR).orElseThrow();
    Post en = corpus.post(OSOR_EN).orElseThrow();
    assertThat(fr.language()).contains(Language.FRENCH);
    assertThat(en.language()).contains(Language.ENGLISH);
    assertThat(corpus.index().translation(fr, Language.ENGLISH)).contains(en);
    assertThat(corpus.index().translation(en, Language.FRENCH)).contains(fr);
    assertThat(corpus.index().method(fr, en)).contains(TranslationMethod.FIRST_LINE_LINK);
    assertThat(en.url())
        .contains("/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
    assertThat(corpus.problemsOf(OSOR_EN))
        .extracting(Problem::code)
        .containsExactly("lang.detected");
    assertThat(corpus.problemsOf(OSOR_FR)).isEmpty();
    assertThat(corpus.index().alternates(fr))
        .containsExactly(
            new Alternate(
                "en",
                "/fr/blog/osor-handbook-on-open-source-software-in-public-administration/",
                Optional.of(
                    "https://code.gouv.fr/fr/blog/"
                        + "osor-handbook-on-open-source-software-in-public-administration/")),
            new Alternate(
                "fr",
                "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/",
                Optional.of(
                    "https://code.gouv.fr/fr/blog/"
                        + "guide-osor-sur-open-source-dans-administration-publique/")),
            new Alternate(
                "x-default",
                "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/",
                Optional.of(
                    "https://code.gouv.fr/fr/blog/"
                        + "guide-osor-sur-open-source-dans-administration-publique/")));
  }

  @Test
  void englishPostsUnderTheFrenchFolderAreDetectedAndReported() throws Exception {
    PairedCorpus corpus = pair(Corpus.tree().posts());
    List<String> detected =
        corpus.report().stream()
            .filter(p -> p.code().equals("lang.detected"))
            .map(Problem::file)
            .toList();
    assertThat(detected).containsExactlyInAnyOrder(OSOR_EN, LINAKER_EN);
    Problem p = corpus.problemsOf(LINAKER_EN).get(0);
    assertThat(p.message()).contains("the folder says fr but the text is en");
    assertThat(p.hint()).contains("lang: en");
  }

  @Test
  void linakerPairIsSuggestedWithTheLinkToAdd() throws Exception {
    PairedCorpus corpus = pair(Corpus.tree().posts());
    Post fr = corpus.post(LINAKER_FR).orElseThrow();
    assertThat(corpus.index().isTranslated(fr)).isFalse();
    assertThat(corpus.problemsOf(LINAKER_FR))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("translation.unlinked");
              assertThat(p.message()).contains(LINAKER_EN).contains("report-rise.png");
              assertThat(p.hint())
                  .contains(
                      "*Read the [English version](/fr/blog/interview-with-johan-linaker-RISE-2024/).*");
            });
    assertThat(corpus.problemsOf(LINAKER_EN))
        .extracting(Problem::code)
        .containsExactly("lang.detected", "translation.unlinked");
  }

  @Test
  void englishActionPlanAndAboutPagesAreOneSidedWithTheFrenchPageToFix() throws Exception {
    PairedCorpus corpus = pair(Corpus.tree().posts());
    List<Problem> oneSided =
        corpus.report().stream().filter(p -> p.code().equals("translation.one-sided")).toList();
    assertThat(oneSided)
        .extracting(Problem::file)
        .containsExactlyInAnyOrder(
            "fr/action-plan-for-free-software-and-digital-commons/index.md", "fr/about/index.md");
    Problem plan =
        oneSided.stream().filter(p -> p.file().startsWith("fr/action")).findFirst().get();
    assertThat(plan.message())
        .contains("en/action-plan-for-free-software-and-digital-commons/index.md");
    assertThat(plan.hint())
        .contains(
            "*Read the [English version](/en/action-plan-for-free-software-and-digital-commons/).*");
    Post frPlan =
        corpus.post("fr/action-plan-for-free-software-and-digital-commons/index.md").orElseThrow();
    assertThat(corpus.index().switcherTarget(frPlan, Language.ENGLISH))
        .isEqualTo("/en/action-plan-for-free-software-and-digital-commons/");
  }

  @Test
  void publishedVariantsAbsoluteLinkToAMissingSlugIsBrokenAtItsLine() throws Exception {
    ContentTree tree = Corpus.tree();
    Path published =
        Corpus.root()
            .resolve("published/guide-osor-sur-open-source-dans-administration-publique.md");
    Post variant =
        PostParser.builder()
            .build()
            .parse(published, OSOR_FR, Corpus.config().defaultsFor(OSOR_FR));
    List<Post> posts = new ArrayList<>();
    for (Post p : tree.posts()) {
      posts.add(p.source().equals(OSOR_FR) ? variant : p);
    }
    PairedCorpus corpus = pair(posts);
    Problem broken =
        corpus.problemsOf(OSOR_FR).stream()
            .filter(p -> p.code().equals("translation.broken-link"))
            .findFirst()
            .orElseThrow();
    assertThat(broken.line()).isEqualTo(14);
    assertThat(broken.column()).isEqualTo(10);
    assertThat(broken.message())
        .contains("https://code.gouv.fr/fr/blog/open-source-software-in-public-administration/");
    assertThat(broken.hint())
        .contains("/fr/blog/osor-handbook-on-open-source-software-in-public-administration/");
  }

  @Test
  void untranslatedPostsHaveNoAlternatesAndSwitchToTheOtherBlogIndex() throws Exception {
    PairedCorpus corpus = pair(Corpus.tree().posts());
    Post webinar = corpus.post("fr/bluehats/webinaires/aboutcode.md").orElseThrow();
    assertThat(corpus.index().alternates(webinar)).isEmpty();
    assertThat(corpus.index().switcherTarget(webinar, Language.ENGLISH)).isEqualTo("/en/blog/");
  }

  @Test
  void pairingIsDeterministic() throws Exception {
    ContentTree tree = Corpus.tree();
    PairedCorpus a = pair(tree.posts());
    PairedCorpus b = pair(tree.posts());
    assertThat(a.report()).isEqualTo(b.report());
    assertThat(a.index().pairs())
        .extracting(p -> p.first().source() + "=" + p.second().source())
        .containsExactlyElementsOf(
            b.index().pairs().stream()
                .map(p -> p.first().source() + "=" + p.second().source())
                .toList());
  }
}
