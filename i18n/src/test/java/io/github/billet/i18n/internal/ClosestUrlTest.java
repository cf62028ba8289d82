package io.github.billet.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestUrlTest {

  @Test
  void noCandidateGivesNothing() {
    assertThat(ClosestUrl.to("/fr/blog/a/", List.of())).isEmpty();
  }

  @Test
  void closestByEditDistance() {
    assertThat(ClosestUrl.to("/fr/blog/helo/", List.of("/en/blog/x/", "/fr/blog/hello/", "/")))
        .contains("/fr/blog/hello/");
    assertThat(ClosestUrl.to("/fr/blog/a/", List.of("/fr/blog/a/"))).contains("/fr/blog/a/");
    assertThat(ClosestUrl.to("", List.of("/a/", "/"))).contains("/");
  }

  @Test
  void tiesGoToTheSmallestUrlWhateverTheOrder() {
    List<String> ties = List.of("/fr/blog/b/", "/fr/blog/c/", "/fr/blog/a/");
    assertThat(ClosestUrl.to("/fr/blog/x/", ties)).contains("/fr/blog/a/");
    assertThat(ClosestUrl.to("/fr/blog/x/", List.of("/fr/blog/c/", "/fr/blog/a/", "/fr/blog/b/")))
        .contains("/fr/blog/a/");
  }

  @Test
  void distanceIsLevenshteinUpToTheBound() {
    assertThat(ClosestUrl.distance("kitten", "sitting", 100)).isEqualTo(3);
    assertThat(ClosestUrl.distance("", "abc", 100)).isEqualTo(3);
    assertThat(ClosestUrl.distance("abc", "", 100)).isEqualTo(3);
    assertThat(ClosestUrl.distance("same", "same", 1)).isZero();
    assertThat(ClosestUrl.distance("kitten", "sitting", 2)).isEqualTo(2);
    assertThat(ClosestUrl.distance("abcdef", "uvwxyz", 3)).isEqualTo(3);
    assertThat(ClosestUrl.distance("kitten", "sitting", 3)).isEqualTo(3);
  }
}
