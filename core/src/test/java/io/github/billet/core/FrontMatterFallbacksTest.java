package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** What a post gets when its front matter lacks something, and the hints for common mistakes. */
class FrontMatterFallbacksTest {

  private final PostParser parser = PostParser.builder().build();

  @Test
  void frontMatterWithoutTitleTakesTheFirstHeadingWithAWarning() throws Exception {
    Post post =
        parser.parse(
            "fr/billet.md", "---\ndate: 2024-01-01\n---\n\nIntro.\n\n# Mon *titre*\n\nTexte.\n");
    assertThat(post.title()).isEqualTo("Mon titre");
    Problem problem =
        post.problems().stream()
            .filter(p -> p.code().equals("title.from-heading"))
            .findFirst()
            .orElseThrow();
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.message()).contains("line 7");
    assertThat(post.problems()).extracting(Problem::code).doesNotContain("title.missing");
  }

  @Test
  void blankTitleTakesTheFirstHeadingAndIsLocatedAtTheTitle() throws Exception {
    Post post =
        parser.parse("fr/billet.md", "---\ndate: 2024-01-01\ntitle: \"  \"\n---\n\n## Le titre\n");
    assertThat(post.title()).isEqualTo("Le titre");
    Problem problem =
        post.problems().stream()
            .filter(p -> p.code().equals("title.from-heading"))
            .findFirst()
            .orElseThrow();
    assertThat(problem.line()).isEqualTo(3);
  }

  @Test
  void titleOfTheWrongTypeIsReportedNotReplaced() throws Exception {
    Post post = parser.parse("fr/billet.md", "---\ntitle: [a, b]\n---\n\n# Titre\n");
    // Never empty: the file's name, not the heading, since the title given is reported as wrong.
    assertThat(post.title()).isEqualTo("billet");
    assertThat(post.problems())
        .extracting(Problem::code)
        .contains("field.type", "title.missing")
        .doesNotContain("title.from-heading");
  }

  @Test
  void tabIndentationGetsAHintThatSaysSo() {
    PostParseException e =
        catchThrowableOfType(
            PostParseException.class,
            () ->
                parser.parse(
                    "fr/billet.md",
                    "---\ntitle: Titre\nimage:\n\tpath: ./a.png\n\talt: Une image\n---\n\nTexte.\n"));
    assertThat(e).isNotNull();
    Problem problem = e.problems().get(0);
    assertThat(problem.hint())
        .contains("line 4")
        .contains("tabs are not allowed for indentation in YAML; use spaces");
  }

  @Test
  void singleLanguageSiteGivesEveryPostItsLanguage() throws Exception {
    SiteConfig config =
        SiteConfig.parse("site.yaml", "baseUrl: https://blog.example.org\nlanguages: [fr]\n");
    assertThat(config.defaultsFor("blog/posts/billet.md").language()).contains(Language.FRENCH);
    assertThat(config.defaultsFor("billet.md").language()).contains(Language.FRENCH);
    SiteConfig two =
        SiteConfig.parse("site.yaml", "baseUrl: https://blog.example.org\nlanguages: [fr, en]\n");
    assertThat(two.defaultsFor("blog/posts/billet.md").language()).isEmpty();
  }
}
