package io.github.billet.render.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A build's sections are split once for the same posts, and again when the posts change. */
class SectionSplitsTest {

  private static final PostParser PARSER = PostParser.builder().build();

  private static Post post(String slug, String date, String tag) {
    Post parsed =
        PARSER.parse(
            "fr/blog/posts/" + slug + ".md",
            "---\ntitle: Billet "
                + slug
                + "\ndate: "
                + date
                + "\nlang: fr\ntags:\n  - "
                + tag
                + "\n---\n\nUn texte.\n");
    // In the loader, the folder's data file puts the posts in the blog's collection.
    return parsed.toBuilder().collections(List.of("posts")).build();
  }

  @Test
  void theSamePostsInANewListAreNotSplitAgainOtherPostsAre() {
    SiteSections sections = new SitePlan(SiteConfig.empty(), "posts", 10).sections();
    SectionSplits splits = new SectionSplits(sections);
    Post a = post("a", "2024-01-02", "outils");
    Post b = post("b", "2024-03-04", "communs");
    List<Post> posts = new ArrayList<>(List.of(a, b));

    List<SiteSections.Listed> first = splits.of(posts);
    assertThat(first).hasSize(1);
    assertThat(first.get(0).posts()).containsExactly(a, b);
    assertThat(splits.of(List.of(a, b))).isSameAs(first);

    // Changing the caller's list afterwards does not change what was split.
    posts.remove(b);
    assertThat(first.get(0).posts()).containsExactly(a, b);

    List<SiteSections.Listed> other = splits.of(List.of(b, a));
    assertThat(other).isNotSameAs(first);
    assertThat(other.get(0).posts()).containsExactly(b, a);
    assertThat(splits.of(List.of(a))).isNotSameAs(other);
    // An equal post that is another object is split again: a rebuild reparses what changed.
    Post aAgain = post("a", "2024-01-02", "outils");
    List<SiteSections.Listed> again = splits.of(List.of(aAgain));
    assertThat(again.get(0).posts()).containsExactly(aAgain);
    assertThat(
            again
                .get(0)
                .tags()
                .posts(
                    aAgain.language().orElseThrow(),
                    again.get(0).tags().tags(aAgain.language().orElseThrow()).get(0)))
        .containsExactly(aAgain);
    assertThat(sections.split(List.of(a, b)).get(0).posts())
        .containsExactlyElementsOf(first.get(0).posts());
  }
}
