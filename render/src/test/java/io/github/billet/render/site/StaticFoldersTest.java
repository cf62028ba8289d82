package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.testing.SiteYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static folders ({@code static:}): copied as they are, resolved from posts, in conflicts. */
class StaticFoldersTest {

  @TempDir Path dir;

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A site laid out as code.gouv.fr's: content/ and public/ side by side. */
  private Path site() throws IOException {
    Path content = dir.resolve("site/content");
    write(
        content,
        "fr/blog/posts/prix/index.md",
        """
        ---
        title: Le prix
        date: 2024-11-29
        tags: [posts]
        image:
          path: ../../../../../public/img/blog/logo.png
          alt: ""
        ---
        Voir [le rapport](/docs/rapport.pdf).
        """);
    Path pub = dir.resolve("site/public");
    write(pub, "img/blog/logo.png", "png bytes");
    write(pub, "docs/rapport.pdf", "pdf bytes");
    write(pub, "robots.txt", "User-agent: *\n");
    return content;
  }

  private SiteConfig config(String statics) throws Exception {
    return SiteYaml.of("fr").extra(statics).parse(dir.resolve("site.yaml").toString());
  }

  private static int lineOf(String statics, String entry) {
    return SiteYaml.of("fr").extra(statics).lineOf(entry);
  }

  private BuildReport build(SiteConfig config, Path content, Path out) {
    return SiteBuild.builder().config(config).build().run(content, out);
  }

  private static List<String> codes(BuildReport report) {
    return report.problems().stream().map(Problem::code).toList();
  }

  @Test
  void filesAreCopiedAsTheyAreAndARelativeCoverInsideResolvesToItsUrl() throws Exception {
    Path content = site();
    Path out = dir.resolve("out");

    BuildReport report = build(config("static:\n  - {from: ../public, to: /}\n"), content, out);

    assertThat(report.committed()).isTrue();
    assertThat(codes(report)).doesNotContain("asset.outside-root", "asset.missing");
    assertThat(out.resolve("img/blog/logo.png")).hasContent("png bytes");
    assertThat(out.resolve("docs/rapport.pdf")).hasContent("pdf bytes");
    assertThat(out.resolve("robots.txt")).hasContent("User-agent: *\n");
    Document page = Jsoup.parse(out.resolve("fr/blog/prix/index.html").toFile(), "UTF-8");
    assertThat(page.select("img").eachAttr("src")).contains("/img/blog/logo.png");
    Document listing = Jsoup.parse(out.resolve("fr/blog/index.html").toFile(), "UTF-8");
    assertThat(listing.select(".fr-card img").eachAttr("src"))
        .containsExactly("/img/blog/logo.png");
  }

  @Test
  void withoutTheStaticFolderTheCoverIsOutsideTheContentAsBefore() throws Exception {
    Path content = site();

    BuildReport report = build(config(""), content, dir.resolve("out"));

    assertThat(codes(report)).contains("asset.outside-root");
    assertThat(dir.resolve("out/img/blog/logo.png")).doesNotExist();
  }

  @Test
  void aToPathPutsTheFilesUnderIt() throws Exception {
    Path content = site();
    Path out = dir.resolve("out");

    build(config("static:\n  - {from: ../public, to: /fichiers/}\n"), content, out);

    assertThat(out.resolve("fichiers/docs/rapport.pdf")).hasContent("pdf bytes");
    assertThat(out.resolve("docs/rapport.pdf")).doesNotExist();
    Document page = Jsoup.parse(out.resolve("fr/blog/prix/index.html").toFile(), "UTF-8");
    assertThat(page.select("img").eachAttr("src")).contains("/fichiers/img/blog/logo.png");
  }

  @Test
  void aMissingFolderIsAnErrorAtItsEntryAndThePagesAreStillWritten() throws Exception {
    Path content = site();
    Path out = dir.resolve("out");

    String statics = "static:\n  - {from: ../public, to: /}\n  - from: ../nowhere\n";
    BuildReport report = build(config(statics), content, out);

    Problem missing =
        report.problems().stream().filter(p -> p.code().equals("static.missing")).findFirst().get();
    assertThat(missing.isError()).isTrue();
    assertThat(missing.file()).isEqualTo(dir.resolve("site.yaml").toString());
    assertThat(missing.line()).isEqualTo(lineOf(statics, "- from: ../nowhere"));
    assertThat(missing.message()).contains("nowhere").contains("does not exist");
    assertThat(out.resolve("fr/blog/prix/index.html")).exists();
    assertThat(out.resolve("robots.txt")).exists();
  }

