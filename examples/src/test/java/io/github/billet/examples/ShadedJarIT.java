package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs on its own: every dependency is inside it. */
class ShadedJarIT {

  private record Result(int status, String out) {}

  private static Result java(Path dir, String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("billet.jar", "target/billet-examples.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    for (int i = 0; i < command.size(); i++) {
      command.set(i, command.get(i).replace("{jar}", jar.toAbsolutePath().toString()));
    }
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void theJarBuildsASiteFromTheCommandLine(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content/fr/blog/posts");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("bonjour.md"),
        "---\ntitle: Bonjour\ndate: 2024-03-26\ntags: [Communauté]\n---\n"
            + "Un billet avec un tableau.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    Result build =
        java(
            dir,
            "-jar",
            "{jar}",
            "build",
            "content",
            "out",
            "--base-url",
            "https://example.gouv.fr");
    assertThat(build.status()).as(build.out()).isZero();
    assertThat(build.out()).contains("build: 1 posts (fr 1)");
    assertThat(dir.resolve("out/fr/blog/posts/bonjour/index.html")).exists();
    assertThat(dir.resolve("out/feed/feed.xml")).exists();
  }

  @Test
  void theExamplesRunFromTheJar(@TempDir Path dir) throws Exception {
    Result check = java(dir, "-cp", "{jar}", "io.github.billet.examples.CheckTree");
    assertThat(check.status()).as(check.out()).isZero();
    assertThat(check.out()).contains("1  warning date.missing");
    Result render = java(dir, "-cp", "{jar}", "io.github.billet.examples.RenderOnePost");
    assertThat(render.out()).startsWith("<!DOCTYPE html>");
    Result help = java(dir, "-jar", "{jar}", "--help");
    assertThat(help.status()).isZero();
  }

  @Test
  void theLauncherBuildsWithAClassDataArchiveMadeOnTheFirstRun(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content/en/blog/posts");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("hello.md"), "---\ntitle: Hello\ndate: 2024-03-26\n---\nA short post.\n");
    Path launcher = Path.of("bin/billet").toAbsolutePath();
    Path jar = Path.of(System.getProperty("billet.jar", "target/billet-examples.jar"));
    for (int run = 1; run <= 2; run++) {
      ProcessBuilder builder =
          new ProcessBuilder("sh", launcher.toString(), "build", "content", "out-" + run)
              .directory(dir.toFile())
              .redirectErrorStream(true);
      builder.environment().put("BILLET_JAR", jar.toAbsolutePath().toString());
      builder.environment().put("BILLET_CDS", dir.resolve("billet.jsa").toString());
      builder
          .environment()
          .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(out).isZero();
      assertThat(out).contains("build: 1 posts (en 1)").doesNotContain("[warning]");
      assertThat(dir.resolve("out-" + run + "/en/blog/posts/hello/index.html")).exists();
      // The first run leaves the archive the second one maps.
      assertThat(dir.resolve("billet.jsa")).exists();
    }
  }

  @Test
  void theLauncherReadsNamesWithAccentsUnderTheCLocale(@TempDir Path dir) throws Exception {
    Path post = dir.resolve("content/fr/blog/posts/été/index.md");
    Files.createDirectories(post.getParent());
    Files.writeString(post, "---\ntitle: Été\ndate: 2024-07-01\n---\n![Un café](./café.svg)\n");
    Files.writeString(post.resolveSibling("café.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    Path jar = Path.of(System.getProperty("billet.jar", "target/billet-examples.jar"));
    ProcessBuilder builder =
        new ProcessBuilder("sh", Path.of("bin/billet").toAbsolutePath().toString(), "build")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.command().addAll(List.of("content", "out"));
    builder.environment().put("BILLET_JAR", jar.toAbsolutePath().toString());
    builder.environment().put("BILLET_CDS", dir.resolve("billet.jsa").toString());
    builder
        .environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder.environment().remove("LC_CTYPE");
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(dir.resolve("out/fr/blog/posts/été/index.html")).exists();
    assertThat(dir.resolve("out/fr/blog/posts/été/café.svg")).exists();
  }

  /** A JDK 25 or later: {@code -Dbillet.java25=/path/to/bin/java}, else one under /usr/lib/jvm. */
  private static Optional<Path> java25() throws IOException {
    String given = System.getProperty("billet.java25", "");
    if (!given.isEmpty()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> featureVersion(home) >= 25)
          .map(home -> home.resolve("bin/java"))
          .filter(Files::isExecutable)
          .sorted()
          .findFirst();
    }
  }

  private static int featureVersion(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String digits = line.substring(14).replaceAll("[^0-9].*", "");
          return digits.isEmpty() ? 0 : Integer.parseInt(digits);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private static Result launch(Path dir, Path javaBin, Path aot, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("sh", Path.of("bin/billet").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Path jar = Path.of(System.getProperty("billet.jar", "target/billet-examples.jar"));
    builder.environment().put("BILLET_JAR", jar.toAbsolutePath().toString());
    builder.environment().put("BILLET_AOT", aot.toString());
    builder.environment().put("JAVA", javaBin.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out);
  }

  @Test
  void onJava25TheLauncherRecordsAnAheadOfTimeCacheQuietly(@TempDir Path dir) throws Exception {
    Optional<Path> java25 = java25();
    assumeTrue(
        java25.isPresent(),
        "no JDK 25 or later under /usr/lib/jvm (or -Dbillet.java25); skipping the AOT cache test");
    Path content = dir.resolve("content/en/blog/posts");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("hello.md"), "---\ntitle: Hello\ndate: 2024-03-26\n---\nA short post.\n");
    Path aot = dir.resolve("billet.aot");
    // A failing first run keeps its exit status and leaves no cache: the next run records.
    Result failed = launch(dir, java25.get(), aot, "build", "missing", "out-0");
    assertThat(failed.status()).as(failed.out()).isEqualTo(1);
    assertThat(aot).doesNotExist();
    assertThat(dir.resolve("billet.aot.config")).doesNotExist();
    for (int run = 1; run <= 2; run++) {
      Result build = launch(dir, java25.get(), aot, "build", "content", "out-" + run);
      assertThat(build.status()).as(build.out()).isZero();
      assertThat(build.out())
          .contains("build: 1 posts (en 1)")
          .doesNotContain("AOTConfiguration")
          .doesNotContain("[warning]")
          .doesNotContain("JAVA_TOOL_OPTIONS");
      assertThat(dir.resolve("out-" + run + "/en/blog/posts/hello/index.html")).exists();
      assertThat(aot).exists();
      assertThat(dir.resolve("billet.aot.config")).doesNotExist();
    }
  }
}
