package io.github.billet.render.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.TocEntry;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rendered bodies kept for a build: in memory within the budget, in a spill file beyond it. */
class BodyStoreTest {

  private static RenderedBody body(int i) {
    return new RenderedBody(
        "<p>Été n°" + i + " — « ok » 🚀</p>\n",
        List.of(new TocEntry(2, "h" + i, "Titre " + i)),
        i % 2 == 0 ? List.of() : List.of(Problem.warning("p" + i + ".md", 3, 1, "x.y", "m", "h")));
  }

  @Test
  void bodiesOverTheBudgetAreSpilledAndReadBackIdentical() {
    try (BodyStore store = new BodyStore(100)) {
      // Written from several threads at once, like the loader does.
      IntStream.range(0, 200).parallel().forEach(i -> store.put("p" + i + ".md", body(i)));
      assertThat(store.spilled()).isBetween(190L, 200L);
      for (int i = 0; i < 200; i++) {
        assertThat(store.get("p" + i + ".md")).isEqualTo(body(i));
      }
      assertThat(store.get("missing.md")).isNull();
    }
  }

  @Test
  void bodiesWithinTheBudgetStayInMemory() {
    try (BodyStore store = new BodyStore(Long.MAX_VALUE / 4)) {
      store.put("a.md", body(1));
      assertThat(store.spilled()).isZero();
      assertThat(store.get("a.md")).isEqualTo(body(1));
    }
  }
}
