package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site in one language: every post is in it, and no language is guessed from the text. */
class SingleLanguageSiteTest {

  @Test
  void everyPostTakesTheSitesOnlyLanguageWithoutDetectionWarnings(@TempDir Path dir)
      throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("blog/posts"));
    Files.writeString(
        content.resolve("blog/posts/premier.md"),
        "---\ntitle: Premier\ndate: 2024-03-26\n---\n\nNous ouvrons ce blog aujourd'hui pour"
            + " parler de logiciels libres dans l'administration et de leurs usages.\n");
    // English words on a French site: a quoted speech, not a translation.
    Files.writeString(
        content.resolve("blog/posts/second.md"),
        "---\ntitle: Second\ndate: 2024-04-02\n---\n\nWe open this blog today to talk about free"
            + " software in public administrations, how it is used and shared by the teams.\n");
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            "title: {fr: \"Le blog\"}\nbaseUrl: https://example.gouv.fr\nlanguages: [fr]\n"
                + "rules:\n  - match: \"blog/posts/**\"\n    tags: [posts]\n"
                + "    url: \"/blog/{slug}/\"\n");
    BuildReport report =
        SiteBuild.builder().config(config).build().run(content, dir.resolve("site"));

    assertThat(report.problems()).extracting(Problem::code).noneMatch(c -> c.startsWith("lang."));
    assertThat(report.postsPerLanguage()).isEqualTo(Map.of("fr", 2));
    assertThat(Files.readString(dir.resolve("site/blog/second/index.html")))
        .contains("<html lang=\"fr\"");
  }
}
