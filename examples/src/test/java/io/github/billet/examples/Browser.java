package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Chromium looking at a built site that a loopback server serves alone (so its pages must
 * find every file they use in it), for the browser tests: page loads, screenshots of the whole
 * page, phone-width emulation and axe-core runs, whose results go to {@code axe-report-<name>.txt}
 * beside the screenshots.
 *
 * <p>It needs Debian's {@code chromium} and {@code chromium-driver}, and the npm package {@code
 * axe-core}, which {@code .ci/run} installs. Their places come from the environment ({@code
 * BILLET_CHROMIUM}, {@code BILLET_CHROMEDRIVER}, {@code BILLET_AXE_JS}), else from the defaults
 * {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} and {@code .ci/run}'s npm cache. When
 * one is missing the test is skipped, except under CI ({@code CI=true}) where it fails.
 */
final class Browser implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

  /**
   * Quiets Selenium's warning that it has no DevTools bindings for this Chromium version: the tests
   * use none (screenshots go through chromedriver's own CDP command). Kept in a field so that the
   * logger, and its level, are not garbage collected.
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static final Duration WAIT = Duration.ofSeconds(20);

  private final String name;
  private final Path out;
  private final HttpServer server;
  private final String origin;
  private final ChromeDriver driver;
  private final Path profile;
  private final String axeSource;

  /** Every request the server answered: path and status. */
  private final Map<String, Integer> served = new ConcurrentHashMap<>();

  private final List<String> axeReport = new ArrayList<>();

  private Browser(String name, Path out, Path site, Tools tools) throws IOException {
    DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
    this.name = name;
    this.out = out;
    this.axeSource = Files.readString(tools.axeJs(), StandardCharsets.UTF_8);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> serve(exchange, site));
    server.start();
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.profile = Files.createTempDirectory("billet-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(tools.chromium().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(tools.chromedriver().toFile())
            .usingAnyFreePort()
            .withLogFile(out.resolve("chromedriver-" + name + ".log").toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  /**
   * Checks the tools (skips or fails when one is missing), serves {@code site} and starts Chromium.
   *
   * @param name names the report files in {@code out}
   * @param out the folder for screenshots and reports, created if needed
   * @param site the built site, served alone
   */
  static Browser open(String name, Path out, Path site) throws IOException {
    Tools tools = Tools.find();
    Files.createDirectories(out);
    return new Browser(name, out, site, tools);
  }

  ChromeDriver driver() {
    return driver;
  }

  String origin() {
    return origin;
  }

  /** Every request the server answered so far: path and its status. */
  Map<String, Integer> served() {
    return served;
  }

  /** Opens a site path and waits until it is loaded, in the expected language. */
  void open(String path, String lang) {
    driver.get(origin + path);
    waitForPage(lang, path);
  }

  /** Waits until the browser shows a site path, loaded, in the expected language. */
  void waitForPage(String lang, String path) {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                URI.create(d.getCurrentUrl()).getPath().equals(path)
                    && "complete".equals(js("return document.readyState")));
    assertThat(driver.getCurrentUrl()).isEqualTo(origin + path);
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
  }

  Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Emulates a screen of this width (a phone below 400 px) until {@link #wideScreen()}. */
  void screenWidth(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 400));
  }

  /** Back to the window's own size. */
  void wideScreen() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** The current page's body font is the DSFR's Marianne: its stylesheet is applied. */
  void assertStyled() {
    assertThat(js("return getComputedStyle(document.body).fontFamily"))
        .asString()
        .startsWith("Marianne");
  }

  /** Nothing of the current page reaches beyond a screen this wide. */
  void assertFits(int width, String page) {
    assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
        .as("%s page's width at %d px", page, width)
        .isLessThanOrEqualTo(width);
    // An element that an ancestor within the screen clips (overflow other than visible) does not
    // show past it: the DSFR's header menu button has a negative margin so.
    Object wide =
        js(
            "const edge = arguments[0] + 0.5;"
                + "const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement)"
                + " { if (getComputedStyle(a).overflowX !== 'visible'"
                + " && a.getBoundingClientRect().right <= edge) return true; }"
                + " return false; };"
                + "return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > edge && !clipped(e))"
                + ".map(e => e.tagName + '.' + e.className)",
            width);
    assertThat((List<?>) wide).as("elements of the %s page wider than the screen", page).isEmpty();
  }

  /** Saves a screenshot of the whole page, beyond the window, through the DevTools protocol. */
  void screenshot(String file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) metrics.get("width")).doubleValue(),
            "height", ((Number) metrics.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    Files.write(out.resolve(file), png);
    LOG.info("screenshot {} ({} bytes)", out.resolve(file), png.length);
  }

  // ------------------------------------------------------------------ axe-core

  /** One axe violation: rule, impact, help text and the selectors of the failing nodes. */
  record Violation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + " " + targets;
    }
  }

  /**
   * Runs axe-core on the current page and returns its violations; also records the number of rules
   * passed and the checks axe could not decide (needing a human look) in the report.
   */
  @SuppressWarnings("unchecked")
  List<Violation> axe(String page) {
    js(axeSource + "\n;return true;");
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const list = vs => vs.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    + " targets: v.nodes.map(n => n.target.join(' ') + ' ('"
                    + " + [...n.any, ...n.all, ...n.none].map(c => c.data && c.data.messageKey"
                    + " || c.id).join(', ') + ')')}));"
                    + "axe.run(document).then(r => done({version: r.testEngine.version,"
                    + " passes: r.passes.length, violations: list(r.violations),"
                    + " incomplete: list(r.incomplete)}))"
                    + ".catch(e => done({error: 'axe failed: ' + e}));");
    Map<String, Object> r = (Map<String, Object>) result;
    if (r.containsKey("error")) {
      Assertions.fail((String) r.get("error"));
    }
    List<Violation> violations = violations(r.get("violations"));
    List<Violation> incomplete = violations(r.get("incomplete"));
    long passes = ((Number) r.get("passes")).longValue();
    axeReport.add(
        String.format(
            Locale.ROOT,
            "%s %s (axe-core %s): %d rules passed, %d violations, %d to review",
            page,
            driver.getCurrentUrl(),
            r.get("version"),
            passes,
            violations.size(),
            incomplete.size()));
    violations.forEach(v -> axeReport.add("  violation " + v));
    incomplete.forEach(v -> axeReport.add("  to review " + v));
    LOG.info(
        "axe {}: {} rules passed, violations {}, {} to review (listed in axe-report-{}.txt)",
        page,
        passes,
        violations,
        incomplete.size(),
        name);
    assertThat(passes).as("axe-core checked nothing: is it really running?").isGreaterThan(10);
    return violations;
  }

  /** Runs axe-core on the current page and fails on any serious or critical violation. */
  void assertAccessible(String page) {
    List<Violation> severe =
        axe(page).stream()
            .filter(v -> v.impact().equals("serious") || v.impact().equals("critical"))
            .toList();
    assertThat(severe).as("serious or critical axe violations on the %s page", page).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> violations(Object list) {
    List<Violation> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) list) {
      out.add(
          new Violation(
              (String) v.get("id"),
              String.valueOf(v.get("impact")),
              (String) v.get("help"),
              (List<String>) v.get("targets")));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      server.stop(0);
      deleteQuietly(profile);
      if (!axeReport.isEmpty()) {
        Files.write(out.resolve("axe-report-" + name + ".txt"), axeReport, StandardCharsets.UTF_8);
      }
    }
  }

  // ------------------------------------------------------------------ the server

  /**
   * Serves files below a folder as a static host does: a folder URL ending with a slash gives its
   * index.html, one without the slash is redirected.
   */
  private void serve(HttpExchange exchange, Path root) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String relative = path.substring(1);
      Path file = root.resolve(relative).normalize();
      if (!file.startsWith(root) || relative.contains("\\")) {
        respond(exchange, path, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().set("Location", path + "/");
          respond(exchange, path, 301, "text/plain", new byte[0]);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        respond(exchange, path, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      // The content types of billet serve, so that the check sees what a user sees.
      respond(exchange, path, 200, SiteServer.type(file), Files.readAllBytes(file));
    }
  }

  private void respond(HttpExchange exchange, String path, int status, String type, byte[] body)
      throws IOException {
    served.merge(path, status, Math::max);
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not delete {}", folder, e);
    }
  }

  // ------------------------------------------------------------------ the tools

  /** Where the browser, its driver and axe-core are; skips or fails when absent. */
  private record Tools(Path chromium, Path chromedriver, Path axeJs) {

    static Tools find() {
      Path npm =
          Path.of(
              Optional.ofNullable(System.getenv("BILLET_CACHE"))
                  .orElse(System.getProperty("user.home") + "/.cache/billet"),
              "npm",
              "node_modules");
      Tools tools =
          new Tools(
              place("BILLET_CHROMIUM", Path.of("/usr/bin/chromium")),
              place("BILLET_CHROMEDRIVER", Path.of("/usr/bin/chromedriver")),
              place("BILLET_AXE_JS", npm.resolve("axe-core/axe.min.js")));
      List<String> missing = new ArrayList<>();
      check(missing, "chromium (Debian package chromium)", tools.chromium(), true);
      check(missing, "chromedriver (Debian package chromium-driver)", tools.chromedriver(), true);
      check(missing, "axe-core (npm package axe-core)", tools.axeJs(), false);
      if (!missing.isEmpty()) {
        String message =
            "browser check needs "
                + String.join(", ", missing)
                + "; .ci/run installs them (or set BILLET_CHROMIUM, BILLET_CHROMEDRIVER,"
                + " BILLET_AXE_JS)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          Assertions.fail("CI=true but the " + message);
        }
        // Surefire prints only "Skipped: 1" for an aborted class: say why on the console too.
        LOG.warn("browser test skipped: the {}", message);
        Assumptions.abort("skipped: the " + message);
      }
      return tools;
    }

    private static Path place(String variable, Path fallback) {
      String value = System.getenv(variable);
      return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static void check(List<String> missing, String what, Path file, boolean executable) {
      if (!Files.isRegularFile(file) || (executable && !Files.isExecutable(file))) {
        missing.add(what + " at " + file);
      }
    }
  }
}
