package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.testing.SiteYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-site build on small trees written here: what it writes, and what it refuses. */
class SiteBuildTest {

  private static final String CONFIG = SiteYaml.of("fr", "en").dsfr().text();

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Two translated posts with a cover image each, one untranslated post. */
  private static Path content(Path dir) throws IOException {
    Path root = dir.resolve("content");
    write(
        root,
        "fr/blog/posts/ouverture/index.md",
        """
        ---
        title: "L'ouverture"
        description: Le blog ouvre.
        date: 2024-03-26
        image: {path: ./couverture.svg, alt: "Une porte"}
        tags: [Communauté, Données ouvertes]
        ---
        *Read the [English version](/en/blog/opening/).*

        Nous ouvrons ce blog aujourd'hui pour parler de logiciels libres dans l'administration,
        de leurs usages et de la manière dont les équipes les partagent entre elles.

        ![Schéma](./schema.svg)
        """);
    write(
        root,
        "fr/blog/posts/ouverture/couverture.svg",
        "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(root, "fr/blog/posts/ouverture/schema.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(
        root,
        "en/blog/posts/opening/index.md",
        """
        ---
        title: "The opening"
        description: The blog opens.
        date: 2024-03-26
        image: {path: ./cover.svg, alt: "A door"}
        tags: [Community]
        ---
        *Lire la [version française](/fr/blog/ouverture/).*

        We open this blog today to talk about free software in public administrations, how it is
        used and how teams share it with each other across the whole public sector.
        """);
    write(root, "en/blog/posts/opening/cover.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(
        root,
        "fr/blog/posts/seul.md",
        """
        ---
        title: Un billet seul
        date: 2024-04-02
        tags: Communauté
        ---
        Ce billet n'a pas de traduction, et il le dit dans sa propre langue, la langue française.
        """);
    return root;
  }

  private static SiteBuild build() throws Exception {
    return SiteBuild.builder().config(SiteConfig.parse("site.yaml", CONFIG)).build();
  }

  private static List<String> files(Path output) throws IOException {
    Path root = output.toRealPath(); // the output path is a link to the site's generation
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryPageListingFeedSitemapAssetAndReport(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("site");
    BuildReport report = build().run(content, out);

    assertThat(report.problems()).isEmpty();
    assertThat(report.committed()).isTrue();
    assertThat(report.postsPerLanguage()).isEqualTo(Map.of("en", 1, "fr", 2));
    assertThat(report.translationPairs()).isEqualTo(1);
    assertThat(files(out))
        .contains(
            "fr/blog/ouverture/index.html",
            "fr/blog/ouverture/couverture.svg",
            "fr/blog/ouverture/schema.svg",
            "fr/blog/seul/index.html",
            "en/blog/opening/index.html",
            "en/blog/opening/cover.svg",
            "fr/blog/index.html",
            "en/blog/index.html",
            "fr/blog/tags/communaute/index.html",
            "fr/blog/tags/donnees-ouvertes/index.html",
            "en/blog/tags/community/index.html",
            "404.html",
            "index.html",
            "fr/index.html",
            "en/index.html",
            "fr/404.html",
            "en/404.html",
            "feed/feed.xml",
            "feed/feed.json",
            "fr/feed/feed.xml",
            "en/feed/feed.json",
            "sitemap.xml",
            "problems.json");
    String fr = Files.readString(out.resolve("fr/blog/ouverture/index.html"));
    assertThat(fr)
        .contains("<html lang=\"fr\"")
        .contains("hreflang=\"en\" href=\"https://example.gouv.fr/en/blog/opening/\"")
        .contains("Publié le <time datetime=\"2024-03-26\">26 mars 2024</time>");
    assertThat(Files.readString(out.resolve("sitemap.xml")))
        .contains("https://example.gouv.fr/fr/blog/ouverture/");
    assertThat(Files.readString(out.resolve("problems.json"), StandardCharsets.UTF_8))
        .contains("\"errors\" : 0");
    assertThat(names(dir)).containsExactly(".site.billet", "content", "site");
    assertThat(names(dir.resolve(".site.billet"))).hasSize(2).contains("lock");
  }

  @Test
  void theSiteWideFeedIsTitledInTheFirstConfiguredLanguage(@TempDir Path dir) throws Exception {
    // The titles are given English first; the site's first language is French. The title used to
    // follow an unordered map, and changed from one run to the next.
    SiteBuild build =
        SiteBuild.builder()
            .config(
                SiteConfig.parse(
                    "site.yaml",
                    CONFIG.replace(
                        "{fr: \"Le blog\", en: \"The blog\"}",
                        "{en: \"The blog\", fr: \"Le blog\"}")))
            .build();
    Path out = dir.resolve("site");
    assertThat(build.run(content(dir), out).problems()).isEmpty();

    assertThat(Files.readString(out.resolve("feed/feed.xml")))
        .contains("<title type=\"text\">Le blog</title>");
    assertThat(Files.readString(out.resolve("feed/feed.json"))).contains("\"title\": \"Le blog\"");
    assertThat(Files.readString(out.resolve("en/feed/feed.xml")))
        .contains("<title type=\"text\">The blog</title>");
  }

  @Test
  void rebuildRewritesOnlyWhatChanged(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("site");
    BuildReport first = build().run(content, out);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Path lonely = out.resolve("fr/blog/seul/index.html");
    Files.setLastModifiedTime(lonely, old);

    BuildReport same = build().run(content, out);
    assertThat(same.filesWritten()).isZero();
    assertThat(same.filesUnchanged()).isEqualTo(first.filesWritten());
    assertThat(Files.getLastModifiedTime(lonely)).isEqualTo(old);

    Path en = content.resolve("en/blog/posts/opening/index.md");
    Files.writeString(en, Files.readString(en).replace("We open", "Today we open"));
    BuildReport changed = build().run(content, out);
    // the post page and the four feeds that carry its full text
    assertThat(changed.filesWritten()).isEqualTo(5);
    assertThat(Files.getLastModifiedTime(lonely)).isEqualTo(old);
    assertThat(Files.readString(out.resolve("en/blog/opening/index.html")))
        .contains("Today we open");
  }

  @Test
  void badContentStillWritesEveryGoodPage(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    write(content, "fr/blog/posts/casse.md", "---\ntitle: [pas, un, titre]\ndate: 2024-02-30\n");
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.committed()).isTrue();
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.problems())
        .extracting(Problem::file, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fr/blog/posts/casse.md", "front-matter.unclosed"));
    assertThat(dir.resolve("site/fr/blog/ouverture/index.html")).exists();
    assertThat(Files.readString(dir.resolve("site/problems.json")))
        .contains("front-matter.unclosed");
  }

  @Test
  void outputInsideTheContentFolderIsRefused(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report = build().run(content, content.resolve("fr/_site"));
    assertThat(report.committed()).isFalse();
    assertThat(report.problems())
        .extracting(Problem::code)
        .containsExactly("output.inside-content");
    assertThat(content.resolve("fr/_site")).doesNotExist();
    assertThat(names(content)).containsExactly("en", "fr");
  }

  @Test
  void outputHoldingTheContentIsRefused(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report = build().run(content, dir);
    assertThat(report.problems())
        .extracting(Problem::code)
        .containsExactly("output.contains-content");
    assertThat(content.resolve("fr/blog/posts/seul.md")).exists();
  }

  @Test
  void aFolderBilletDidNotWriteIsNeverReplaced(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path docs = dir.resolve("docs");
    write(docs, "notes.txt", "precious");
    BuildReport report = build().run(content, docs);
    assertThat(report.committed()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).containsExactly("output.not-billet");
    assertThat(docs.resolve("notes.txt")).hasContent("precious");
    assertThat(names(dir)).containsExactly("content", "docs");
  }

  @Test
  void unwritableOutputLocationIsAProblem(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Files.writeString(dir.resolve("blocker"), "a file where a folder is needed");
    BuildReport report = build().run(content, dir.resolve("blocker/site"));
    assertThat(report.committed()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).containsExactly("output.unwritable");
  }

  @Test
  void aWriteFailingHalfWayLeavesThePreviousSiteInPlace(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path out = dir.resolve("site");
    build().run(content, out);
    String before = Files.readString(out.resolve("fr/blog/ouverture/index.html"));
    Path en = content.resolve("en/blog/posts/opening/index.md");
    Files.writeString(en, Files.readString(en).replace("We open", "Today we open"));
    // The schema image disappears while pages are rendered: copying it fails mid-build, as a
    // full disk or a vanished network share would make a write fail.
    Path schema = content.resolve("fr/blog/posts/ouverture/schema.svg");
    SiteBuild failing =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", CONFIG))
            .listener(
                (stage, done, total) -> {
                  if (stage.equals("assets") && done == 0) {
                    try {
                      Files.deleteIfExists(schema);
                    } catch (IOException e) {
                      throw new AssertionError(e);
                    }
                  }
                })
            .build();
    BuildReport report = failing.run(content, out);
    assertThat(report.committed()).isFalse();
    assertThat(report.problems()).extracting(Problem::code).contains("output.write-failed");
    assertThat(Files.readString(out.resolve("fr/blog/ouverture/index.html"))).isEqualTo(before);
    assertThat(Files.readString(out.resolve("en/blog/opening/index.html")))
        .doesNotContain("Today we open");
    assertThat(names(dir)).containsExactly(".site.billet", "content", "site");
    assertThat(names(dir.resolve(".site.billet"))).hasSize(2).contains("lock");
  }

  @Test
  void imagesOutsideTheContentRootAreRefused(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Files.writeString(dir.resolve("secret.txt"), "not for the web");
    Files.createSymbolicLink(
        content.resolve("fr/blog/posts/ouverture/lien.txt"), dir.resolve("secret.txt"));
    write(
        content,
        "fr/blog/posts/fuite.md",
        """
        ---
        title: Fuite
        date: 2024-05-01
        image: {path: ../../../../secret.txt, alt: x}
        ---
        [Le lien](./ouverture/lien.txt)
        """);
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("asset.outside-root"))
        .extracting(Problem::file, Problem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("fr/blog/posts/fuite.md", 4),
            org.assertj.core.groups.Tuple.tuple("fr/blog/posts/fuite.md", 6));
    assertThat(files(dir.resolve("site"))).noneMatch(f -> f.endsWith("secret.txt"));
    assertThat(files(dir.resolve("site"))).noneMatch(f -> f.endsWith("lien.txt"));
  }

