package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line says what happened, with no stack trace: file names under a C locale, a base URL
 * without host, a failed build's summary, running out of memory (issue 20, item 7).
 */
class BilletCliMessagesTest {

  private record Result(int status, String out) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = BilletCli.run(args, print, print);
    return new Result(status, out.toString(StandardCharsets.UTF_8));
  }

  /** Runs the command line in a child JVM with this environment and JVM options. */
  private static Result child(Path dir, List<String> jvm, String[] env, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    String classPath = System.getProperty("java.class.path", "");
    String modulePath = System.getProperty("jdk.module.path", "");
    command.add("-cp");
    command.add(modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath);
    command.add(BilletCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().remove("LANG");
    builder.environment().remove("LC_CTYPE");
    builder.environment().remove("LC_ALL");
    for (int i = 0; i < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    // Under LANG=C the child writes '?' for what ASCII cannot hold: read as Latin-1, lossless.
    return new Result(process.exitValue(), new String(out, StandardCharsets.ISO_8859_1));
  }

  private static void noStackTrace(String out) {
    assertThat(out).doesNotContain("Exception in thread").doesNotContainPattern("\\n\\s+at ");
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void nonAsciiNamesUnderTheCLocaleAreProblemsNotACrash(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    write(content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nUn bon billet.\n");
    write(content.resolve("fr/été/index.md"), "---\ntitle: Été\ndate: 2024-07-01\n---\nUn été.\n");
    write(
        content.resolve("fr/image/index.md"),
        "---\ntitle: Image\ndate: 2024-07-02\n---\n![Un café](./café.svg)\n");
    write(content.resolve("fr/image/café.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    for (String[] env :
        List.of(new String[] {"LANG", "C"}, new String[] {"LANG", "C", "LC_ALL", "C"})) {
      Path out = dir.resolve("site-" + env.length);
      Result r = child(dir, List.of(), env, "build", "content", out.getFileName().toString());
      noStackTrace(r.out());
      assertThat(r.status()).as(r.out()).isEqualTo(1);
      assertThat(r.out()).contains("file.name-encoding").contains("UTF-8");
      assertThat(r.out()).doesNotContain("internal.failure");
      assertThat(out.resolve("fr/bon/index.html")).exists();
      assertThat(out.resolve("fr/image/index.html")).exists();
    }
  }

  @Test
  void aBaseUrlWithoutHostIsAUsageError(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    write(content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nBon.\n");
    for (String url : List.of("https://", "https:///fr/", "https//example.org", "ftp://x.org")) {
      Result r =
          run("build", content.toString(), dir.resolve("site").toString(), "--base-url", url);
      assertThat(r.status()).as(r.out()).isEqualTo(2);
      assertThat(r.out()).contains("--base-url '" + url + "' is refused: ");
    }
    assertThat(run("check", content.toString(), "--base-url", "https://").out())
        .contains("no host name");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aConfigurationErrorSaysSiteConfiguration(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    write(content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nBon.\n");
    Path config = dir.resolve("site.yaml");
    Files.writeString(config, "title: [\n");
    Result r = run("check", content.toString(), "--config", config.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("site configuration").doesNotContain("front matter");
    Files.write(config, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    r = run("check", content.toString(), "--config", config.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("config.binary").contains("binary file");
  }

  @Test
  void aFailedBuildsSummaryCountsThePostsAndNoPagesWritten(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    write(content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nBon.\n");
    write(content.resolve("fr/autre.md"), "---\ntitle: Autre\ndate: 2024-01-02\n---\nAutre.\n");
    Files.writeString(dir.resolve("site"), "a file where the site should go");
    Result r = run("build", content.toString(), dir.resolve("site").toString());
    assertThat(r.status()).as(r.out()).isEqualTo(1);
    String summary = r.out().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(summary)
        .startsWith("build: 2 posts (fr 2), ")
        .contains("nothing written")
        .doesNotContain(" pages");
  }

  @Test
  void runningOutOfMemorySuggestsXmx(@TempDir Path dir) throws Exception {
    // A site too big for a 16 MB heap: 300 posts of about 40 kB each.
    Path content = dir.resolve("content");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      body.append("Le paragraphe ").append(i).append(" parle de *logiciels libres* et de ");
      body.append("[communs numériques](https://code.gouv.fr/) dans l'administration.\n\n");
    }
    for (int i = 0; i < 300; i++) {
      write(
          content.resolve("fr/blog/billet-" + i + ".md"),
          "---\ntitle: Billet "
              + i
              + "\ndate: 2024-01-01\ntags: [t"
              + (i % 50)
              + "]\n---\n"
              + body);
    }
    Result r =
        child(
            dir,
            List.of("-Xmx16m", "-XX:+UseSerialGC"),
            new String[] {"LANG", "C.UTF-8"},
            "build",
            "content",
            "site",
            "--base-url",
            "https://example.gouv.fr");
    noStackTrace(r.out());
    assertThat(r.status()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("-Xmx").containsIgnoringCase("memory");
    assertThat(r.out()).doesNotContain("internal.failure").doesNotContain("posts ()");
  }
}
