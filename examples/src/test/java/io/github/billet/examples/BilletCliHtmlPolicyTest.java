package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line sanitizes raw HTML by default; {@code --html-policy} chooses another policy,
 * over the configuration's {@code html.policy}; any other value is a usage error.
 */
class BilletCliHtmlPolicyTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static Path content(Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Files.writeString(
        content.resolve("fr/piege.md"),
        "---\ntitle: Piège\ndate: 2024-01-01\n---\nUn billet.\n\n<script>alert(1)</script>\n\n"
            + "<img src=\"x.png\" onerror=\"alert(2)\">\n");
    return content;
  }

  private static Document page(Path out) throws Exception {
    return Jsoup.parse(out.resolve("fr/piege/index.html").toFile(), "UTF-8");
  }

  @Test
  void theDefaultRemovesScriptsAndHandlersAndSaysWhere(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("out");
    CliRun run = run("build", content.toString(), out.toString());
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(page(out).select("script, [onerror]")).isEmpty();
    assertThat(run.out())
        .contains(
            content.resolve("fr/piege.md")
                + ":7:1: warning: html.script: a <script> element in raw HTML was removed (HTML"
                + " policy SANITIZE)")
        .contains(
            content.resolve("fr/piege.md")
                + ":9:18: warning: html.event-handler: the event handler attribute 'onerror' of"
                + " <img> was removed (HTML policy SANITIZE)");
  }

  @Test
  void passIsChosenExplicitlyAndStillWarns(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("out");
    CliRun run = run("build", content.toString(), out.toString(), "--html-policy", "pass");
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(page(out).select("script").html()).isEqualTo("alert(1)");
    assertThat(page(out).select("img[onerror]")).hasSize(1);
    assertThat(run.out())
        .contains(":7:1: warning: html.script: a <script> element in raw HTML is kept and runs")
        .contains(":9:18: warning: html.event-handler: the event handler attribute 'onerror'");
  }

  @Test
  void escapeShowsRawHtmlAsText(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("out");
    CliRun run = run("build", content.toString(), out.toString(), "--html-policy", "escape");
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(page(out).select("main script, main img")).isEmpty();
    assertThat(page(out).select("main").text()).contains("<script>alert(1)</script>");
    assertThat(run.out()).contains("is shown as text, not run (HTML policy ESCAPE)");
  }

  @Test
  void theOptionWinsOverTheConfiguration(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path config = dir.resolve("site.yaml");
    Files.writeString(config, "html:\n  policy: pass\n");
    Path trusting = dir.resolve("trusting");
    assertThat(
            run("build", content.toString(), trusting.toString(), "--config", config.toString())
                .status())
        .isZero();
    assertThat(page(trusting).select("script")).hasSize(1);
    Path out = dir.resolve("out");
    CliRun run =
        run(
            "build",
            content.toString(),
            out.toString(),
            "--config",
            config.toString(),
            "--html-policy",
            "sanitize");
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(page(out).select("script, [onerror]")).isEmpty();
  }

  @Test
  void anUnknownPolicyIsAUsageError() {
    CliRun run = run("check", "content", "--html-policy", "allow");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("billet: --html-policy must be sanitize, escape or pass, not 'allow'");
    assertThat(run("check", "content", "--html-policy").status()).isEqualTo(2);
    assertThat(run("--help").out()).contains("--html-policy P");
  }
}
