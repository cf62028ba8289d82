package io.github.billet.examples;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a built site from a folder on {@code http://127.0.0.1:<port>/}, for {@code billet serve}:
 * a writer's preview, not a production web server. Folder paths answer their {@code index.html}; a
 * missing page answers the site's own {@code 404.html} with status 404; every file is sent with the
 * content type of its extension. Paths that climb out of the folder ({@code ..}, also percent
 * encoded) are refused, and so is a file whose real path, symbolic links followed, leaves it.
 *
 * <p>HTML pages are sent with one added {@code <script>} (never written into the built files): it
 * asks the reserved path {@code /_billet/reload} to answer when a generation newer than the page's
 * is live (a long poll), then reloads the page. {@link #published()} says a new generation is live.
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.start(Path.of("_site"), 8080)) {
 *   System.out.println("open " + server.url());
 *   session.build();
 *   server.published(); // open pages reload
 * }
 * }</pre>
 */
final class SiteServer implements AutoCloseable {

  /**
   * The reserved path prefix of the server's own answers; a site's files at {@link #RELOAD} and
   * {@link #RELOAD_SCRIPT} are hidden.
   */
  static final String RESERVED = "/_billet/";

  /** The long poll that answers when a newer generation is live. */
  static final String RELOAD = RESERVED + "reload";

  /** The script added to served pages. */
  static final String RELOAD_SCRIPT = RESERVED + "reload.js";

  /** How long a long poll waits before answering the unchanged generation (the page asks again). */
  private static final long POLL_MILLIS = 25_000;

