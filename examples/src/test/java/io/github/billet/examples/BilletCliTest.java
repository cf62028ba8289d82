package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilletCliTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void withoutArgumentsBuildsTheSampleSiteWithItsOneDeliberateWarning() {
    CliRun run = run();
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.lines())
        .filteredOn(l -> l.contains(": warning: ") || l.contains(": error: "))
        .singleElement()
        .asString()
        .endsWith(
            "en/blog/posts/writing-for-the-workshop-blog.md:1:1: warning: date.missing: the post"
                + " has no date, so it cannot be placed in listings and feeds (add 'date:"
                + " YYYY-MM-DD' to the front matter)");
    assertThat(run.lines().get(run.lines().size() - 2))
        .startsWith("build: 12 posts (en 6, fr 6), 5 translation pairs, 37 pages, ")
        .contains("0 errors, 1 warnings");
    // Then how to view it: the sample's own folders, served.
    Path sample = SampleSite.besideJar().resolve("sample");
    assertThat(run.lines().get(run.lines().size() - 1))
        .isEqualTo(
            "view it: java -jar "
                + SampleSite.besideJar().resolve("billet-examples.jar")
                + " serve "
                + sample.resolve("content")
                + " --config "
                + sample.resolve("site.yaml")
                + ", then open http://127.0.0.1:8080/");
    Path site = SampleSite.besideJar().resolve("site");
    assertThat(site.resolve("fr/blog/passerelle-2-0-est-disponible/index.html")).exists();
    assertThat(site.resolve("fr/blog/passerelle-2-0-est-disponible/cover.svg")).exists();
    assertThat(site.resolve("404.html")).exists();
    assertThat(site.resolve("problems.json")).exists();
  }

  @Test
  void summarySecondsAreRoundedAsTheFormatterRoundsThem() {
    // The summary appends its seconds by hand; they must read as String.format's %.2f did.
    for (long millis = 0; millis <= 200_000; millis++) {
      assertThat(BilletCli.seconds(millis))
          .as("%d ms", millis)
          .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0));
    }
  }

  private static Path tree(Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Files.writeString(
        content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nUn bon billet.\n");
    Files.writeString(content.resolve("fr/a.md"), "---\ntitle: [a]\n---\n");
    Files.writeString(content.resolve("fr/b.md"), "---\ntitle: B\ndate: 2024-13-01\n---\n");
    return content;
  }

  @Test
  void buildWithErrorsWritesGoodPagesAndExitsOne(@TempDir Path dir) throws Exception {
    Path content = tree(dir);
    CliRun run =
        run(
            "build",
            content.toString(),
            dir.resolve("out").toString(),
            "--base-url",
            "https://example.gouv.fr");
    assertThat(run.status()).isEqualTo(1);
    List<String> problems = run.lines().stream().filter(l -> l.contains(": error: ")).toList();
    assertThat(problems)
        .containsExactly(
            content.resolve("fr/a.md")
                + ":2:1: error: field.type: 'title' must be text, found a"
                + " list (write it on one line: 'title: \"...\"')",
            content.resolve("fr/a.md")
                + ":2:1: error: title.missing: the post has no title (add"
                + " 'title: \"...\"' to the front matter, or 'permalink: false' if the file is not"
                + " a page)",
            content.resolve("fr/b.md")
                + ":3:1: error: date.invalid: '2024-13-01' is not a calendar"
                + " date (write the date as YYYY-MM-DD, such as 2024-03-26, or as an ISO date-time"
                + " with an offset, such as 2024-03-26T10:00:00+01:00)");
    assertThat(dir.resolve("out/fr/bon/index.html")).exists();
    assertThat(run.lines().get(run.lines().size() - 1)).contains("3 errors");
  }

  @Test
  void watchRebuildsWhatChangedUntilStopped(@TempDir Path dir) throws Exception {
    Path content = tree(dir);
    Path out = dir.resolve("out");
    int[] looks = {0};
    CliRun run =
        CliRun.watching(
            () -> {
              try {
                switch (++looks[0]) {
                  case 1 -> {
                    // The broken post is mended: a rebuild follows.
                    Files.writeString(
                        content.resolve("fr/a.md"),
                        "---\ntitle: A\ndate: 2024-02-01\n---\nRéparé.\n");
                    Files.setLastModifiedTime(
                        content.resolve("fr/a.md"),
                        java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
                    return true;
                  }
                  case 2 -> {
                    return true; // nothing changed: no rebuild
                  }
                  default -> {
                    return false;
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            "watch",
            content.toString(),
            out.toString(),
            "--base-url",
            "https://example.gouv.fr");
    assertThat(run.status()).isZero();
    List<String> lines = run.lines();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("build: "))
        .singleElement()
        .asString()
        .contains("3 errors");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("rebuild: "))
        .singleElement()
        .asString()
        .contains("1 errors")
        .contains("unchanged");
    assertThat(out.resolve("fr/a/index.html")).content().contains("Réparé.");
  }

  @Test
  void anEmptyContentFolderIsRefusedUnlessAllowedAndAMostlyEmptiedSiteIsShoutedAbout(
      @TempDir Path dir) throws Exception {
    Path content = tree(dir);
    Path out = dir.resolve("out");
    run("build", content.toString(), out.toString(), "--base-url", "https://example.gouv.fr");
    String page = Files.readString(out.resolve("fr/bon/index.html"));
    Path empty = Files.createDirectories(dir.resolve("vide/fr"));
    CliRun refused = run("build", empty.getParent().toString(), out.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out())
        .contains("error: build.no-posts: the content folder has no post to publish")
        .contains("--allow-empty")
        .contains("nothing written, the output keeps its last complete site");
    assertThat(out.resolve("fr/bon/index.html")).hasContent(page);

    CliRun allowed = run("build", empty.getParent().toString(), out.toString(), "--allow-empty");
    assertThat(allowed.status()).as(allowed.out()).isZero();
    assertThat(out.resolve("fr/bon/index.html")).doesNotExist();
    assertThat(allowed.err())
        .containsPattern("billet: WARNING: this build removes \\d+ of the \\d+ pages");
  }

  /** A folder of the content that is a symbolic link: an edit inside it is seen, and rebuilt. */
  @Test
  void watchSeesEditsInsideALinkedFolder(@TempDir Path dir) throws Exception {
    Path content = tree(dir);
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(shared.resolve("c.md"), "---\ntitle: C\ndate: 2024-03-01\n---\nPremier.\n");
    Files.createSymbolicLink(content.resolve("fr/linked"), shared);
    int[] looks = {0};
    CliRun run =
        CliRun.watching(
            () -> {
              if (++looks[0] == 1) {
                try {
                  Files.writeString(
                      shared.resolve("c.md"),
                      "---\ntitle: C\ndate: 2024-03-01\n---\nSecond, plus long.\n");
                  Files.setLastModifiedTime(
                      shared.resolve("c.md"),
                      java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                return true;
              }
              return false;
            },
            "watch",
            content.toString(),
            dir.resolve("out").toString());
    assertThat(run.status()).isZero();
    assertThat(run.lines()).filteredOn(l -> l.startsWith("rebuild: ")).hasSize(1);
  }

  @Test
  void checkWritesNothing(@TempDir Path dir) throws Exception {
    Path content = tree(dir);
    CliRun run = run("check", content.toString(), "--base-url", "https://example.gouv.fr");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines().get(run.lines().size() - 1))
        .startsWith("check: ")
        .contains("nothing written");
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("content");
    }
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    assertThat(run("frobnicate").status()).isEqualTo(2);
    assertThat(run("build", "only-one").status()).isEqualTo(2);
    assertThat(run("check", "x", "--base-url", "not-a-url").status()).isEqualTo(2);
    assertThat(run("check", "x", "--drafts").status()).isEqualTo(2);
    assertThat(run("build", "a", "b", "--colour").err()).contains("unknown option '--colour'");
    assertThat(run("--help").status()).isZero();
    assertThat(run("--help").out()).contains("build <content-dir> <out-dir>");
  }

  @Test
  void invalidConfigurationExitsTwoWithItsProblems(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("site.yaml");
    Files.writeString(config, "rules:\n  - lang: fr\n");
    CliRun run = run("check", dir.toString(), "--config", config.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains(config + ":2:5: error: config.rule-match");
  }
}
