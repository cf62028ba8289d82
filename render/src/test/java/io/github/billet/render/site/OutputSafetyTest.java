package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.Blog;
import io.github.billet.render.internal.output.Generations;
import io.github.billet.render.internal.output.OutputFaults;
import io.github.billet.render.internal.output.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection into the whole-site build's output (issue 20, items 1 to 3): the process is
 * stopped at each step of the switch, as a kill would stop it (nothing cleaned up, the lock
 * released by the system), and the output path must show a whole site, the old or the new, at that
 * instant; the next build must leave exactly one site and nothing else.
 */
class OutputSafetyTest {

  /** A simulated kill: an error no build code catches. */
  static final class Halt extends Error {
    private static final long serialVersionUID = 1L;

    Halt(String point) {
      super("stopped at " + point);
    }
  }

  /**
   * Records the steps it sees, and stops the process at the {@code skip}-th occurrence of one.
   * Without a point it only records.
   */
  static final class StopAt implements OutputFaults {
    final List<String> seen = new ArrayList<>();
    private final String point;
    private int skip;
    private final boolean links;
    private boolean dead;
    boolean armed = true;

    StopAt(String point, int skip, boolean links) {
      this.point = point;
      this.skip = skip;
      this.links = links;
    }

    @Override
    public void at(String step) {
      seen.add(step);
      if (armed && step.equals(point) && skip-- == 0) {
        dead = true;
        throw new Halt(step);
      }
    }

    @Override
    public boolean dead() {
      return dead;
    }

    @Override
    public boolean linksWork() {
      return links;
    }
  }

  /** Fails a step as a full disk would. */
  record FailAt(String point, boolean linksWork) implements OutputFaults {
    @Override
    public void at(String step) throws IOException {
      if (step.equals(point)) {
        throw new IOException("No space left on device (simulated)");
      }
    }
  }

  @TempDir Path dir;
  private Path content;
  private SiteBuild build;

  @BeforeEach
  void setUp() throws Exception {
    content = dir.resolve("content");
    post("fr", "premier", "Premier billet", "2024-01-10");
    post("en", "first", "First post", "2024-01-10");
    post("fr", "second", "Second billet", "2024-01-11");
    build = SiteBuild.builder().config(SiteConfig.parse("site.yaml", Blog.SITE_YAML)).build();
  }

  private void post(String lang, String slug, String title, String date) throws IOException {
    Path file = content.resolve(lang + "/blog/posts/" + slug + "/index.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: [Atelier]\n---\nTexte.\n",
        StandardCharsets.UTF_8);
    Files.writeString(file.resolveSibling("image.svg"), "<svg>" + title + "</svg>");
  }

  /** The second version of the content: one post edited, one gone, one new. */
  private void secondVersion() throws IOException {
    post("fr", "premier", "Premier billet, revu", "2024-01-10");
    deleteTree(content.resolve("fr/blog/posts/second"));
    post("en", "second", "Second post", "2024-01-12");
  }

  static Map<String, String> tree(Path output) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path root = output.toRealPath();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString().replace('\\', '/'),
            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Exactly one site beside the content: the output link, and one generation with the lock. */
  private void assertOneSiteAndNothingElse() throws IOException {
    assertOneSiteIn(dir, "content");
  }

  private static void assertOneSiteIn(Path folder, String... others) throws IOException {
    List<String> expected = new ArrayList<>(List.of(".site.billet", "site"));
    expected.addAll(List.of(others));
    assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(names(folder.resolve(".site.billet")))
        .hasSize(2)
        .contains("lock")
        .anyMatch(n -> n.startsWith("g-"));
  }

