package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.Blog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's rebuilds write in place only what changed, and the site they leave is byte for byte
 * the site a fresh whole build of the same content writes: checked after each kind of edit.
 */
class BuildSessionTest {

  @TempDir Path dir;
  private Path content;
  private SiteBuild build;
  // Modification times move forward by a second at each edit, whatever the clock's resolution.
  private long clock = 1_700_000_000L;

  @BeforeEach
  void setUp() throws Exception {
    content = dir.resolve("content");
    for (int i = 1; i <= 13; i++) {
      post("fr", "billet-" + i, "Billet numéro " + i, "2024-01-" + (10 + i), "Atelier", i);
      post("en", "note-" + i, "Note number " + i, "2024-01-" + (10 + i), "Workshop", i);
    }
    build =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", Blog.SITE_YAML))
            .pageSize(4)
            .feedSize(5)
            .build();
  }

  private void post(String lang, String slug, String title, String date, String tag, int i)
      throws IOException {
    String other =
        lang.equals("fr")
            ? "*Read the [English version](/en/blog/note-" + i + "/).*"
            : "*Lire la [version française](/fr/blog/billet-" + i + "/).*";
    String extraTag = i % 3 == 0 ? ", " + (lang.equals("fr") ? "Données" : "Data") : "";
    write(
        lang + "/blog/posts/" + slug + "/index.md",
        "---\ntitle: \""
            + title
            + "\"\ndescription: Un résumé "
            + i
            + "\ndate: "
            + date
            + "\nimage: {path: ./cover.svg, alt: \"Image "
            + i
            + "\"}\ntags: ["
            + tag
            + extraTag
            + "]\n---\n"
            + other
            + "\n\nLe texte "
            + i
            + " renvoie au [billet voisin](/"
            + lang
            + "/blog/"
            + slug
            + "/) et à une [page absente](/"
            + lang
            + "/blog/absente/).\n");
  }

