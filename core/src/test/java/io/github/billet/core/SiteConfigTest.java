package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

  @Test
  void titlesKeepTheOrderTheyWereGivenIn() throws Exception {
    // Eight titles: an unordered map would give this order by chance once in 40,320 runs.
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            """
            title: {it: Uno, de: Zwei, fr: Trois, es: Cuatro, en: Five, nl: Zes, pt: Sete, pl: Osiem}
            languages: [fr, en]
            """);

    assertThat(config.titles().keySet())
        .containsExactly("it", "de", "fr", "es", "en", "nl", "pt", "pl");
    assertThat(config.title(Language.of("de"))).contains("Zwei");
  }

  @Test
  void anInvalidLanguageTagInARuleIsRefusedAtItsLine() {
    SiteConfigException e =
        assertThrows(
            SiteConfigException.class,
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    """
                    languages: [fr, en]
                    rules:
                      - match: "fr/**"
                        lang: xx-yy-zz-!!
                    """));
    assertThat(e.problems()).extracting(Problem::code).containsExactly("config.lang");
    Problem p = e.problems().get(0);
    assertThat(p.isError()).isTrue();
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("xx-yy-zz-!!");
  }

  @Test
  void anInvalidLanguageTagInTheLanguagesIsRefusedAtItsLine() {
    SiteConfigException e =
        assertThrows(
            SiteConfigException.class,
            () -> SiteConfig.parse("site.yaml", "title: {fr: Site}\nlanguages: [fr, 'en-!!']\n"));
    assertThat(e.problems()).extracting(Problem::code).containsExactly("config.lang");
    assertThat(e.problems().get(0).line()).isEqualTo(2);
  }

  @Test
  void aYamlErrorSaysSiteConfigurationNotFrontMatter() {
    SiteConfigException e =
        assertThrows(
            SiteConfigException.class,
            () -> SiteConfig.parse("site.yaml", "title: \"Site\nlanguages: [fr\n"));
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.message() + " " + p.hint())
          .contains("site configuration")
          .doesNotContain("front matter");
    }
  }

  @Test
  void titlesGivenToTheBuilderKeepTheirOrder() {
    SiteConfig config =
        SiteConfig.builder()
            .title(Language.ENGLISH, "The blog")
            .title(Language.FRENCH, "Le blog")
            .title(Language.of("it"), "Il blog")
            .build();

    assertThat(config.titles().keySet()).containsExactly("en", "fr", "it");
  }

  @Test
  void filesMatchedByTheSameRulesGetTheSameDefaultsAndOthersTheirOwn() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            """
            languages: [fr, en]
            rules:
              - match: "fr/**"
                lang: fr
              - match: "*/blog/**"
                tags: [posts]
                url: "/{lang}/blog/{slug}/"
                defaults: {layout: post}
            """);

    FolderDefaults first = config.defaultsFor("fr/blog/a/index.md");
    FolderDefaults second = config.defaultsFor("fr/blog/b/index.md");
    assertThat(second).isEqualTo(first);
    assertThat(first.language()).contains(Language.FRENCH);
    assertThat(first.tags()).containsExactly("posts");
    assertThat(first.frontMatter().asMap()).containsEntry("layout", "post");

    // The same rules match these two, and none gives a language: each takes its first folder's.
    assertThat(config.defaultsFor("de/blog/x.md").language()).contains(Language.of("de"));
    assertThat(config.defaultsFor("it/blog/x.md").language()).contains(Language.of("it"));
    assertThat(config.defaultsFor("docs/blog/x.md").language()).isEmpty();
    // A file under fr/ outside the blog: the first rule only.
    FolderDefaults page = config.defaultsFor("fr/about.md");
    assertThat(page.language()).contains(Language.FRENCH);
    assertThat(page.tags()).isEmpty();
    assertThat(page.frontMatter().asMap()).isEmpty();
  }

  @Test
  void moreRulesThanTheCacheCountsAreStillAllApplied() {
    SiteConfig.Builder builder = SiteConfig.builder();
    for (int i = 0; i < 70; i++) {
      builder.rule(
          new FolderRule(
              "blog/**",
              Optional.empty(),
              List.of("t" + i),
              List.of(),
              FrontMatter.of(Map.of()),
              Optional.empty()));
    }
    SiteConfig config = builder.build();

    assertThat(config.defaultsFor("blog/x.md").tags()).hasSize(70).startsWith("t0").endsWith("t69");
    assertThat(config.defaultsFor("other/x.md").tags()).isEmpty();
  }
}
