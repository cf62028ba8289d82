package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SiteConfigSectionsTest {

  private static final String TWO =
      """
      languages: [fr, en]
      sections:
        - id: blog
          collection: posts
          url: "/{lang}/blog/"
          title: {fr: "Le blog", en: "The blog"}
        - id: bluehats
          match: ["fr/bluehats/{webinaires,rencontres,gazettes}/**"]
          url: "/{lang}/bluehats/"
          title: {fr: "BlueHats"}
          pageSize: 12
          feed: false
      """;

  private static Post post(String source, String... collections) {
    return PostParser.builder()
        .build()
        .parse(
            source, "---\ntitle: X\ntags: [" + String.join(", ", collections) + "]\n---\nText.\n");
  }

  @Test
  void sectionsAreReadInOrderWithTheirDefaults() throws Exception {
    SiteConfig config = SiteConfig.parse("site.yaml", TWO);

    assertThat(config.problems()).isEmpty();
    List<Section> sections = config.sections();
    assertThat(sections).extracting(Section::id).containsExactly("blog", "bluehats");
    Section blog = sections.get(0);
    assertThat(blog.collection()).contains("posts");
    assertThat(blog.tagsUrl()).isEqualTo("/{lang}/blog/tags/{tag}/");
    assertThat(blog.pageSize()).isEmpty();
    assertThat(blog.feed()).isTrue();
    assertThat(blog.title(Language.ENGLISH)).contains("The blog");
    Section bluehats = sections.get(1);
    assertThat(bluehats.url(Language.FRENCH)).isEqualTo("/fr/bluehats/");
    assertThat(bluehats.pageSize()).hasValue(12);
    assertThat(bluehats.feed()).isFalse();
    assertThat(bluehats.title(Language.ENGLISH)).isEmpty();
    assertThat(config.withBaseUrl("https://example.gouv.fr").sections()).isEqualTo(sections);
  }

  @Test
  void aSectionHoldsPostsByFolderGlobOrByCollection() throws Exception {
    List<Section> sections = SiteConfig.parse("site.yaml", TWO).sections();

    assertThat(sections.get(0).holds().test(post("fr/blog/posts/a.md", "posts"))).isTrue();
    assertThat(sections.get(0).holds().test(post("fr/bluehats/webinaires/a.md"))).isFalse();
    assertThat(sections.get(1).holds().test(post("fr/bluehats/webinaires/a.md"))).isTrue();
    assertThat(sections.get(1).holds().test(post("fr/bluehats/gazettes/2024/b.md"))).isTrue();
    assertThat(sections.get(1).holds().test(post("fr/bluehats/echange.md"))).isFalse();
    Section folder =
        new Section(
            "doc",
            List.of("fr/documentation"),
            Optional.empty(),
            "/{lang}/doc/",
            "/{lang}/doc/t/{tag}/",
            Map.of(),
            OptionalInt.empty(),
            true);
    assertThat(folder.holds().test(post("fr/documentation/a/b.md"))).isTrue();
    assertThat(folder.holds().test(post("fr/documents/a.md"))).isFalse();
  }

  @Test
  void badEntriesAreLocatedProblemsAllAtOnce() {
    String yaml =
        """
        languages: [fr, en]
        sections:
          - id: blog
            collection: posts
            url: "/{lang}/blog/"
            size: 3
          - id: other
            collection: other_posts
            url: "/{lang}/blog/"
          - id: tagged
            collection: t
            url: "/{lang}/t/"
            tagsUrl: "/{lang}/t/tags/"
          - id: paged
            collection: p
            url: "/{lang}/p/"
            pageSize: 0
          - id: nothing
            url: "/{lang}/n/"
          - url: "/blog2/"
            collection: x
          - just a string
        """;
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", yaml))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::line)
                    .containsExactly(
                        tuple("config.unknown-key", 6),
                        tuple("config.section-overlap", 7),
                        tuple("config.section-url", 13),
                        tuple("config.section-page-size", 17),
                        tuple("config.section", 18),
                        tuple("config.section", 20),
                        tuple("config.section-url", 20),
                        tuple("config.type", 22)));
  }

  @Test
  void overlapsAreRefusedWithWhatClashes() {
    Section blog = section("blog", "/{lang}/blog/", "/{lang}/blog/tags/{tag}/");

    assertThat(Section.overlap(blog, section("a", "/{lang}/blog/tags/news/", "/{lang}/a/{tag}/")))
        .hasValueSatisfying(m -> assertThat(m).contains("lies among the tag pages"));
    assertThat(Section.overlap(blog, section("b", "/{lang}/blog/page-2/", "/{lang}/b/{tag}/")))
        .hasValueSatisfying(m -> assertThat(m).contains("later page or the feed"));
    assertThat(Section.overlap(blog, section("c", "/{lang}/c/", "/{lang}/blog/tags/{tag}/")))
        .hasValueSatisfying(m -> assertThat(m).contains("the same 'tagsUrl'"));
    assertThat(Section.overlap(blog, section("d", "/{lang}/blog/d/", "/{lang}/blog/d/{tag}/")))
        .isEmpty();
    assertThatThrownBy(() -> SiteConfig.builder().section(blog).section(blog))
        .hasMessageContaining("two sections are named 'blog'");
  }

  private static Section section(String id, String url, String tagsUrl) {
    return new Section(
        id, List.of(), Optional.of(id), url, tagsUrl, Map.of(), OptionalInt.empty(), true);
  }
}
