package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the parser must accept, from the forms found in the real corpus. */
class PostParserTest {

  private final PostParser parser = PostParser.builder().build();

  @Test
  void publishedPostParsesToExactlyItsFields() throws Exception {
    Path file =
        Corpus.root()
            .resolve("published/guide-osor-sur-open-source-dans-administration-publique.md");
    Post post = parser.parse(file);

    assertThat(post.title())
        .isEqualTo("L'Europe publie un guide sur l'Open Source dans l'administration publique");
    assertThat(post.description()).contains("Entretien avec l'Observatoire Open Source européen");
    assertThat(post.date()).contains(LocalDate.of(2024, 3, 26));
    assertThat(post.image())
        .contains(new CoverImage("./osor-handbook.png", "Publication de l'OSOR Handbook", true));
    assertThat(post.tags()).containsExactly("Europe", "Documentation");
    assertThat(post.collections()).isEmpty();
    assertThat(post.slug()).isEqualTo("guide-osor-sur-open-source-dans-administration-publique");
    assertThat(post.problems()).isEmpty();
    assertThat(post.body().startLine()).isEqualTo(13);
    assertThat(post.body().markdown()).startsWith("\n*See the [english version]");
    assertThat(post.body().document().getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(post.file()).contains(file);
  }

  @Test
  void typedFieldsAndTheWholeFrontMatterTree() throws Exception {
    Post post =
        parser.parse(
            "fr/bluehats/webinaires/demo.md",
            """
            ---
            title: "L'outil d'aujourd'hui"
            date: 2024-11-08
            description: Intervention de l'équipe
            video:
              src: https://video.example/embed/1
              title: "Wébinaire : l'outil"
            slides:
              src: https://slides.example/1
              title: Les diapositives
            toc: true
            layout: layouts/post.njk
            showBreadcrumb: true
            draft: true
            eleventyNavigation:
              key: Démo
              order: 3
            segments:
              - url: /mission/
                title: Mission
            custom: {nested: [1, 2.5, yes, null]}
            ---
            Corps.
            """);
    assertThat(post.title()).isEqualTo("L'outil d'aujourd'hui");
    assertThat(post.draft()).isTrue();
    FrontMatter fm = post.frontMatter();
    assertThat(fm.getString("video.src")).contains("https://video.example/embed/1");
    assertThat(fm.getString("slides.title")).contains("Les diapositives");
    assertThat(fm.getBoolean("toc", false)).isTrue();
    assertThat(fm.getBoolean("missing", true)).isTrue();
    assertThat(fm.getString("layout", "")).isEqualTo("layouts/post.njk");
    assertThat(fm.getLong("eleventyNavigation.order", 0)).isEqualTo(3);
    assertThat(fm.getString("segments.0.url")).contains("/mission/");
    assertThat(fm.get("custom.nested")).contains(java.util.Arrays.asList(1L, 2.5, "yes", null));
    assertThat(fm.positionOf("video.title")).contains(new SourcePosition(7, 3));
    assertThat(fm.getMap("video").orElseThrow().getString("title")).contains("Wébinaire : l'outil");
    assertThat(fm.asMap().keySet())
        .containsExactly(
            "title",
            "date",
            "description",
            "video",
            "slides",
            "toc",
            "layout",
            "showBreadcrumb",
            "draft",
            "eleventyNavigation",
            "segments",
            "custom");
    assertThat(post.body().startLine()).isEqualTo(23);
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void hideTrueInCapitalsIsBoolean() throws Exception {
    Post post =
        parser.parse(
            "a.md",
            "---\ntitle: A\ndate: 2024-01-01\nimage:\n  path: ./a.png\n  alt: \"x\"\n"
                + "  hide: True\n---\n");
    assertThat(post.image().orElseThrow().hide()).isTrue();
  }

  @Test
  void tagsAsListSingleStringFlowListAndUnindentedItems() throws Exception {
    assertThat(tagsOf("tags:\n  - Europe\n  - Documentation\n"))
        .containsExactly("Europe", "Documentation");
    assertThat(tagsOf("tags: OSXP\n")).containsExactly("OSXP");
    assertThat(tagsOf("tags: [Prix, \"Données ouvertes\"]\n"))
        .containsExactly("Prix", "Données ouvertes");
    assertThat(tagsOf("tags: \n- Prix\n- OSXP\n- Europe\n"))
        .containsExactly("Prix", "OSXP", "Europe");
    assertThat(tagsOf("tags:\n")).isEmpty();
  }

  @Test
  void internalCollectionTagsAreKeptApartAndDuplicatesDropped() throws Exception {
    Post post =
        parser.parse(
            "a.md",
            "---\ntitle: A\ndate: 2024-01-01\ntags: [posts, Europe, all, Europe, nav]\n---\n");
    assertThat(post.tags()).containsExactly("Europe");
    assertThat(post.collections()).containsExactly("posts", "all", "nav");
    assertThat(post.inCollection("posts")).isTrue();
  }

  private List<String> tagsOf(String yaml) throws Exception {
    Post post = parser.parse("a.md", "---\ntitle: A\ndate: 2024-01-01\n" + yaml + "---\nBody\n");
    assertThat(post.problems()).isEmpty();
    return post.tags();
  }

  @Test
  void crlfLineEndsAndByteOrderMark(@TempDir Path dir) throws Exception {
    String text = "\uFEFF---\r\ntitle: \"Windows\"\r\ndate: 2024-03-26\r\n---\r\n\r\n# Heading\r\n";
    Path file = dir.resolve("windows.md");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    Post post = parser.parse(file);
    assertThat(post.title()).isEqualTo("Windows");
    assertThat(post.date()).contains(LocalDate.of(2024, 3, 26));
    assertThat(post.body().startLine()).isEqualTo(5);
    assertThat(post.body().markdown()).doesNotContain("\r");
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void fileEndingRightAfterItsClosingFence() throws Exception {
    Post post = parser.parse("nav.md", "---\ntitle: Nav\npermalink: false\n---");
    assertThat(post.title()).isEqualTo("Nav");
    assertThat(post.body().markdown()).isEmpty();
    assertThat(post.isPublished()).isFalse();
    assertThat(post.permalink()).isEqualTo(Permalink.notPublished());
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void datesAsIsoDateTimesAreTakenInUtc() throws Exception {
    assertThat(dateOf("2024-03-26T10:00:00+01:00")).isEqualTo(LocalDate.of(2024, 3, 26));
    assertThat(dateOf("2024-03-26T00:30:00+02:00")).isEqualTo(LocalDate.of(2024, 3, 25));
    assertThat(dateOf("2024-03-26T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 3, 27));
    assertThat(dateOf("2024-03-26 08:00:00Z")).isEqualTo(LocalDate.of(2024, 3, 26));
    assertThat(dateOf("\"2024-03-26\"")).isEqualTo(LocalDate.of(2024, 3, 26));
  }

  private LocalDate dateOf(String yaml) throws Exception {
    Post post = parser.parse("d.md", "---\ntitle: D\ndate: " + yaml + "\n---\n");
    assertThat(post.problems()).isEmpty();
    return post.date().orElseThrow();
  }

  @Test
  void unknownKeysAreKept() throws Exception {
    Post post =
        parser.parse("u.md", "---\ntitle: U\ndate: 2024-01-01\nfavouriteColour: blue\n---\n");
    assertThat(post.frontMatter().getString("favouriteColour")).contains("blue");
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void fileWithoutFrontMatterTakesItsTitleFromTheFirstHeading() throws Exception {
    Post post = parser.parse("notes/plain.md", "Intro line.\n\n## The *real* title\n\nText.\n");
    assertThat(post.title()).isEqualTo("The real title");
    assertThat(post.body().startLine()).isEqualTo(1);
    assertThat(post.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("front-matter.missing");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.message()).contains("line 3");
            });
    assertThat(post.body().document().getFirstChild().getNext()).isInstanceOf(Heading.class);
  }

  @Test
  void slugDropsExtensionDatePrefixAndUsesTheFolderForIndex() throws Exception {
    assertThat(slugOf("fr/blog/posts/hello/index.md")).isEqualTo("hello");
    assertThat(slugOf("fr/blog/posts/hello/hello.md")).isEqualTo("hello");
    assertThat(slugOf("fr/blog/posts/2024-05-02-call-for-talks.md")).isEqualTo("call-for-talks");
    assertThat(slugOf("fr/blog/posts/2024-05-02-talks/index.md")).isEqualTo("talks");
    assertThat(slugOf("fr/blog/posts/2024-notes.md")).isEqualTo("2024-notes");
    assertThat(slugOf("fr\\blog\\posts\\win\\index.md")).isEqualTo("win");
    assertThat(slugOf("index.md")).isEqualTo("index");
    assertThat(slugOf("notes/")).isEqualTo("notes");
    assertThat(slugOf(".hidden")).isEqualTo(".hidden");
    // An empty folder name gives an empty slug, as an empty source name does.
    assertThat(slugOf("fr//index.md")).isEmpty();
    assertThat(slugOf("")).isEmpty();
  }

  @Test
  void aSourceNameMadeOfSeparatorsIsNotACrash() throws Exception {
    for (String source : List.of("/", "\\", "//")) {
      Post post = parser.parse(source, "---\ntitle: T\ndate: 2024-01-01\n---\n");
      assertThat(post.slug()).as(source).isEmpty();
      assertThat(post.title()).isEqualTo("T");
    }
  }

  private String slugOf(String source) throws Exception {
    return parser.parse(source, "---\ntitle: T\ndate: 2024-01-01\n---\n").slug();
  }

  @Test
  void folderDefaultsGiveLanguageTagsUrlAndDefaultValues() throws Exception {
    FolderDefaults defaults =
        FolderDefaults.none()
            .withLanguage(Language.FRENCH)
            .withTags(List.of("posts", "webinaire"))
            .withUrlPatterns(List.of("/{lang}/bluehats/{slug}/"))
            .withFrontMatter(
                FrontMatter.of(Map.of("image", Map.of("path", "/img/default.png", "alt", "d"))));
    Post own =
        parser.parse(
            "fr/bluehats/webinaires/demo.md",
            "---\ntitle: Demo\ndate: 2024-01-01\ntags: Outil\nimage:\n  alt: mine\n---\n",
            defaults);
    assertThat(own.language()).contains(Language.FRENCH);
    assertThat(own.url()).contains("/fr/bluehats/demo/");
    assertThat(own.tags()).containsExactly("Outil", "webinaire");
    assertThat(own.collections()).containsExactly("posts");
    assertThat(own.image()).contains(new CoverImage("/img/default.png", "mine", false));

    Post english =
        parser.parse(
            "fr/bluehats/webinaires/demo-en.md",
            "---\ntitle: Demo\ndate: 2024-01-01\nlang: en\n---\n",
            defaults);
    assertThat(english.language()).contains(Language.ENGLISH);
    assertThat(english.url()).contains("/en/bluehats/demo-en/");
  }

  @Test
  void urlPatternsFallThroughUntilOneResolves() throws Exception {
    FolderDefaults defaults =
        FolderDefaults.none()
            .withLanguage(Language.FRENCH)
            .withUrlPatterns(List.of("/{lang}/{slugify(slugOverride)}/", "/{dir}/{slug}/"));
    assertThat(
            parser
                .parse(
                    "fr/legal/index.md",
                    "---\ntitle: L\nslugOverride: mentions légales\n---\n",
                    defaults)
                .url())
        .contains("/fr/mentions-legales/");
    assertThat(parser.parse("fr/contact/form.md", "---\ntitle: C\n---\n", defaults).url())
        .contains("/fr/contact/form/");
    assertThat(
            parser
                .parse("fr/x/index.md", "---\ntitle: X\npermalink: /fr/ailleurs/\n---\n", defaults)
                .url())
        .contains("/fr/ailleurs/");
  }

  @Test
  void parserIsSharedSafelyBetweenThreads() throws Exception {
    String text = "---\ntitle: \"T%d\"\ndate: 2024-01-01\ntags: [a, b]\n---\n# H\n\nBody %d\n";
    List<String> titles =
        java.util.stream.IntStream.range(0, 2000)
            .parallel()
            .mapToObj(
                i -> {
                  try {
                    return parser.parse("p" + i + ".md", String.format(text, i, i)).title();
                  } catch (PostParseException e) {
                    throw new AssertionError(e);
                  }
                })
            .toList();
    for (int i = 0; i < titles.size(); i++) {
      assertThat(titles.get(i)).isEqualTo("T" + i);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFrontMatterOfAPostCannotBeChangedAtAnyLevel() throws Exception {
    // The first front matter takes the fast YAML path, the second (an alias) the full reader's.
    for (String yaml :
        List.of(
            "title: T\nimage:\n  path: a.png\n  alt: A\ntags:\n  - x\n  - y\n",
            "title: &t T\nsub: *t\nimage:\n  path: a.png\n  alt: A\ntags:\n  - x\n  - y\n")) {
      Post post = parser.parse("fr/blog/p.md", "---\n" + yaml + "---\nBody.\n");
      Map<String, Object> root = post.frontMatter().asMap();
      Map<String, Object> image = (Map<String, Object>) root.get("image");
      List<Object> tags = (List<Object>) root.get("tags");

      assertThat(image).containsEntry("alt", "A");
      assertThat(tags).containsExactly("x", "y");
      assertThatThrownBy(() -> root.put("z", "z"))
          .as(yaml)
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> image.put("z", "z"))
          .as(yaml)
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tags.add("z"))
          .as(yaml)
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> post.frontMatter().positions().clear())
          .as(yaml)
          .isInstanceOf(UnsupportedOperationException.class);
      // The same as a front matter made from a caller's copy of the tree.
      assertThat(post.frontMatter()).isEqualTo(FrontMatter.of(new LinkedHashMap<>(root)));
      assertThat(post.frontMatter().positionOf("image.alt")).isPresent();
    }
  }
}