  /**
   * Stops a build of the second version over a site of the first at each step of the switch in turn
   * (every step a normal build takes, each occurrence), in a fresh folder each time.
   */
  private void stopAtEveryStep(boolean links) throws IOException {
    Path first = dir.resolve("first");
    copyTree(content, first);
    secondVersion();
    Path second = dir.resolve("second");
    copyTree(content, second);
    Path refs = dir.resolve("refs");
    build.run(first, refs.resolve("site"), new StopAt(null, 0, links));
    Map<String, String> firstSite = tree(refs.resolve("site"));
    StopAt recorder = new StopAt(null, 0, links);
    assertThat(build.run(second, refs.resolve("site"), recorder).committed()).isTrue();
    Map<String, String> secondSite = tree(refs.resolve("site"));
    assertThat(secondSite).isNotEqualTo(firstSite);
    List<String> steps = recorder.seen;

    int stops = 0;
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      int occurrence = (int) steps.subList(0, i).stream().filter(step::equals).count();
      Path work = Files.createDirectories(dir.resolve("stop-" + i));
      Path out = work.resolve("site");
      assertThat(build.run(first, out, new StopAt(null, 0, links)).committed()).isTrue();
      Halt halt =
          catchThrowableOfType(
              Halt.class, () -> build.run(second, out, new StopAt(step, occurrence, links)));
      assertThat(halt).as("stopped at %s #%d", step, occurrence).isNotNull();
      stops++;
      if (Files.exists(out)) {
        assertThat(tree(out))
            .as("the output path at %s #%d shows a whole site", step, occurrence)
            .isIn(firstSite, secondSite);
      } else {
        // Only the two-rename fallback has an instant without a site; the next build restores it.
        assertThat(links).as("no site at %s #%d", step, occurrence).isFalse();
        assertThat(step).isEqualTo("switch.rename");
        // Even a build that then fails puts a whole site back first.
        BuildReport failed = build.run(second, out, new FailAt("generation.complete", links));
        assertThat(failed.committed()).isFalse();
        assertThat(tree(out)).as("restored after %s", step).isIn(firstSite, secondSite);
      }
      BuildReport next = build.run(second, out, new StopAt(null, 0, links));
      assertThat(next.problems()).isEmpty();
      assertThat(tree(out)).as("after a stop at %s #%d", step, occurrence).isEqualTo(secondSite);
      if (links) {
        assertOneSiteIn(work);
      } else {
        assertThat(names(work)).containsExactly(".site.billet", "site");
      }
    }
    assertThat(stops).isEqualTo(steps.size()).isGreaterThanOrEqualTo(5);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void aBuildStoppedAtAnyStepOfTheSwitchLeavesAWholeSite() throws IOException {
    stopAtEveryStep(true);
  }

  @Test
  void withoutSymbolicLinksTheNextBuildRestoresASiteAStoppedSwitchLeftMissing() throws IOException {
    stopAtEveryStep(false);
  }

  /**
   * A watch session's rebuild brings its other generation up to date (or, the first time, makes it)
   * and switches it in: stopped at each step of that switch, the output path shows a whole site; a
   * new session (the process died) then leaves the site a fresh build writes, and nothing else.
   */
  @Test
  void aWatchRebuildStoppedAtAnyStepOfTheSwitchLeavesAWholeSite() throws Exception {
    Path first = dir.resolve("first");
    copyTree(content, first);
    secondVersion();
    Path second = dir.resolve("second");
    copyTree(content, second);
    Map<String, String> firstSite = reference(first);
    Map<String, String> secondSite = reference(second);
    int stops = 0;
    // The first rebuild of a session makes its second generation; later ones update the other.
    for (int warmups : new int[] {0, 1}) {
      StopAt recorder = new StopAt(null, 0, true);
      Path recorded = dir.resolve("recorded-" + warmups);
      copyTree(first, recorded.resolve("content"));
      try (BuildSession session =
          build.session(recorded.resolve("content"), recorded.resolve("site"), recorder)) {
        for (int i = 0; i <= warmups; i++) {
          session.build();
        }
        recorder.seen.clear();
        deleteTree(recorded.resolve("content"));
        copyTree(second, recorded.resolve("content"));
        assertThat(session.build().committed()).isTrue();
      }
      List<String> steps = List.copyOf(recorder.seen);
      assertThat(steps).contains("switch.link", "switch.rename", "switch.done");
      for (int i = 0; i < steps.size(); i++) {
        String step = steps.get(i);
        int occurrence = (int) steps.subList(0, i).stream().filter(step::equals).count();
        Path work = Files.createDirectories(dir.resolve("watch-" + warmups + "-" + i));
        Path live = work.resolve("content");
        copyTree(first, live);
        Path out = work.resolve("site");
        StopAt stop = new StopAt(step, occurrence, true);
        stop.armed = false;
        try (BuildSession session = build.session(live, out, stop)) {
          for (int w = 0; w <= warmups; w++) {
            session.build();
          }
          assertThat(tree(out)).isEqualTo(firstSite);
          deleteTree(live);
          copyTree(second, live);
          stop.armed = true;
          Halt halt = catchThrowableOfType(Halt.class, session::build);
          assertThat(halt).as("stopped at %s", step).isNotNull();
          stops++;
        }
        assertThat(tree(out)).as("the output path at %s", step).isIn(firstSite, secondSite);
        try (BuildSession again = build.session(live, out)) {
          assertThat(again.build().problems()).isEmpty();
        }
        assertThat(tree(out)).as("after a stop at %s", step).isEqualTo(secondSite);
        assertOneSiteIn(work, "content");
      }
    }
    assertThat(stops).isGreaterThanOrEqualTo(7);
  }

