package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Parse failures are unchecked and carry their problems, so they fit in lambdas and streams. */
class UncheckedExceptionsTest {

  @Test
  void parseAsWrittenWorksInAStreamAndThrowsItsProblems() {
    // Compiles only while parse(String, String) throws nothing checked.
    Function<String, Post> parse = text -> PostParser.builder().build().parse("a.md", text);

    List<Post> posts =
        List.of("---\ntitle: Un\n---\nCorps.\n", "---\ntitle: Deux\n---\nAutre.\n").stream()
            .map(parse)
            .toList();
    assertThat(posts).extracting(Post::title).containsExactly("Un", "Deux");

    assertThatThrownBy(() -> parse.apply("---\ntitle: Jamais fermé\nCorps.\n"))
        .isInstanceOf(RuntimeException.class)
        .isInstanceOfSatisfying(
            PostParseException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::code)
                  .containsExactly("front-matter.unclosed");
              assertThat(e.problem().line()).isEqualTo(1);
            });
  }

  @Test
  void siteConfigErrorsAreUncheckedAndCarryTheirProblems() {
    Function<String, SiteConfig> read = yaml -> SiteConfig.parse("site.yaml", yaml);

    assertThat(read.apply("languages: [fr, en]\n").languages()).hasSize(2);
    assertThatThrownBy(() -> read.apply("languages: [fr, 'en-!!']\n"))
        .isInstanceOf(RuntimeException.class)
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems()).extracting(Problem::code).containsExactly("config.lang");
              assertThat(e.problems().get(0).line()).isEqualTo(1);
            });
  }
}