  @Test
  void aStaticFileAtAGeneratedPathIsAConflictAndTheGeneratedFileIsKept() throws Exception {
    Path content = site();
    write(dir.resolve("site/public"), "sitemap.xml", "<not-the-sitemap/>");
    write(dir.resolve("site/public"), "fr/blog/prix/index.html", "not the post");
    Path out = dir.resolve("out");

    String statics = "static:\n  - {from: ../public, to: /}\n";
    BuildReport report = build(config(statics), content, out);

    List<Problem> conflicts =
        report.problems().stream().filter(p -> p.code().equals("url.conflict")).toList();
    assertThat(conflicts).hasSize(2);
    assertThat(conflicts)
        .allSatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(statics, "- {from: ../public"));
              assertThat(p.message()).contains("static file");
            });
    assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<urlset");
    assertThat(Files.readString(out.resolve("fr/blog/prix/index.html"))).contains("Le prix");
  }

  @Test
  void aLinkOutOfTheFolderIsLeftOut() throws Exception {
    Path content = site();
    write(dir, "secret.txt", "secret");
    Files.createSymbolicLink(dir.resolve("site/public/leak.txt"), dir.resolve("secret.txt"));
    Path out = dir.resolve("out");

    BuildReport report = build(config("static:\n  - {from: ../public, to: /}\n"), content, out);

    assertThat(codes(report)).contains("static.outside-folder");
    assertThat(out.resolve("leak.txt")).doesNotExist();
    assertThat(out.resolve("robots.txt")).exists();
  }

  @Test
  void aFolderHoldingTheOutputIsNotCopied() throws Exception {
    Path content = site();
    Path out = dir.resolve("site/public/_site");

    BuildReport report = build(config("static:\n  - {from: ../public, to: /}\n"), content, out);

    assertThat(codes(report)).contains("static.holds-output");
    assertThat(out.resolve("robots.txt")).doesNotExist();
  }

  @Test
  void aRebuildInASessionKeepsTheStaticFilesAndTakesAChangedOne() throws Exception {
    Path content = site();
    Path out = dir.resolve("out");
    SiteBuild build =
        SiteBuild.builder().config(config("static:\n  - {from: ../public, to: /}\n")).build();
    try (var session = build.session(content, out)) {
      session.build();
      write(dir.resolve("site/public"), "robots.txt", "User-agent: *\nDisallow: /\n");
      BuildReport again = session.build();
      assertThat(again.committed()).isTrue();
    }
    assertThat(out.resolve("robots.txt")).hasContent("User-agent: *\nDisallow: /\n");
    assertThat(out.resolve("img/blog/logo.png")).hasContent("png bytes");
  }

  /**
   * A high-density image named the usual way ({@code logo@2x.png}) is a file of the post, copied
   * and linked, while an e-mail address written as a link is still reported.
   */
  @Test
  void anImageNamedLikeAnAddressIsCopiedAndAnAddressWithoutMailtoIsReported() throws Exception {
    Path content = dir.resolve("site/content");
    write(
        content,
        "fr/blog/posts/logo.md",
        """
        ---
        title: Le logo
        date: 2024-11-29
        tags: [posts]
        ---
        ![Le logo](logo@2x.png)

        Le [logo en grand](logo@2x.png). Écrire à [l’équipe](equipe@exemple.gouv.fr).
        """);
    // Beside the post, not in a folder of its own: only what the post links to is copied.
    write(content, "fr/blog/posts/logo@2x.png", "png bytes");
    Path out = dir.resolve("out");

    BuildReport report = build(config(""), content, out);

    assertThat(report.committed()).isTrue();
    assertThat(out.resolve("fr/blog/logo/logo@2x.png")).hasContent("png bytes");
    Document page = Jsoup.parse(out.resolve("fr/blog/logo/index.html").toFile(), "UTF-8");
    assertThat(page.select("main img").eachAttr("src"))
        .containsExactly("/fr/blog/logo/logo@2x.png");
    assertThat(report.problems())
        .filteredOn(p -> p.code().startsWith("link.") || p.code().startsWith("asset."))
        .extracting(Problem::code, Problem::line, Problem::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "link.broken", 8, "write the link as mailto:equipe@exemple.gouv.fr"));
  }
}
