package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.billet.core.internal.GitHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eleventy's date keywords: the file's times, or its commits' times. */
class DateKeywordsTest {

  private static String post(String date) {
    return "---\ntitle: Un billet\ndate: " + date + "\n---\n\nTexte.\n";
  }

  private static Path write(Path root, String source, String text) throws IOException {
    Path file = root.resolve(source);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void lastModifiedIsTheFilesTimeInUtc(@TempDir Path root) throws Exception {
    Path file = write(root, "fr/billet.md", post("Last Modified"));
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-05-06T23:30:00Z")));
    Post post = PostParser.builder().build().parse(file);
    assertThat(post.date()).contains(LocalDate.of(2023, 5, 6));
    assertThat(dateProblems(post)).isEmpty();
  }

  @Test
  void createdIsTheFilesCreationTime(@TempDir Path root) throws Exception {
    Path file = write(root, "fr/billet.md", post("Created"));
    LocalDate expected =
        LocalDate.ofInstant(
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                .creationTime()
                .toInstant(),
            java.time.ZoneOffset.UTC);
    Post post = PostParser.builder().build().parse(file);
    assertThat(post.date()).contains(expected);
  }

  @Test
  void aPostWithoutFileGetsALocatedProblemAndNoDate() throws Exception {
    Post post = PostParser.builder().build().parse("fr/billet.md", post("git Last Modified"));
    assertThat(post.date()).isEmpty();
    Problem problem = dateProblems(post).get(0);
    assertThat(problem.code()).isEqualTo("date.no-file");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.file()).isEqualTo("fr/billet.md");
  }

  @Test
  void gitDatesOutsideAWorkTreeAreTheFilesTimeWithAWarning(@TempDir Path root) throws Exception {
    assumeThat(gitWorks(root.getParent())).as("git is installed").isTrue();
    assumeThat(git(root, "rev-parse", "--is-inside-work-tree") == 0)
        .as("the temporary folder is not in a git work tree")
        .isFalse();
    Path file = write(root, "fr/billet.md", post("git Created"));
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2022-01-02T10:00:00Z")));
    ContentTree tree = ContentLoader.builder().build().load(root);
    Post post = tree.post("fr/billet.md").orElseThrow();
    assertThat(post.date()).isPresent();
    Problem problem = dateProblems(post).get(0);
    assertThat(problem.code()).isEqualTo("date.git-unavailable");
    assertThat(problem.severity()).isEqualTo(Severity.WARNING);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).contains("not in a git work tree");
  }

  @Test
  void gitDatesComeFromTheHistoryReadOnceForTheTree(@TempDir Path root) throws Exception {
    assumeThat(gitWorks(root)).as("git is installed").isTrue();
    assertThat(git(root, "init", "-q")).isZero();
    write(root, "fr/a.md", post("git Created"));
    write(root, "fr/b.md", post("git Last Modified"));
    commit(root, "2020-01-02T10:00:00Z");
    write(root, "fr/a.md", post("git Created") + "Plus.\n");
    write(root, "fr/b.md", post("git Last Modified") + "Plus.\n");
    commit(root, "2021-03-04T23:59:00Z");
    write(root, "fr/c.md", post("git Last Modified")); // never committed

    ContentTree tree = ContentLoader.builder().build().load(root);
    assertThat(tree.post("fr/a.md").orElseThrow().date()).contains(LocalDate.of(2020, 1, 2));
    assertThat(tree.post("fr/b.md").orElseThrow().date()).contains(LocalDate.of(2021, 3, 4));
    assertThat(dateProblems(tree.post("fr/a.md").orElseThrow())).isEmpty();
    Post uncommitted = tree.post("fr/c.md").orElseThrow();
    assertThat(uncommitted.date()).isPresent();
    assertThat(dateProblems(uncommitted))
        .extracting(Problem::code)
        .containsExactly("date.git-unavailable");
    assertThat(dateProblems(uncommitted).get(0).message()).contains("no commit");

    GitHistory history = GitHistory.of(root.resolve("fr"));
    assertThat(history.runs()).isZero();
    assertThat(history.times(root.resolve("fr/a.md")).orElseThrow().created())
        .isEqualTo(Instant.parse("2020-01-02T10:00:00Z"));
    assertThat(history.times(root.resolve("fr/b.md")).orElseThrow().lastModified())
        .isEqualTo(Instant.parse("2021-03-04T23:59:00Z"));
    assertThat(history.times(root.resolve("fr/c.md"))).isEmpty();
    assertThat(history.runs()).isEqualTo(1);
  }

  private static List<Problem> dateProblems(Post post) {
    return post.problems().stream().filter(p -> p.code().startsWith("date.")).toList();
  }

  private static void commit(Path root, String instant) throws Exception {
    String when = Instant.parse(instant).getEpochSecond() + " +0000";
    assertThat(git(root, "add", "-A")).isZero();
    assertThat(
            git(
                root,
                Map.of("GIT_AUTHOR_DATE", when, "GIT_COMMITTER_DATE", when),
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.org",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "-q",
                "-m",
                "x"))
        .isZero();
  }

  private static boolean gitWorks(Path dir) {
    try {
      return git(dir, "--version") == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int git(Path dir, String... args) throws IOException, InterruptedException {
    return git(dir, Map.of(), args);
  }

  private static int git(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
