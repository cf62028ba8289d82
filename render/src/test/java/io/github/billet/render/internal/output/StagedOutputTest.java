package io.github.billet.render.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** What Billet's hidden folder beside the output holds, generations by kind. */
  private static List<String> hidden(Path dir) throws IOException {
    return siblings(dir.resolve(".site.billet")).stream()
        .map(n -> n.startsWith("g-") ? "generation" : n)
        .toList();
  }

  @Test
  void firstBuildWritesEverythingAndSwapsIn(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    try (StagedOutput staged = StagedOutput.open(out)) {
      staged.write("fr/blog/a/index.html", utf8("<p>a</p>"));
      staged.write("index.html", utf8("home"));
      assertThat(out).doesNotExist();
      staged.commit();
      assertThat(staged.written()).isEqualTo(2);
    }
    assertThat(out.resolve("fr/blog/a/index.html")).hasContent("<p>a</p>");
    assertThat(out.resolve(StagedOutput.MARKER)).exists();
    assertThat(siblings(dir)).containsExactly(".site.billet", "site");
    assertThat(hidden(dir)).containsExactly("generation", "lock");
    assertThat(Files.readSymbolicLink(out).toString()).startsWith(".site.billet/g-");
  }

  /** The output folder is made like its subfolders, not owner-only as a temporary folder is. */
  @Test
  void theOutputFolderIsReadableAsItsSubfoldersAre(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Path out = dir.resolve("site");
    for (int build = 0; build < 2; build++) {
      try (StagedOutput staged = StagedOutput.open(out)) {
        staged.write("fr/index.html", utf8("accueil " + build));
        staged.commit();
      }
      assertThat(Files.getPosixFilePermissions(out))
          .as("build %d", build)
          .isEqualTo(Files.getPosixFilePermissions(out.resolve("fr")))
          .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
    }
    assertThat(siblings(dir)).containsExactly(".site.billet", "site");
    assertThat(hidden(dir)).containsExactly("generation", "lock");
  }

  @Test
  void uniqueFoldersNeverReuseAName(@TempDir Path dir) throws Exception {
    java.util.Set<Path> made = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      Path folder = StagedOutput.uniqueFolder(dir, ".site.billet-staging-");
      assertThat(folder).isDirectory().hasParent(dir);
      assertThat(folder.getFileName().toString()).startsWith(".site.billet-staging-");
      assertThat(made.add(folder)).isTrue();
    }
  }

  @Test
  void rebuildRewritesOnlyChangedFilesAndDropsStaleOnes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    try (StagedOutput staged = StagedOutput.open(out)) {
      staged.write("same.html", utf8("same"));
      staged.write("changed.html", utf8("old"));
      staged.write("stale.html", utf8("gone soon"));
      staged.commit();
    }
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out.resolve("same.html"), old);
    try (StagedOutput staged = StagedOutput.open(out)) {
      staged.write("same.html", utf8("same"));
      staged.write("changed.html", utf8("new"));
      staged.commit();
      assertThat(staged.written()).isEqualTo(1);
      assertThat(staged.unchanged()).isEqualTo(1);
    }
    assertThat(Files.getLastModifiedTime(out.resolve("same.html"))).isEqualTo(old);
    assertThat(out.resolve("changed.html")).hasContent("new");
    assertThat(out.resolve("stale.html")).doesNotExist();
    assertThat(siblings(dir)).containsExactly(".site.billet", "site");
    assertThat(hidden(dir)).containsExactly("generation", "lock");
  }

  @Test
  void failedBuildLeavesThePreviousSiteInPlace(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    try (StagedOutput staged = StagedOutput.open(out)) {
      staged.write("index.html", utf8("good"));
      staged.commit();
    }
    assertThatThrownBy(
            () -> {
              try (StagedOutput staged = StagedOutput.open(out)) {
                staged.write("index.html", utf8("half"));
                throw new IOException("No space left on device (simulated)");
              }
            })
        .hasMessageContaining("simulated");
    assertThat(out.resolve("index.html")).hasContent("good");
    assertThat(siblings(dir)).containsExactly(".site.billet", "site");
    assertThat(hidden(dir)).containsExactly("generation", "lock");
  }

  @Test
  void refusesToReplaceAFolderBilletDidNotWrite(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.tex"), "precious");
    StagedOutput.OutputException e =
        catchThrowableOfType(StagedOutput.OutputException.class, () -> StagedOutput.open(home));
    assertThat(e.code()).isEqualTo("output.not-billet");
    assertThat(home.resolve("thesis.tex")).hasContent("precious");
    assertThat(siblings(dir)).containsExactly("home");
  }

  @Test
  void outputThatIsAFileIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site");
    Files.writeString(file, "x");
    assertThat(
            catchThrowableOfType(StagedOutput.OutputException.class, () -> StagedOutput.open(file))
                .code())
        .isEqualTo("output.not-a-folder");
  }

  @Test
  void unwritableLocationIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a file where a folder should be");
    StagedOutput.OutputException e =
        catchThrowableOfType(
            StagedOutput.OutputException.class, () -> StagedOutput.open(blocker.resolve("site")));
    assertThat(e.code()).isEqualTo("output.unwritable");
  }

  @Test
  void pathsEscapingTheOutputAreRefused(@TempDir Path dir) throws Exception {
    try (StagedOutput staged = StagedOutput.open(dir.resolve("site"))) {
      for (String bad : List.of("../evil.html", "/etc/passwd", "a/../../b", "a\0b", "C:/x", "")) {
        assertThatThrownBy(() -> staged.write(bad, utf8("x")))
            .as(bad)
            .isInstanceOf(IllegalArgumentException.class);
      }
      staged.write("a/../b.html", utf8("fine, stays inside"));
    }
    assertThat(dir.resolve("evil.html")).doesNotExist();
    assertThat(siblings(dir)).containsExactly(".site.billet");
    assertThat(hidden(dir)).containsExactly("lock");
  }

  /** A mount point cannot be replaced by a link: the message says it is one. */
  @Test
  void aMountPointIsNamedAsSuch() {
    Path mounted = Path.of("/proc");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(mounted.resolve("self")), "a Linux /proc mount");
    // Only the check, which changes nothing: a real open would make the hidden folder beside it.
    StagedOutput.OutputException e =
        catchThrowableOfType(
            StagedOutput.OutputException.class,
            () -> Generations.checkOutputPath(mounted, Path.of("/.proc.billet")));
    assertThat(e.code()).isEqualTo("output.mount-point");
    assertThat(e.getMessage()).contains("/proc is a mount point");
    assertThat(e.hint()).contains("/proc/site");
  }
}