  private static final String SCRIPT =
      """
      // Added by billet serve: reloads the page when the site is rebuilt.
      (function () {
        var generation = document.currentScript.getAttribute("data-generation");
        function poll() {
          // A browser opens few connections to one host: hidden tabs wait to be shown to ask.
          if (document.hidden) {
            document.addEventListener("visibilitychange", poll, {once: true});
            return;
          }
          fetch("%s?generation=" + generation, {cache: "no-store"})
            .then(function (r) {
              if (!r.ok) { throw new Error("status " + r.status); }
              return r.text();
            })
            .then(function (now) {
              if (now.trim() !== generation) { location.reload(); } else { poll(); }
            })
            .catch(function () { setTimeout(poll, 2000); });
        }
        poll();
      })();
      """
          .formatted(RELOAD);

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("htm", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("webmanifest", "application/manifest+json"),
          Map.entry("xml", "application/xml"),
          Map.entry("atom", "application/atom+xml"),
          Map.entry("rss", "application/rss+xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("md", "text/markdown; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("otf", "font/otf"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("ogg", "audio/ogg"),
          Map.entry("vtt", "text/vtt; charset=utf-8"),
          Map.entry("zip", "application/zip"));

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads;
  private final AtomicInteger generation = new AtomicInteger(1);
  private final Object changed = new Object();
  private volatile boolean closed;

  private SiteServer(Path root, HttpServer server, ExecutorService threads) {
    this.root = root;
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts serving a folder on the loopback address only.
   *
   * @param root the site's folder (it may be a symbolic link, as a build's output is; it may not
   *     exist yet: pages then answer 503)
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IOException when the port cannot be bound (in use, or refused)
   */
  static SiteServer start(Path root, int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // Long polls hold a thread each: the server's default single thread would be stuck on one.
    ExecutorService threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "billet-serve");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    SiteServer site = new SiteServer(root, server, threads);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the site's address, such as {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   */
  String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  /**
   * Returns the generation served now; it starts at 1.
   *
   * @return the generation
   */
  int generation() {
    return generation.get();
  }

  /** Says a new generation of the site is live: the pages open in browsers reload. */
  void published() {
    generation.incrementAndGet();
    synchronized (changed) {
      changed.notifyAll();
    }
  }

  /** Stops serving: open long polls are answered, then the port is released. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (changed) {
      changed.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Headers headers = exchange.getResponseHeaders();
      // A preview is always fresh, and no file is read as another type than its extension says.
      headers.set("Cache-Control", "no-store");
      headers.set("X-Content-Type-Options", "nosniff");
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        headers.set("Allow", "GET, HEAD");
        text(exchange, 405, "only GET and HEAD are served", false);
        return;
      }
      if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
        // Another name resolving to 127.0.0.1 (DNS rebinding) would let a web page read the site.
        text(exchange, 403, "only http://127.0.0.1:" + port() + "/ is served", head);
        return;
      }
      String raw = exchange.getRequestURI().getRawPath();
      String path = decode(raw == null ? "" : raw);
      if (path == null || refused(path)) {
        text(exchange, 400, "refused: the path leaves the site's folder or is not valid", head);
        return;
      }
      if (path.equals(RELOAD)) {
        reload(exchange, head);
      } else if (path.equals(RELOAD_SCRIPT)) {
        send(exchange, 200, "text/javascript; charset=utf-8", bytes(SCRIPT), head);
      } else {
        file(exchange, raw, path, head);
      }
    } catch (IOException | UncheckedIOException e) {
      // The browser went away, or a file vanished while a rebuild switched generations: the
      // exchange is closed; the next request sees the new site.
    }
  }

  private static boolean localHost(String host) {
    if (host == null) {
      return true; // HTTP/1.0 clients send none; the socket is on the loopback address anyway
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && !name.endsWith("]")) {
      name = name.substring(0, colon);
    }
    return name.equals("127.0.0.1") || name.equals("localhost");
  }

  /**
   * The percent-decoded path, or null when it is not valid (a broken escape, bytes that are not
   * UTF-8).
   */
  static String decode(String raw) {
    byte[] out = new byte[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else {
        return null; // a raw non-ASCII character: the URI parser would have escaped it
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether a decoded path is refused: not absolute, a {@code .} or {@code ..} segment, a backslash
   * (a separator elsewhere) or a control character.
   */
  static boolean refused(String path) {
    if (!path.startsWith("/")) {
      return true;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return true;
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private void reload(HttpExchange exchange, boolean head) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    int seen = -1;
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("generation=")) {
          try {
            seen = Integer.parseInt(pair.substring("generation=".length()));
          } catch (NumberFormatException e) {
            seen = -1;
          }
        }
      }
    }
    long until = System.currentTimeMillis() + POLL_MILLIS;
    synchronized (changed) {
      long left;
      while (generation.get() == seen
          && !closed
          && (left = until - System.currentTimeMillis()) > 0) {
        try {
          changed.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    send(exchange, 200, "text/plain; charset=utf-8", bytes(generation.get() + "\n"), head);
  }

  private void file(HttpExchange exchange, String raw, String path, boolean head)
      throws IOException {
    // One real path per request: a rebuild switching generations meanwhile cannot mix two.
    Path site;
    try {
      site = root.toRealPath();
    } catch (NoSuchFileException e) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      text(
          exchange,
          503,
          "no site yet: its first build is under way, or failed (see billet serve's output)",
          head);
      return;
    }
    Path file = site;
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        file = file.resolve(segment);
      }
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        // Relative links of the folder's index.html resolve against the folder only with a slash.
        String query = exchange.getRequestURI().getRawQuery();
        exchange
            .getResponseHeaders()
            .set("Location", raw + "/" + (query == null ? "" : "?" + query));
        text(exchange, 301, "moved to " + raw + "/", head);
        return;
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      notFound(exchange, site, head);
      return;
    }
    Path real = file.toRealPath();
    if (!real.startsWith(site)) {
      text(exchange, 403, "refused: the file is a link to outside the site's folder", head);
      return;
    }
    String type = type(real);
    if (type.startsWith("text/html")) {
      send(exchange, 200, type, withReload(Files.readAllBytes(real)), head);
      return;
    }
    long size = Files.size(real);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (head || size == 0) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, size);
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
        OutputStream body = exchange.getResponseBody()) {
      in.transferTo(body);
    }
  }

  private void notFound(HttpExchange exchange, Path site, boolean head) throws IOException {
    Path page = site.resolve("404.html");
    if (Files.isRegularFile(page) && page.toRealPath().startsWith(site)) {
      send(exchange, 404, TYPES.get("html"), withReload(Files.readAllBytes(page)), head);
    } else {
      text(exchange, 404, "not found (the site has no 404.html)", head);
    }
  }

  /** The page with the reload script added before its last {@code </body>}, or at its end. */
  private byte[] withReload(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    String tag =
        "<script src=\"" + RELOAD_SCRIPT + "\" data-generation=\"" + generation() + "\"></script>";
    int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String served = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
    return bytes(served);
  }

  /** The content type of a file, by its extension. */
  static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void text(HttpExchange exchange, int status, String message, boolean head)
      throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", bytes(message + "\n"), head);
  }

  private static void send(
      HttpExchange exchange, int status, String type, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