  private Map<String, String> reference(Path from) throws IOException {
    Path out = dir.resolve("ref-" + from.getFileName()).resolve("site");
    assertThat(build.run(from, out).committed()).isTrue();
    return tree(out);
  }

  @Test
  void theSwitchIsOneRenameOfALink() throws IOException {
    Path out = dir.resolve("site");
    build.run(content, out);
    secondVersion();
    StopAt recorder = new StopAt(null, 0, true);
    assertThat(build.run(content, out, recorder).committed()).isTrue();
    List<String> steps = recorder.seen;
    assertThat(steps)
        .containsSubsequence("generation.complete", "switch.link", "switch.rename", "switch.done");
    assertThat(steps).doesNotContain("switch.aside");
    Path site = dir.resolve("site");
    assertThat(Files.isSymbolicLink(site)).isTrue();
    assertThat(Files.readSymbolicLink(site).toString()).startsWith(".site.billet/g-");
    assertOneSiteAndNothingElse();
  }

  @Test
  void tenKilledBuildsLeaveNothingAfterTheNextOne() throws IOException {
    Path out = dir.resolve("site");
    build.run(content, out);
    String[] steps = {"generation.complete", "switch.link", "switch.rename", "switch.done"};
    for (int i = 0; i < 10; i++) {
      post("fr", "premier", "Premier billet " + i, "2024-01-10");
      String step = steps[i % steps.length];
      assertThat(
              catchThrowableOfType(
                  Halt.class, () -> build.run(content, out, new StopAt(step, 0, true))))
          .isNotNull();
    }
    assertThat(names(dir.resolve(".site.billet")).size()).isGreaterThan(5);
    BuildReport next = build.run(content, out);
    assertThat(next.problems()).isEmpty();
    assertOneSiteAndNothingElse();
    assertThat(out.resolve("fr/blog/premier/index.html")).content().contains("Premier billet 9");
  }

  @Test
  void anEarlierBilletsOutputFolderAndLeftoversAreMigrated() throws IOException {
    Path out = dir.resolve("site");
    // What an earlier Billet left: a real output folder, a staging and a retired folder of killed
    // builds (with the marker), and a folder of the same shape that Billet did not make.
    for (String folder : List.of("site", ".site.billet-staging-1x", ".site.billet-retired-2y")) {
      Files.createDirectories(dir.resolve(folder + "/fr"));
      Files.writeString(dir.resolve(folder).resolve(StagedOutput.MARKER), "Written by Billet.\n");
      Files.writeString(dir.resolve(folder + "/fr/index.html"), "old " + folder);
    }
    Files.createDirectories(dir.resolve(".site.billet-retired-notours"));
    Files.writeString(dir.resolve(".site.billet-retired-notours/thesis.tex"), "precious");
    BuildReport report = build.run(content, out);
    assertThat(report.problems()).isEmpty();
    assertThat(Files.isSymbolicLink(out)).isTrue();
    assertThat(names(dir))
        .containsExactly(".site.billet", ".site.billet-retired-notours", "content", "site");
    assertThat(dir.resolve(".site.billet-retired-notours/thesis.tex")).hasContent("precious");
    assertThat(names(dir.resolve(".site.billet"))).hasSize(2);
  }