  private void write(String relative, String text) throws IOException {
    Path file = content.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(clock++)));
  }

  private void edit(String relative, Consumer<StringBuilder> change) throws IOException {
    StringBuilder text =
        new StringBuilder(Files.readString(content.resolve(relative), StandardCharsets.UTF_8));
    change.accept(text);
    write(relative, text.toString());
  }

  private static void replace(StringBuilder text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("fixture holds " + from).isNotNegative();
    text.replace(at, at + from.length(), to);
  }

  private static Map<String, String> tree(Path output) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path root = output.toRealPath(); // the output path is a link to the site's generation
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString().replace('\\', '/'),
            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** The session's output equals what a fresh build writes, and the reports agree. */
  private BuildReport rebuildAndCompare(BuildSession session, String what) throws IOException {
    BuildReport again = session.build();
    assertThat(again.committed()).as(what).isTrue();
    Path fresh = dir.resolve("fresh-" + what.replace(' ', '-'));
    BuildReport whole = build.run(content, fresh);
    assertThat(tree(dir.resolve("site"))).as(what).isEqualTo(tree(fresh));
    assertThat(again.problems()).as(what).isEqualTo(whole.problems());
    assertThat(again.pages()).as(what).isEqualTo(whole.pages());
    assertThat(again.filesWritten() + again.filesUnchanged())
        .as(what)
        .isEqualTo(whole.filesWritten() + whole.filesUnchanged());
    return again;
  }

  @Test
  void everyKindOfEditGivesTheSiteAFreshBuildGives() throws IOException {
    try (BuildSession session = build.session(content, dir.resolve("site"))) {
      BuildReport first = session.build();
      assertThat(first.committed()).isTrue();
      assertThat(first.filesUnchanged()).isZero();

      BuildReport same = rebuildAndCompare(session, "nothing changed");
      assertThat(same.filesWritten()).isZero();

      edit("fr/blog/posts/billet-5/index.md", t -> t.append("\nUne phrase de plus.\n"));
      BuildReport body = rebuildAndCompare(session, "a body edited");
      assertThat(body.filesWritten()).as("only the post's page").isEqualTo(1);

      edit(
          "fr/blog/posts/billet-5/index.md",
          t -> replace(t, "Billet numéro 5\"", "Billet numéro cinq\""));
      BuildReport title = rebuildAndCompare(session, "a title changed");
      assertThat(title.filesWritten())
          .as("its page, its neighbours, its listings and the feeds, not the whole site")
          .isBetween(4, 14);

      edit("fr/blog/posts/billet-2/index.md", t -> replace(t, "2024-01-12", "2024-02-28"));
      rebuildAndCompare(session, "a date moved the post to the top");

      edit("en/blog/posts/note-7/index.md", t -> replace(t, "[Workshop]", "[Workshop, Fresh]"));
      rebuildAndCompare(session, "a new tag");

      write("fr/blog/posts/billet-3/cover.svg", "<svg xmlns='http://www.w3.org/2000/svg'></svg>");
      rebuildAndCompare(session, "a cover image appeared");

      edit(
          "en/blog/posts/note-9/index.md",
          t -> replace(t, "/fr/blog/billet-9/", "/fr/blog/billet-10/"));
      rebuildAndCompare(session, "a translation link now points elsewhere");

      Files.delete(content.resolve("en/blog/posts/note-4/index.md"));
      rebuildAndCompare(session, "a post deleted");
      assertThat(dir.resolve("site/en/blog/note-4/index.html")).doesNotExist();

      post("en", "note-14", "Note number 14", "2024-03-01", "Workshop", 14);
      rebuildAndCompare(session, "a post added");

      write("fr/blog/posts/billet-8/index.md", "---\ntitle: [unclosed\n---\nTexte.\n");
      rebuildAndCompare(session, "a post broken");

      post("fr", "billet-8", "Billet numéro 8", "2024-01-18", "Atelier", 8);
      rebuildAndCompare(session, "the post mended");

      // The menu is on every page: a menu entry added or renamed is on all of them.
      write(
          "fr/menu.md",
          "---\neleventyNavigation:\n  key: Le blog\n  url: /fr/blog/\npermalink: false\n---\n");
      BuildReport menu = rebuildAndCompare(session, "a menu entry added");
      assertThat(menu.filesWritten()).as("every French page").isGreaterThan(10);
      edit("fr/menu.md", t -> replace(t, "key: Le blog", "key: Tous les billets"));
      rebuildAndCompare(session, "a menu entry renamed");
      assertThat(Files.readString(dir.resolve("site/fr/blog/billet-5/index.html")))
          .contains(">Tous les billets</a>");
    }
  }

  /**
   * A file put into the site by hand is not the site a fresh build writes: the session's next
   * build, like {@link SiteBuild#run}, leaves it out (a file to publish belongs in the content).
   */
  @Test
  void aFileWrittenIntoTheSiteByHandIsGoneAfterARebuild() throws IOException {
    Path site = dir.resolve("site");
    try (BuildSession session = build.session(content, site)) {
      session.build();
      Files.writeString(site.resolve("CNAME"), "example.gouv.fr\n");
      Files.delete(content.resolve("fr/blog/posts/billet-1/index.md"));
      rebuildAndCompare(session, "a file added by hand");
      assertThat(site.resolve("CNAME")).doesNotExist();
      assertThat(site.resolve("fr/blog/billet-1/index.html")).doesNotExist();
      assertThat(site.resolve("fr/blog/billet-2/index.html")).exists();
    }
  }

  @Test
  void anOutputReplacedBehindTheSessionsBackIsBuiltWhole() throws IOException {
    Path site = dir.resolve("site");
    try (BuildSession session = build.session(content, site)) {
      session.build();
      // Someone else deletes the site: the next build cannot update in place and writes it all.
      try (Stream<Path> walk = Files.walk(site.toRealPath())) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      BuildReport again = session.build();
      assertThat(again.committed()).isTrue();
      assertThat(again.filesUnchanged()).isZero();
      assertThat(tree(site)).isEqualTo(tree(write(build.run(content, dir.resolve("fresh")))));
    }
  }

  /**
   * Another build switches its own site in between two builds of the session (here with drafts,
   * which the session leaves out): the session notices by the link on disk and writes a whole site
   * again, the one a fresh build writes.
   */
  @Test
  void anotherBuildIntoTheOutputIsNoticedAndUndone() throws Exception {
    Path site = dir.resolve("site");
    write(
        "fr/blog/posts/brouillon/index.md",
        "---\ntitle: Brouillon\ndate: 2024-03-01\ndraft: true\ntags: [Atelier]\n---\nPas prêt.\n");
    SiteBuild other =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", Blog.SITE_YAML))
            .pageSize(4)
            .feedSize(5)
            .includeDrafts(true)
            .build();
    try (BuildSession session = build.session(content, site)) {
      session.build();
      edit("fr/blog/posts/billet-5/index.md", t -> t.append("\nUne phrase.\n"));
      rebuildAndCompare(session, "before the other build");
      assertThat(other.run(content, site).committed()).isTrue();
      assertThat(site.resolve("fr/blog/brouillon/index.html")).exists();
      rebuildAndCompare(session, "nothing changed but the other build");
      assertThat(site.resolve("fr/blog/brouillon/index.html")).doesNotExist();
      edit("fr/blog/posts/billet-6/index.md", t -> t.append("\nUne autre.\n"));
      rebuildAndCompare(session, "an edit after");
      rebuildAndCompare(session, "and back");
    }
  }

  /**
   * Files changed by hand in either of the session's two generations (in place, added, deleted) are
   * noticed by their size, modification time and file key, and written again.
   */
  @Test
  void handEditsInEitherGenerationAreNoticed() throws IOException {
    Path site = dir.resolve("site");
    try (BuildSession session = build.session(content, site)) {
      session.build();
      edit("fr/blog/posts/billet-5/index.md", t -> t.append("\nUne phrase.\n"));
      rebuildAndCompare(session, "first flip");
      Path live = site.toRealPath();
      Path hidden = dir.resolve(".site.billet");
      List<Path> generations;
      try (Stream<Path> list = Files.list(hidden)) {
        generations = list.filter(p -> p.getFileName().toString().startsWith("g-")).toList();
      }
      assertThat(generations).hasSize(2).contains(live);
      Path before = generations.get(0).equals(live) ? generations.get(1) : generations.get(0);
      // Same size, other bytes, in place in the live generation (the other one may share it).
      Path page = live.resolve("fr/blog/billet-3/index.html");
      String html = Files.readString(page);
      Files.writeString(page, html.replace("<html", "<HTML"));
      // In the other generation: one page edited, one added, one deleted.
      Files.writeString(before.resolve("fr/blog/billet-7/index.html"), "vandalised");
      Files.writeString(before.resolve("fr/blog/stray.html"), "not from the content");
      Files.delete(before.resolve("en/blog/note-2/index.html"));
      rebuildAndCompare(session, "nothing changed in the content");
      rebuildAndCompare(session, "back to the first generation");
      edit("en/blog/posts/note-2/index.md", t -> t.append("\nOne more.\n"));
      rebuildAndCompare(session, "an edit");
    }
  }

  private Path write(BuildReport report) {
    assertThat(report.committed()).isTrue();
    return report.output();
  }
}