  @Test
  void twoPostsClaimingOneUrlGiveOnePageAndAnError(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    write(
        content,
        "fr/pages/copie.md",
        "---\ntitle: Copie\ndate: 2024-01-01\npermalink: /fr/blog/seul/\n---\nCopie.\n");
    write(
        content,
        "fr/pages/index-blog.md",
        "---\ntitle: Squat\ndate: 2024-01-01\npermalink: /fr/blog/\n---\nSquat.\n");
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.problems())
        .as(report.problems().toString())
        .extracting(Problem::code)
        .contains("url.conflict");
    assertThat(report.committed()).as(report.problems().toString()).isTrue();
    assertThat(Files.readString(dir.resolve("site/fr/blog/seul/index.html")))
        .contains("Un billet seul");
  }

  @Test
  void namesWithSpacesAndUnicodeBuild(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    write(
        content,
        "fr/blog/posts/été 2024/index.md",
        "---\ntitle: Été\ndate: 2024-07-01\n---\nUn été.\n");
    BuildReport report = build().run(content, dir.resolve("site"));
    assertThat(report.errors()).isZero();
    assertThat(dir.resolve("site/fr/blog/été 2024/index.html")).exists();
  }

  @Test
  void checkReportsWithoutWriting(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report = build().check(content);
    assertThat(report.committed()).isFalse();
    // Per language: a post, the blog index, its tag pages, the 404, the home and site map pages.
    assertThat(report.pages()).isEqualTo(14);
    assertThat(report.problems()).isEmpty();
    assertThat(names(dir)).containsExactly("content");
  }

  @Test
  void draftsAreLeftOutUnlessAsked(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    write(
        content,
        "fr/blog/posts/brouillon.md",
        "---\ntitle: Brouillon\ndate: 2024-06-01\ndraft: true\n---\nPas encore.\n");
    build().run(content, dir.resolve("site"));
    assertThat(dir.resolve("site/fr/blog/brouillon/index.html")).doesNotExist();
    SiteBuild.builder()
        .config(SiteConfig.parse("site.yaml", CONFIG))
        .includeDrafts(true)
        .build()
        .run(content, dir.resolve("site"));
    assertThat(dir.resolve("site/fr/blog/brouillon/index.html")).exists();
  }
}