  @Test
  void anOldSiteAnEarlierKilledSwapLeftAsideIsRestored() throws IOException {
    Path out = dir.resolve("site");
    // An earlier Billet killed between its two renames: no output, the old site set aside.
    Path retired = dir.resolve(".site.billet-retired-3z");
    Files.createDirectories(retired.resolve("fr"));
    Files.writeString(retired.resolve(StagedOutput.MARKER), "Written by Billet.\n");
    Files.writeString(retired.resolve("fr/index.html"), "the old site");
    // This build fails before its switch: the restored old site must be what the output shows.
    BuildReport failed =
        build.run(
            content,
            out,
            point -> {
              if (point.equals("generation.complete")) {
                throw new IOException("No space left on device (simulated)");
              }
            });
    assertThat(failed.committed()).isFalse();
    assertThat(failed.problems()).extracting(Problem::code).containsExactly("output.write-failed");
    assertThat(out.resolve("fr/index.html")).hasContent("the old site");
    assertThat(names(dir)).containsExactly(".site.billet", "content", "site");
  }

  @Test
  void aSecondBuildIntoTheSameOutputStopsWithOutputBusyNamingTheFirst() throws Exception {
    Path out = dir.resolve("site");
    build.run(content, out);
    Map<String, String> before = tree(out);
    try (Generations first = Generations.open(out, OutputFaults.NONE)) {
      BuildReport second = build.run(content, out);
      assertThat(second.committed()).isFalse();
      assertThat(second.problems()).extracting(Problem::code).containsExactly("output.busy");
      assertThat(second.problems().get(0).message())
          .contains("process " + ProcessHandle.current().pid())
          .contains(out.toString());
    }
    assertThat(tree(out)).isEqualTo(before);
    assertThat(build.run(content, out).committed()).isTrue();
  }

