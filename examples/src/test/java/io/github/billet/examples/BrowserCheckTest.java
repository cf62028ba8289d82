package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser check: builds the bundled sample site with its own configuration (which copies the
 * DSFR into the site), serves that folder alone on the loopback interface, opens the French
 * Passerelle post in headless Chromium, follows the language switcher to the English post and back,
 * saves screenshots under {@code target/browser/} and runs axe-core on both posts, with no serious
 * or critical violation allowed.
 *
 * <p>It needs Debian's {@code chromium} and {@code chromium-driver}, and the npm package {@code
 * axe-core}, which {@code .ci/run} installs (the DSFR comes with the sample, unpacked by this
 * module's build). Their places come from the environment ({@code BILLET_CHROMIUM}, {@code
 * BILLET_CHROMEDRIVER}, {@code BILLET_AXE_JS}), else from the defaults {@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver} and {@code .ci/run}'s npm cache. When one is missing the test is
 * skipped, except under CI ({@code CI=true}) where it fails.
 */
class BrowserCheckTest {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserCheckTest.class);

  /**
   * Quiets Selenium's warning that it has no DevTools bindings for this Chromium version: the test
   * uses none (screenshots go through chromedriver's own CDP command). Kept in a field so that the
   * logger, and its level, are not garbage collected.
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private static final String FR_POST = "/fr/blog/passerelle-2-0-est-disponible/";
  private static final String EN_POST = "/en/blog/passerelle-2-0-is-out/";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static Path out;
  private static HttpServer server;
  private static String origin;
  private static ChromeDriver driver;
  private static Path profile;
  private static String axeSource;

  /** Every request the server answered: path and status. */
  private static final Map<String, Integer> served = new ConcurrentHashMap<>();

  private static final List<String> axeReport = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
    Tools tools = Tools.find();
    out = SampleSite.besideJar().resolve("browser");
    Files.createDirectories(out);

    Path sample = SampleSite.extractTo(out.resolve("sample"));
    // Frames wider than a phone, as posts embed them: the 375 px check needs one.
    Files.writeString(
        sample.resolve("content/fr/blog/posts/cadres-larges.md"),
        """
        ---
        title: Des cadres larges
        date: 2024-01-02
        ---
        Une page dans un cadre de 800 pixels de large :

        <iframe title="Page introuvable" src="/fr/404.html" width="800" height="300"></iframe>

        ## Un intertitre
        """,
        StandardCharsets.UTF_8);
    Path site = out.resolve("site");
    // The sample's own configuration and the default layout: the site carries its DSFR.
    BuildReport report =
        SiteBuild.builder()
            .config(SiteConfig.read(sample.resolve("site.yaml")))
            .build()
            .run(sample.resolve("content"), site);
    assertThat(report.hasErrors()).as("sample build problems: %s", report.problems()).isFalse();
    assertThat(report.problems())
        .as("the sample's DSFR is found")
        .noneMatch(p -> p.code().equals("dsfr.missing"));

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Only the built site is served: its pages must find their DSFR files in it.
    server.createContext("/", exchange -> serve(exchange, site, "/"));
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();

    axeSource = Files.readString(tools.axeJs(), StandardCharsets.UTF_8);

    profile = Files.createTempDirectory("billet-chromium-");
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
            .withLogFile(out.resolve("chromedriver.log").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(WAIT);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.stop(0);
      }
      if (profile != null) {
        deleteQuietly(profile);
      }
      if (out != null && !axeReport.isEmpty()) {
        Files.write(out.resolve("axe-report.txt"), axeReport, StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void frenchPostSwitchesToEnglishAndBackAndPassesAxe() throws Exception {
    driver.get(origin + FR_POST);
    waitForPage("fr", FR_POST);
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Passerelle 2.0 est disponible : ce qui change pour les administrations");
    assertThat(dateParagraph().getText()).isEqualTo("Publié le 14 mars 2024");
    assertDsfrApplied();
    assertBreadcrumb(
        "Accueil",
        "Blog",
        "Passerelle 2.0 est disponible : ce qui change pour les administrations");
    screenshot("fr-post.png");
    assertNoViolationAtLeastSerious("fr", axe("fr-post"));

    WebElement toEnglish = driver.findElement(By.cssSelector("main a[hreflang='en']"));
    assertThat(toEnglish.getAccessibleName()).isEqualTo("Read in English");
    toEnglish.click();
    waitForPage("en", EN_POST);
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Passerelle 2.0 is out: what changes for public bodies");
    assertThat(dateParagraph().getText()).isEqualTo("Published on 14 March 2024");
    assertDsfrApplied();
    assertBreadcrumb("Home", "Blog", "Passerelle 2.0 is out: what changes for public bodies");
    screenshot("en-post.png");
    assertNoViolationAtLeastSerious("en", axe("en-post"));

    WebElement toFrench = driver.findElement(By.cssSelector("main a[hreflang='fr']"));
    assertThat(toFrench.getAccessibleName()).isEqualTo("Lire en français");
    toFrench.click();
    waitForPage("fr", FR_POST);

    assertThat(served).containsEntry("/dsfr/dsfr.min.css", 200);
    assertThat(served).containsEntry("/dsfr/utility/icons/icons.min.css", 200);
    Map<String, Integer> failed =
        served.entrySet().stream()
            .filter(e -> e.getValue() != 200 && !e.getKey().equals("/favicon.ico"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(failed).as("requests the pages made that failed").isEmpty();
  }

  @Test
  void cardDatesKeepTheirSpaceAndHeadingAnchorsShowOnHover() throws Exception {
    driver.get(origin + "/fr/blog/");
    waitForPage("fr", "/fr/blog/");
    assertThat(js("return getComputedStyle(document.body).fontFamily"))
        .asString()
        .startsWith("Marianne");
    List<WebElement> details = driver.findElements(By.cssSelector(".fr-card__detail"));
    assertThat(details).isNotEmpty();
    for (WebElement detail : details) {
      assertThat(String.valueOf(js("return arguments[0].innerText", detail)))
          .as("a card's date line as Chromium renders it")
          .matches("Publié le \\d{1,2} \\p{L}+ \\d{4}");
    }

    driver.get(origin + "/fr/blog/cadres-larges/");
    waitForPage("fr", "/fr/blog/cadres-larges/");
    WebElement heading = driver.findElement(By.cssSelector("main h2"));
    WebElement anchor = heading.findElement(By.cssSelector(".heading-anchor"));
    assertThat(anchor.getCssValue("opacity")).as("anchor at rest").isEqualTo("0");
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(heading).perform();
    new WebDriverWait(driver, WAIT).until(d -> anchor.getCssValue("opacity").equals("1"));
  }

  @Test
  void pagesFitA375PixelScreenAndAreScreenshotted() throws Exception {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("home", "/fr/");
    pages.put("blog", "/fr/blog/");
    pages.put("post", FR_POST);
    pages.put("frames", "/fr/blog/cadres-larges/");
    pages.put("404", "/fr/404.html");
    for (int width : new int[] {1280, 375}) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 400));
      try {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          driver.get(origin + page.getValue());
          waitForPage("fr", page.getValue());
          assertThat(js("return getComputedStyle(document.body).fontFamily"))
              .asString()
              .startsWith("Marianne");
          if (width == 375) {
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("%s page's width at 375 px", page.getKey())
                .isLessThanOrEqualTo(375);
            // An element that an ancestor within the screen clips (overflow other than visible)
            // does not show past it: the DSFR's header menu button has a negative margin so.
            Object wide =
                js(
                    "const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement)"
                        + " { if (getComputedStyle(a).overflowX !== 'visible'"
                        + " && a.getBoundingClientRect().right <= 375.5) return true; }"
                        + " return false; };"
                        + "return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > 375.5 && !clipped(e))"
                        + ".map(e => e.tagName + '.' + e.className)");
            assertThat((List<?>) wide)
                .as("elements of the %s page wider than the screen", page.getKey())
                .isEmpty();
          }
          screenshot("sample-" + page.getKey() + "-" + width + ".png");
        }
      } finally {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
  }

  // ------------------------------------------------------------------ page checks

  private static void waitForPage(String lang, String path) {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                URI.create(d.getCurrentUrl()).getPath().equals(path)
                    && "complete".equals(js("return document.readyState")));
    assertThat(driver.getCurrentUrl()).isEqualTo(origin + path);
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
  }

  private static WebElement dateParagraph() {
    return driver.findElement(By.xpath("//main//p[time[@datetime='2024-03-14']]"));
  }

  /**
   * The DSFR breadcrumb (front matter {@code showBreadcrumb: true}) shows its trail styled by the
   * DSFR, the page itself last and not a link.
   */
  private static void assertBreadcrumb(String... trail) {
    WebElement nav = driver.findElement(By.cssSelector("main nav.fr-breadcrumb"));
    List<WebElement> links = nav.findElements(By.cssSelector("ol.fr-breadcrumb__list > li > a"));
    assertThat(links.stream().map(e -> e.getAttribute("textContent").strip()).toList())
        .containsExactly(trail);
    assertThat(links.get(links.size() - 1).getDomAttribute("aria-current")).isEqualTo("page");
    assertThat(links.get(links.size() - 1).getDomAttribute("href")).isNull();
    assertThat(links.get(0).getCssValue("font-size"))
        .as("a DSFR breadcrumb link is set in small type")
        .isEqualTo("12px");
  }

  /** The DSFR stylesheet and its icons applied, and the Marianne font loaded. */
  private static void assertDsfrApplied() {
    Object fonts =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "document.fonts.ready.then(() => done([...document.fonts]"
                    + ".filter(f => f.status === 'loaded').map(f => f.family)));");
    assertThat(String.valueOf(fonts)).as("loaded fonts").contains("Marianne");
    assertThat(js("return getComputedStyle(document.body).fontFamily"))
        .asString()
        .startsWith("Marianne");
    WebElement tag = driver.findElement(By.cssSelector("main .fr-tag"));
    assertThat(tag.getCssValue("border-top-left-radius")).isNotEqualTo("0px");
    assertThat(tag.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    Object icon =
        js(
            "const s = getComputedStyle(document.querySelector('main a[hreflang]'), '::before');"
                + " return s.maskImage || s.webkitMaskImage;");
    assertThat(String.valueOf(icon)).as("switcher icon").contains("translate-2");
    assertThat(driver.findElement(By.cssSelector("header.fr-header .fr-logo")).getSize().height)
        .as("DSFR logo block height")
        .isGreaterThan(40);
  }

  /** Saves a screenshot of the whole page, beyond the window, through the DevTools protocol. */
  private static void screenshot(String name) throws IOException {
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
    Files.write(out.resolve(name), png);
    LOG.info("screenshot {} ({} bytes)", out.resolve(name), png.length);
  }

  // ------------------------------------------------------------------ axe-core

  /** One axe violation: rule, impact, help text and the selectors of the failing nodes. */
  private record Violation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + " " + targets;
    }
  }

  /**
   * Runs axe-core on the current page and returns its violations; also records the number of rules
   * passed and the checks axe could not decide (needing a human look) in {@code axe-report.txt}.
   */
  @SuppressWarnings("unchecked")
  private static List<Violation> axe(String page) {
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
        "axe {}: {} rules passed, violations {}, to review {}",
        page,
        passes,
        violations,
        incomplete);
    assertThat(passes).as("axe-core checked nothing: is it really running?").isGreaterThan(10);
    return violations;
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

  private static void assertNoViolationAtLeastSerious(String page, List<Violation> violations) {
    List<Violation> severe =
        violations.stream()
            .filter(v -> v.impact().equals("serious") || v.impact().equals("critical"))
            .toList();
    assertThat(severe).as("serious or critical axe violations on the %s post", page).isEmpty();
  }

  private static Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  // ------------------------------------------------------------------ the server

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"));

  /** Serves files below a folder; a folder URL ending with a slash gives its index.html. */
  private static void serve(HttpExchange exchange, Path root, String prefix) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String relative = path.substring(prefix.length());
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
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      respond(
          exchange,
          path,
          200,
          TYPES.getOrDefault(extension, "application/octet-stream"),
          Files.readAllBytes(file));
    }
  }

  private static void respond(
      HttpExchange exchange, String path, int status, String type, byte[] body) throws IOException {
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

  /** Where the browser, its driver, the DSFR and axe-core are; skips or fails when absent. */
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
        LOG.warn("BrowserCheckTest skipped: the {}", message);
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
