package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.examples.bench.WarmParseRender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmParseRenderTest {

  private static void post(Path corpus, String lang, String slug, String text) throws Exception {
    Path dir = corpus.resolve(lang).resolve("blog/posts").resolve(slug);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("index.md"), text, StandardCharsets.UTF_8);
  }

  @Test
  void twoPassesWriteEveryPostPageUnderItsPassFolder(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    post(
        corpus,
        "fr",
        "pain-et-fromage",
        """
        ---
        title: "Pain & fromage <du terroir>"
        date: 2024-03-05
        tags: [cuisine]
        ---

        Un billet **court** sur le pain.

        | Pain | Fromage |
        | ---- | ------- |
        | seigle | comté |
        """);
    post(
        corpus,
        "en",
        "bread-and-cheese",
        """
        ---
        title: "Bread & cheese <from the farm>"
        date: 2024-03-06
        ---

        A *short* post about bread.
        """);
    // Not a post: only {lang}/blog/posts/{slug}/index.md is read.
    Files.writeString(corpus.resolve("fr/blog/index.md"), "---\ntitle: Blog\n---\n");

    Path out = dir.resolve("out");
    List<WarmParseRender.Pass> seen = new ArrayList<>();
    List<WarmParseRender.Pass> passes = WarmParseRender.run(corpus, out, 2, false, seen::add);

    assertThat(passes).hasSize(2).isEqualTo(seen);
    for (int i = 1; i <= 2; i++) {
      WarmParseRender.Pass pass = passes.get(i - 1);
      assertThat(pass.pass()).isEqualTo(i);
      assertThat(pass.files()).isEqualTo(2);
      assertThat(pass.parseRenderNanos()).isPositive();
      assertThat(pass.line())
          .startsWith("pass " + i + "/2: files=2 loop_ms=")
          .contains(" parse_render_ms=", " out_bytes=" + pass.outBytes(), " posts_per_s=")
          .contains(" loop_posts_per_s=")
          .doesNotContain("parallel");
      Path fr = out.resolve("pass-" + i).resolve("fr/blog/pain-et-fromage/index.html");
      Path en = out.resolve("pass-" + i).resolve("en/blog/bread-and-cheese/index.html");
      String frHtml = Files.readString(fr, StandardCharsets.UTF_8);
      String enHtml = Files.readString(en, StandardCharsets.UTF_8);
      assertThat(frHtml)
          .contains("<h1>Pain &amp; fromage &lt;du terroir&gt;</h1>")
          .contains("<strong>court</strong>")
          .contains("comté")
          .doesNotContain("<du terroir>");
      assertThat(enHtml)
          .contains("<h1>Bread &amp; cheese &lt;from the farm&gt;</h1>")
          .doesNotContain("<from the farm>");
      assertThat(pass.outBytes()).isEqualTo(Files.size(fr) + Files.size(en));
    }
    assertThat(out.resolve("pass-1/fr/blog/index.html")).doesNotExist();
    assertThat(out.resolve("fr")).doesNotExist();
  }

  @Test
  void onePassInParallelWritesStraightIntoTheOutputFolder(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    post(corpus, "fr", "seul", "---\ntitle: Seul\ndate: 2024-01-01\n---\nTexte.\n");
    Path out = dir.resolve("out");
    List<WarmParseRender.Pass> passes = WarmParseRender.run(corpus, out, 1, true, p -> {});
    assertThat(passes).singleElement().extracting(WarmParseRender.Pass::files).isEqualTo(1);
    assertThat(passes.get(0).line()).endsWith(" (parallel, summed over threads)");
    assertThat(out.resolve("fr/blog/seul/index.html")).exists();
  }
}
