package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilletCliTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        BilletCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sampleSiteReadsWithItsOneDeliberateWarning() {
    Run run = run();
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("12 posts (en: 6, fr: 6), 0 errors, 1 warnings")
        .contains("en/blog/posts/writing-for-the-workshop-blog.md:1:1: warning: date.missing");
  }

  @Test
  void checkReportsErrorsWithStatusOne(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("fr"));
    Files.writeString(dir.resolve("fr/a.md"), "---\ntitle: [a]\n---\n");
    Run run = run("check", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("fr/a.md:2:1: error: field.type");
  }

  @Test
  void usageErrorsGiveStatusTwo() {
    assertThat(run("frobnicate").status()).isEqualTo(2);
    assertThat(run("check").err()).contains("usage:");
    assertThat(run("--help").status()).isZero();
  }
}
