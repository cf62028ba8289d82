package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server of {@code billet serve}, on a small site folder with hostile links. */
class SiteServerTest {

  private static final String SECRET = "the secret beside the site";

  @TempDir Path dir;
  private Path generation;
  private SiteServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void site() throws IOException {
    // As a build leaves it: the output path is a link to the live generation's folder.
    generation = Files.createDirectories(dir.resolve(".site.billet/g-1"));
    Files.writeString(
        generation.resolve("index.html"),
        "<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Accueil</p></body></html>");
    Files.createDirectories(generation.resolve("fr/blog"));
    Files.writeString(
        generation.resolve("fr/blog/index.html"),
        "<!DOCTYPE html><html><body><p>Le blog</p></BODY></html>");
    Files.writeString(
        generation.resolve("404.html"),
        "<!DOCTYPE html><html><body><h1>Page non trouvée</h1></body></html>");
    Files.writeString(generation.resolve("dsfr.min.css"), "body{font-family:Marianne}");
    Files.writeString(
        generation.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(generation.resolve("feed.xml"), "<feed/>");
    Files.writeString(generation.resolve("donnees.bin"), "raw");
    Files.writeString(generation.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/index.html"), "<p>" + SECRET + "</p>");
    Files.createSymbolicLink(generation.resolve("linked.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(generation.resolve("linked"), dir.resolve("elsewhere"));
    Files.createSymbolicLink(generation.resolve("inside.css"), generation.resolve("dsfr.min.css"));
    Path site = Files.createSymbolicLink(dir.resolve("site"), generation);
    server = SiteServer.start(site, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The answer to a request line sent as written: no client normalizes the path first. */
  private String raw(String target, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String raw(String target) throws IOException {
    return raw(target, "127.0.0.1:" + server.port());
  }

  @Test
  void listensOnTheLoopbackAddressOnly() {
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    assertThat(server.port()).isPositive();
  }

  @Test
  void foldersAnswerTheirIndexWithTheReloadScriptAddedBeforeTheEndOfTheBody() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(home.body())
        .isEqualTo(
            "<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Accueil</p>"
                + "<script src=\"/_billet/reload.js\" data-generation=\"1\"></script>"
                + "</body></html>");
    // The file on disk is not changed: the script is only in what is served.
    assertThat(generation.resolve("index.html")).content().doesNotContain("reload.js");

    HttpResponse<String> blog = get("/fr/blog/");
    assertThat(blog.statusCode()).isEqualTo(200);
    assertThat(blog.body()).contains("<p>Le blog</p><script src=\"/_billet/reload.js\"");
    assertThat(blog.body()).endsWith("</script></BODY></html>");

    // Without its slash a folder is redirected, so that its page's relative links resolve.
    assertThat(raw("/fr/blog?x=1"))
        .startsWith("HTTP/1.1 301")
        .containsIgnoringCase("location: /fr/blog/?x=1");

    HttpResponse<String> script = get("/_billet/reload.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("location.reload()").contains("/_billet/reload?generation=");
  }

  @Test
  void aMissingPageAnswersTheSitesOwnNotFoundPageWithStatus404() throws Exception {
    for (String path : new String[] {"/nowhere", "/fr/blog/nowhere/", "/fr/nowhere.css"}) {
      HttpResponse<String> missing = get(path);
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(missing.body())
          .as(path)
          .startsWith("<!DOCTYPE html><html><body><h1>Page non trouvée");
    }
    // A folder without index.html is not listed.
    Files.createDirectories(generation.resolve("bare"));
    assertThat(get("/bare/").statusCode()).isEqualTo(404);
  }

  @Test
  void filesAreSentWithTheContentTypeOfTheirExtension() throws Exception {
    assertThat(get("/dsfr.min.css").headers().firstValue("Content-Type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(get("/dsfr.min.css").body()).isEqualTo("body{font-family:Marianne}");
    assertThat(get("/logo.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml");
    HttpResponse<String> accented = get("/donn%65es.bin");
    assertThat(accented.statusCode()).isEqualTo(200);
    assertThat(accented.body()).isEqualTo("raw");
    assertThat(accented.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(accented.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<String> empty = get("/empty.txt");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
    // A link that stays inside the site is followed.
    assertThat(get("/inside.css").body()).isEqualTo("body{font-family:Marianne}");

    HttpResponse<Void> head =
        client.send(
            HttpRequest.newBuilder(URI.create(server.url() + "dsfr.min.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).hasValue("26");

    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(URI.create(server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void pathsThatClimbOutOfTheSiteAreRefused() throws Exception {
    String[] climbs = {
      "/../secret.txt",
      "/fr/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/fr/..%2f..%2fsecret.txt",
      "/fr/%2e%2e/%2e%2e/secret.txt",
      "/..%5csecret.txt",
      "/%2e%2e%5csecret.txt",
      "/./index.html",
      "/%00/index.html",
      "/%zz",
      "/%c3",
    };
    for (String climb : climbs) {
      String answer = raw(climb);
      assertThat(answer).as(climb).startsWith("HTTP/1.1 400").doesNotContain(SECRET);
    }
    // Through the client too, whose URI keeps the encoded dots as written.
    HttpResponse<String> encoded = get("/%2e%2e/secret.txt");
    assertThat(encoded.statusCode()).isEqualTo(400);
    assertThat(encoded.body()).doesNotContain(SECRET);
    // An absolute path doubled is still inside the site.
    assertThat(raw("//secret.txt")).startsWith("HTTP/1.1 404").doesNotContain(SECRET);
  }

  @Test
  void aLinkToOutsideTheSiteIsRefused() throws Exception {
    for (String path : new String[] {"/linked.txt", "/linked/", "/linked/index.html"}) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(403);
      assertThat(answer.body()).as(path).doesNotContain(SECRET);
    }
  }

  @Test
  void anotherHostNameIsRefused() throws Exception {
    // A page of another site whose name resolves to 127.0.0.1 (DNS rebinding) reads nothing.
    assertThat(raw("/", "attacker.example:" + server.port()))
        .startsWith("HTTP/1.1 403")
        .doesNotContain("Accueil");
    assertThat(raw("/", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
  }

  @Test
  void theReloadPollAnswersWhenANewGenerationIsLive() throws Exception {
    // A page of another generation (a server started again) reloads at once.
    HttpResponse<String> stale = get("/_billet/reload?generation=7");
    assertThat(stale.body()).isEqualTo("1\n");

    CompletableFuture<HttpResponse<String>> poll =
        client.sendAsync(
            HttpRequest.newBuilder(URI.create(server.url() + "_billet/reload?generation=1"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    assertThat(poll).isNotDone();
    // The poll holds a thread of its own: pages are still served meanwhile.
    assertThat(get("/").statusCode()).isEqualTo(200);
    server.published();
    HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("2\n");
    assertThat(get("/").body()).contains("data-generation=\"2\"");
  }

  @Test
  void aSiteNotBuiltYetAnswers503() throws Exception {
    try (SiteServer early = SiteServer.start(dir.resolve("not-yet"), 0)) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(early.url())).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
    }
  }

  @Test
  void pathsArePercentDecodedAsUtf8() {
    assertThat(SiteServer.decode("/fr/blog/donn%C3%A9es/")).isEqualTo("/fr/blog/données/");
    assertThat(SiteServer.decode("/a%20b")).isEqualTo("/a b");
    assertThat(SiteServer.decode("/a+b")).isEqualTo("/a+b");
    assertThat(SiteServer.decode("/%ff")).isNull();
    assertThat(SiteServer.decode("/%4")).isNull();
    assertThat(SiteServer.type(Path.of("a.WOFF2"))).isEqualTo("font/woff2");
    assertThat(SiteServer.type(Path.of("README"))).isEqualTo("application/octet-stream");
  }

  @Test
  void closingReleasesThePort() throws Exception {
    int port = server.port();
    server.close();
    try (SiteServer again = SiteServer.start(dir.resolve("site"), port)) {
      assertThat(again.port()).isEqualTo(port);
    }
  }
}
