package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code billet-spec.txt}, the spec of Billet's Markdown dialect in the
 * CommonMark spec's format, through the default parser and the body renderer: the output must equal
 * the example's HTML exactly.
 */
class BilletSpecTest {

  private static List<CommonMarkSpecTest.Example> examples() throws IOException {
    try (InputStream in = BilletSpecTest.class.getResourceAsStream("/billet-spec.txt")) {
      assertThat(in).as("billet-spec.txt on the test class path").isNotNull();
      return CommonMarkSpecTest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Renders an example's Markdown as the body of a French post published at /fr/blog/spec/. */
  static String render(String markdown) throws Exception {
    Post post =
        PostParser.builder()
            .build()
            .parse("fr/blog/posts/spec/index.md", "---\ntitle: Spec\n---\n" + markdown);
    BodyRenderer renderer = BodyRenderer.builder().policy(HtmlPolicy.PASS).build();
    return renderer
        .render(
            post.body(),
            new BodyContext("/fr/blog/spec/", post.source(), post.body().startLine())
                .withLanguage(Language.FRENCH))
        .html();
  }

  @Test
  void everyExampleOfTheDialectSpecPasses() throws Exception {
    List<CommonMarkSpecTest.Example> examples = examples();
    assertThat(examples).hasSize(19);
    assertThat(examples.stream().map(CommonMarkSpecTest.Example::section).distinct())
        .contains(
            "Headings",
            "Attribute blocks",
            "Containers",
            "Accordions",
            "Shortcodes",
            "Template code",
            "Footnotes");
    CommonMarkSpecTest.assertEveryExamplePasses(examples, BilletSpecTest::render);
  }
}
