package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  // ------------------------------------------------------------------ the real corpus

  private static ContentTree corpus() throws Exception {
    Path content = Corpus.content();
    SiteConfig config = SiteConfig.read(Corpus.siteConfig());
    return ContentLoader.builder().config(config).build().load(content);
  }

  @Test
  void allCorpusFilesLoadWithZeroErrors() throws Exception {
    ContentTree tree = corpus();
    assertThat(tree.errors()).isEmpty();
    assertThat(tree.posts()).hasSize(211);
    // The corpus holds the posts' images beside them: every file that is not Markdown is kept,
    // as a path relative to the root, for the site build to copy.
    List<String> notMarkdown;
    try (var files = Files.walk(Corpus.content())) {
      notMarkdown =
          files
              .filter(Files::isRegularFile)
              .map(f -> Corpus.content().relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.endsWith(".md"))
              .sorted()
              .toList();
    }
    assertThat(notMarkdown).isNotEmpty();
    assertThat(tree.otherFiles()).containsExactlyInAnyOrderElementsOf(notMarkdown);
  }

  @Test
  void corpusUrlsFollowTheReferenceRules() throws Exception {
    Map<String, String> urls =
        corpus().posts().stream()
            .filter(Post::isPublished)
            .collect(Collectors.toMap(Post::source, p -> p.url().orElseThrow()));
    assertThat(urls)
        .containsEntry("fr/blog/posts/prix-bluehats-2024/index.md", "/fr/bluehats/prix-bluehats/")
        .containsEntry(
            "fr/action-plan-for-free-software-and-digital-commons/index.md",
            "/fr/plan-action-logiciels-libres-et-communs-numeriques/")
        .containsEntry("fr/bluehats/gazettes/bluehats_18.md", "/fr/bluehats/bluehats_18/")
        .containsEntry(
            "fr/blog/posts/guide-osor-sur-open-source-dans-administration-publique/index.md",
            "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/")
        .containsEntry("fr/bluehats/webinaires/aboutcode.md", "/fr/bluehats/aboutcode/")
        .containsEntry("fr/about/index.md", "/fr/mission/")
        .containsEntry("fr/about/interventions.md", "/fr/mission/interventions/")
        .containsEntry("en/about/index.md", "/en/mission/")
        .containsEntry(
            "en/action-plan-for-free-software-and-digital-commons/index.md",
            "/en/action-plan-for-free-software-and-digital-commons/")
        .containsEntry("fr/legal/index.md", "/fr/mentions-legales/")
        .containsEntry("fr/accessibility/index.md", "/fr/accessibilite/");
    assertThat(urls).doesNotContainKey("fr/about.md");
  }

  @Test
  void everyRenderedReferencePageHasAPostAtItsUrl() throws Exception {
    Path rendered = Corpus.root().resolve("code.gouv.fr-rendered");
    ContentTree tree = corpus();
    List<Path> sources;
    try (var walk = Files.walk(rendered)) {
      sources = walk.filter(p -> p.getFileName().toString().equals("source.txt")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(100);
    for (Path sourceTxt : sources) {
      String url =
          "/" + rendered.relativize(sourceTxt.getParent()).toString().replace('\\', '/') + "/";
      String source = Files.readString(sourceTxt).strip();
      assertThat(tree.post(source)).as(source).isPresent();
      assertThat(tree.post(source).orElseThrow().url()).as(source).contains(url);
    }
  }

  @Test
  void corpusLanguagesTagsAndCollectionsComeFromTheFolderRules() throws Exception {
    ContentTree tree = corpus();
    Post webinar = tree.post("fr/bluehats/webinaires/aboutcode.md").orElseThrow();
    assertThat(webinar.language()).contains(Language.FRENCH);
    assertThat(webinar.tags()).containsExactly("webinaire");
    assertThat(webinar.collections()).containsExactly("bluehats_posts");
    assertThat(webinar.image().orElseThrow().path()).isEqualTo("/img/webinaire.png");
    Post english = tree.post("en/about/index.md").orElseThrow();
    assertThat(english.language()).contains(Language.ENGLISH);
    long blogPosts = tree.posts().stream().filter(p -> p.inCollection("posts")).count();
    assertThat(blogPosts).isEqualTo(31);
  }

  @Test
  void parallelAndSequentialLoadsAreIdentical() throws Exception {
    Path content = Corpus.content();
    SiteConfig config = SiteConfig.read(Corpus.siteConfig());
    ContentTree parallel = ContentLoader.builder().config(config).build().load(content);
    ContentTree sequential =
        ContentLoader.builder().config(config).parallel(false).build().load(content);
    assertThat(parallel.posts())
        .extracting(Post::source, Post::url, Post::title)
        .containsExactlyElementsOf(
            sequential.posts().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.source(), p.url(), p.title()))
                .toList());
    assertThat(parallel.problems()).isEqualTo(sequential.problems());
  }

  // ------------------------------------------------------------------ fixtures

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static final String CONFIG =
      """
      baseUrl: https://example.gouv.fr/
      languages: [fr, en]
      rules:
        - match: "fr/**"
          lang: fr
        - match: en
          lang: en
        - match: "*/blog/posts/**"
          tags: [posts]
          url: "/{lang}/blog/{slug}/"
      """;

  @Test
  void oneBadFileNeverStopsTheOthersAndEveryProblemIsReported(@TempDir Path root) throws Exception {
    write(root, "fr/blog/posts/bon/index.md", "---\ntitle: Bon\ndate: 2024-01-01\n---\nTexte\n");
    write(root, "fr/blog/posts/casse.md", "---\ntitle: Cassé\ndate: 2024-01-01\n\nTexte\n");
    write(root, "en/blog/posts/2024-02-01-good.md", "---\ntitle: Good\ndate: 2024-02-30\n---\n");
    write(root, "en/blog/posts/good/cover.png", "not really a png");
    write(root, ".git/HEAD.md", "hidden");
    SiteConfig config = SiteConfig.parse("site.yaml", CONFIG);
    ContentTree tree = ContentLoader.builder().config(config).build().load(root);

    assertThat(tree.posts())
        .extracting(Post::source)
        .containsExactly("en/blog/posts/2024-02-01-good.md", "fr/blog/posts/bon/index.md");
    assertThat(tree.posts())
        .extracting(p -> p.url().orElseThrow())
        .containsExactly("/en/blog/good/", "/fr/blog/bon/");
    assertThat(tree.problems())
        .extracting(Problem::file, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("en/blog/posts/2024-02-01-good.md", "date.invalid"),
            org.assertj.core.groups.Tuple.tuple("fr/blog/posts/casse.md", "front-matter.unclosed"));
    assertThat(tree.otherFiles()).containsExactly("en/blog/posts/good/cover.png");
    assertThat(config.baseUrl()).isEqualTo("https://example.gouv.fr");
  }

  @Test
  void twoPostsClaimingOneUrlIsAnErrorNamingBoth(@TempDir Path root) throws Exception {
    write(root, "fr/blog/posts/a/index.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
    write(root, "fr/pages/b.md", "---\ntitle: B\ndate: 2024-01-01\npermalink: /fr/blog/a/\n---\n");
    ContentTree tree =
        ContentLoader.builder().config(SiteConfig.parse("site.yaml", CONFIG)).build().load(root);
    assertThat(tree.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("url.conflict");
              assertThat(p.file()).isEqualTo("fr/pages/b.md");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message())
                  .contains("/fr/blog/a/", "fr/blog/posts/a/index.md", "fr/pages/b.md");
            });
  }

  @Test
  void symbolicLinkLoopIsReportedNotFollowedForever(@TempDir Path root) throws Exception {
    write(root, "fr/blog/posts/a/index.md", "---\ntitle: A\ndate: 2024-01-01\n---\n");
    Files.createSymbolicLink(root.resolve("fr/blog/posts/a/loop"), root.resolve("fr"));
    ContentTree tree = ContentLoader.builder().build().load(root);
    assertThat(tree.posts()).hasSize(1);
    assertThat(tree.problems()).extracting(Problem::code).containsExactly("tree.symlink-loop");
  }

  @Test
  void missingContentFolder(@TempDir Path root) {
    ContentTree tree = ContentLoader.builder().build().load(root.resolve("absent"));
    assertThat(tree.errors()).extracting(Problem::code).containsExactly("tree.not-a-folder");
  }

  @Test
  void folderDefaultsFollowRuleOrder() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            """
            rules:
              - match: "fr/**"
                lang: fr
                tags: [all]
                defaults: {image: {path: /a.png, alt: A}, layout: page}
                requireDate: false
              - match: "fr/blog/**"
                tags: [posts, all]
                url: ["/{lang}/blog/{slug}/"]
                defaults: {image: {alt: B}}
                requireDate: true
            """);
    FolderDefaults blog = config.defaultsFor("fr/blog/x.md");
    assertThat(blog.language()).contains(Language.FRENCH);
    assertThat(blog.tags()).containsExactly("all", "posts");
    assertThat(blog.urlPatterns()).containsExactly("/{lang}/blog/{slug}/");
    assertThat(blog.frontMatter().getString("image.path")).contains("/a.png");
    assertThat(blog.frontMatter().getString("image.alt")).contains("B");
    assertThat(blog.requireDate()).isTrue();
    FolderDefaults page = config.defaultsFor("fr/about.md");
    assertThat(page.requireDate()).isFalse();
    assertThat(page.urlPatterns()).containsExactly("/{dir}/{slug}/");
    assertThat(config.defaultsFor("de/x.md").language()).contains(Language.of("de"));
    assertThat(config.defaultsFor("docs/x.md").language()).isEmpty();
    assertThat(config.defaultsFor("x.md").language()).isEmpty();
  }

  @Test
  void siteConfigErrorsAreAllReportedWithTheirLines() {
    SiteConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            SiteConfigException.class,
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    """
                    baseUrl: example.gouv.fr
                    colour: blue
                    rules:
                      - lang: fr
                      - match: "en/**"
                        url: "blog/{slug}/"
                    """));
    assertThat(e.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("config.base-url", 1),
            org.assertj.core.groups.Tuple.tuple("config.unknown-key", 2),
            org.assertj.core.groups.Tuple.tuple("config.rule-match", 4),
            org.assertj.core.groups.Tuple.tuple("config.rule", 5));
  }
}
