package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billet serve}: built into a temporary folder, served, rebuilt and reloaded on change. */
class BilletCliServeTest {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for a line of the command's output matching a pattern. */
  private static Matcher await(ByteArrayOutputStream out, Pattern pattern, Thread cli)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < until) {
      Matcher m = pattern.matcher(out.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        return m;
      }
      assertThat(cli.isAlive()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
      Thread.sleep(20);
    }
    throw new AssertionError("no line matching " + pattern + " in:\n" + out);
  }

  @Test
  void servesTheBuiltSiteAndReloadsOpenPagesAfterAnEdit(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Path post = content.resolve("fr/bon.md");
    Files.writeString(post, "---\ntitle: Bon\ndate: 2024-01-01\n---\nUn bon billet.\n");
    Files.writeString(dir.resolve("secret.txt"), "the secret beside the content");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicBoolean more = new AtomicBoolean(true);
    AtomicInteger status = new AtomicInteger(-1);
    Thread cli =
        new Thread(
            () ->
                status.set(
                    BilletCli.run(
                        new String[] {
                          "serve",
                          content.toString(),
                          "--port",
                          "0",
                          "--base-url",
                          "https://example.gouv.fr"
                        },
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        more::get,
                        20)));
    cli.start();
    try {
      Path temp = Path.of(await(out, Pattern.compile("building .* into (\\S+)\n"), cli).group(1));
      String url =
          await(out, Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/) \\("), cli)
              .group(1);
      assertThat(temp.getFileName().toString()).startsWith("billet-serve-");

      HttpResponse<String> page = get(url + "fr/bon/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.body())
          .contains("Un bon billet.")
          .contains("<script src=\"/_billet/reload.js\" data-generation=\"1\"></script></body>");
      // Only what is served carries the script; the built page does not.
      assertThat(temp.resolve("site/fr/bon/index.html"))
          .content()
          .contains("Un bon billet.")
          .doesNotContain("_billet");

      HttpResponse<String> missing = get(url + "fr/nulle-part/");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(
              missing
                  .body()
                  .replace(
                      "<script src=\"/_billet/reload.js\" data-generation=\"1\"></script>", ""))
          .isEqualTo(Files.readString(temp.resolve("site/404.html")));

      try (Socket socket =
          new Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort())) {
        OutputStream request = socket.getOutputStream();
        request.write(
            ("GET /..%2f..%2f..%2fsecret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("the secret");
      }

      // An open page waits for a newer generation; the edit brings it.
      CompletableFuture<HttpResponse<String>> poll =
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(url + "_billet/reload?generation=1")).build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(200);
      assertThat(poll).isNotDone();
      Files.writeString(post, "---\ntitle: Bon\ndate: 2024-01-01\n---\nUn billet corrigé.\n");
      Files.setLastModifiedTime(post, FileTime.fromMillis(1_700_000_000_000L));
      HttpResponse<String> reload = poll.get(30, TimeUnit.SECONDS);
      assertThat(reload.statusCode()).isEqualTo(200);
      assertThat(reload.body()).isEqualTo("2\n");
      assertThat(get(url + "fr/bon/").body())
          .contains("Un billet corrigé.")
          .doesNotContain("Un bon billet.")
          .contains("data-generation=\"2\"");
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("rebuild: 1 posts");

      // Stopped: the port is released and the temporary folder deleted.
      more.set(false);
      cli.join(30_000);
      assertThat(cli.isAlive()).isFalse();
      assertThat(status.get()).isZero();
      assertThat(temp).doesNotExist();
      assertThatThrownBy(
              () -> new Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort()).close())
          .isInstanceOf(ConnectException.class);
    } finally {
      more.set(false);
      cli.join(30_000);
    }
  }

  @Test
  void aPortInUseIsSaidWithTheOptionToChooseAnother(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Files.writeString(
        content.resolve("fr/bon.md"), "---\ntitle: Bon\ndate: 2024-01-01\n---\nUn bon billet.\n");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          BilletCli.run(
              new String[] {"serve", content.toString(), "--port", "" + taken.getLocalPort()},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              () -> false,
              1);
      assertThat(status).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .startsWith("billet: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("choose another port with --port N");
    }
  }

  @Test
  void serveUsageErrorsExitTwo() throws IOException {
    for (String[] args :
        new String[][] {
          {"serve"},
          {"serve", "content", "out"},
          {"serve", "content", "--port", "70000"},
          {"serve", "content", "--port", "eighty"},
          {"serve", "content", "--port"},
          {"build", "content", "out", "--port", "8080"},
        }) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          BilletCli.run(
              args,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("serve <content-dir> [options]");
    }
  }
}