  /**
   * The lock across processes: a build in another process (here one that only takes the lock) makes
   * this one stop with output.busy naming its process id and command; once that process is killed,
   * the system releases its lock and the next build goes through.
   */
  @Test
  void aBuildInAnotherProcessIsNamedAndOnceKilledNoLongerBlocks() throws Exception {
    Path out = dir.resolve("site");
    build.run(content, out);
    Map<String, String> before = tree(out);
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // The class path through the environment: a short command line, whose words the system gives.
    ProcessBuilder start =
        new ProcessBuilder(java.toString(), OutputLockHolder.class.getName(), out.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    start.environment().put("CLASSPATH", classPath);
    Process holder = start.start();
    try {
      java.io.BufferedReader said =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(said.readLine()).isEqualTo("locked");
      BuildReport second = build.run(content, out);
      assertThat(second.committed()).isFalse();
      assertThat(second.problems()).extracting(Problem::code).containsExactly("output.busy");
      assertThat(second.problems().get(0).message())
          .contains("process " + holder.pid())
          .contains(OutputLockHolder.class.getName());
      assertThat(tree(out)).isEqualTo(before);
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
    BuildReport after = build.run(content, out);
    assertThat(after.committed()).isTrue();
    assertThat(after.problems()).isEmpty();
    assertOneSiteAndNothingElse();
  }

  @Test
  void anOutputPathThatIsAnotherLinkOrAFileSaysSo() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(dir.resolve("site"), elsewhere);
    BuildReport report = build.run(content, dir.resolve("site"));
    assertThat(report.problems()).extracting(Problem::code).containsExactly("output.symlink");
    assertThat(report.problems().get(0).message())
        .contains("symbolic link to " + elsewhere)
        .contains("Billet did not make");
    assertThat(Files.isSymbolicLink(dir.resolve("site"))).isTrue();
    assertThat(Files.readSymbolicLink(dir.resolve("site"))).isEqualTo(elsewhere);
    assertThat(Files.exists(dir.resolve("site"), LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void anEmptyContentFolderDoesNotWipeTheSite() throws Exception {
    Path out = dir.resolve("site");
    build.run(content, out);
    Map<String, String> before = tree(out);
    Path empty = Files.createDirectories(dir.resolve("empty/fr"));
    BuildReport refused = build.run(empty.getParent(), out);
    assertThat(refused.committed()).isFalse();
    assertThat(refused.problems()).extracting(Problem::code).containsExactly("build.no-posts");
    assertThat(refused.problems().get(0).hint()).contains("allowEmptySite(true)");
    assertThat(tree(out)).isEqualTo(before);
    // Only drafts is no post to publish either.
    Path drafts = dir.resolve("drafts/fr/blog/posts/brouillon.md");
    Files.createDirectories(drafts.getParent());
    Files.writeString(drafts, "---\ntitle: Brouillon\ndate: 2024-01-01\ndraft: true\n---\nx\n");
    assertThat(build.run(dir.resolve("drafts"), out).problems())
        .extracting(Problem::code)
        .containsExactly("build.no-posts");
    assertThat(build.check(empty.getParent()).problems())
        .extracting(Problem::code)
        .containsExactly("build.no-posts");
    assertThat(tree(out)).isEqualTo(before);

    SiteBuild allowing =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", Blog.SITE_YAML))
            .allowEmptySite(true)
            .build();
    BuildReport allowed = allowing.run(empty.getParent(), out);
    assertThat(allowed.committed()).isTrue();
    assertThat(out.resolve("fr/blog/premier/index.html")).doesNotExist();
  }

  @Test
  void aBuildRemovingMostPagesWarnsAndKeepsThePreviousSiteUntilTheNextBuild() throws Exception {
    for (int i = 0; i < 30; i++) {
      post("fr", "billet-" + i, "Billet " + i, "2024-02-" + (10 + i % 15));
    }
    Path out = dir.resolve("site");
    BuildReport full = build.run(content, out);
    assertThat(full.problems()).isEmpty();
    // A fifth of the posts gone: no warning.
    for (int i = 0; i < 6; i++) {
      deleteTree(content.resolve("fr/blog/posts/billet-" + i));
    }
    assertThat(build.run(content, out).problems()).isEmpty();
    assertThat(build.run(content, out).problems()).isEmpty();
    long pagesBefore = tree(out).keySet().stream().filter(f -> f.endsWith(".html")).count();
    for (int i = 6; i < 30; i++) {
      deleteTree(content.resolve("fr/blog/posts/billet-" + i));
    }
    BuildReport most = build.run(content, out);
    assertThat(most.committed()).isTrue();
    assertThat(most.problems()).extracting(Problem::code).containsExactly("build.pages-removed");
    Problem warning = most.problems().get(0);
    assertThat(warning.isError()).isFalse();
    assertThat(warning.message())
        .contains("of the " + pagesBefore + " pages the previous build wrote")
        .contains("more than half");
    long pagesAfter = tree(out).keySet().stream().filter(f -> f.endsWith(".html")).count();
    assertThat(warning.message()).contains("removes " + (pagesBefore - pagesAfter) + " of");
    assertThat(out.resolve("fr/blog/billet-9/index.html")).doesNotExist();
    // The previous site is still there, whole, beside the new one.
    assertThat(names(dir.resolve(".site.billet")).stream().filter(n -> n.startsWith("g-")))
        .hasSize(2);
    assertThat(build.run(content, out).problems()).isEmpty();
    assertOneSiteAndNothingElse();
  }
}
