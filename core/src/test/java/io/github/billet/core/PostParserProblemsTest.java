package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fixture per bad input: each gives a problem with a stable code, a line and a hint. */
class PostParserProblemsTest {

  private final PostParser parser = PostParser.builder().build();

  private Problem fatal(String text) {
    PostParseException e =
        catchThrowableOfType(PostParseException.class, () -> parser.parse("bad.md", text));
    assertThat(e).as("expected a PostParseException").isNotNull();
    Problem p = e.problem();
    assertThat(p.file()).isEqualTo("bad.md");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.hint()).isNotBlank();
    return p;
  }

  private Problem only(String text, String code) throws PostParseException {
    Post post = parser.parse("bad.md", text);
    assertThat(post.problems()).extracting(Problem::code).containsExactly(code);
    Problem p = post.problems().get(0);
    assertThat(p.hint()).isNotBlank();
    return p;
  }

  @Test
  void aHashtagAfterASpaceCutsAPlainValueAndIsReportedWhereTheCommentStarts() throws Exception {
    String text =
        "---\ntitle: Rencontre\ndate: 2024-01-01\nimage:\n  path: ./cover.png\n"
            + "  alt: La page #BlueHats du site\n---\nCorps.\n";
    Post post = parser.parse("bad.md", text);
    assertThat(post.image().orElseThrow().alt()).isEqualTo("La page");
    Problem p = only(text, "yaml.comment-cut");
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo("  alt: La page #".length());
    assertThat(p.message()).contains("'image.alt'", "'#BlueHats du site'");
    assertThat(p.hint()).contains("\"La page #BlueHats du site\"");
  }

  @Test
  void aHashtagCutIsReportedOnTheJacksonPathAndInListsToo() throws Exception {
    // The alias sends the document to Jackson's reader; the list item is cut as well.
    String text =
        "---\ntitle: &t Rencontre\nsubtitle: *t\ndate: 2024-01-01\ntags:\n  - libre #BlueHats\n---\nCorps.\n";
    Post post = parser.parse("bad.md", text);
    assertThat(post.tags()).containsExactly("libre");
    Problem p = only(text, "yaml.comment-cut");
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.message()).contains("'tags.0'", "'#BlueHats'");
  }

  @Test
  void deliberateCommentsQuotedValuesAndBlockTextsAreNotReported() throws Exception {
    for (String fm :
        new String[] {
          "description: Court # a comment, with a space after the hash",
          "description: \"Avec #BlueHats entre guillemets\"",
          "description: 'Avec #BlueHats entre apostrophes'",
          "description: |\n  Un bloc #BlueHats garde tout",
          "description: Sans#espace devant",
        }) {
      Post post = parser.parse("ok.md", "---\ntitle: T\ndate: 2024-01-01\n" + fm + "\n---\nx\n");
      assertThat(post.problems()).as(fm).isEmpty();
    }
  }

  @Test
  void frontMatterNeverClosed() {
    Problem p = fatal("---\ntitle: Open\ndate: 2024-01-01\n\nBody text\n");
    assertThat(p.code()).isEqualTo("front-matter.unclosed");
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void invalidYamlGivesTheParsersReasonAtItsLine() {
    Problem p = fatal("---\ntitle: Fine\ndescription: \"unterminated\ndate: 2024-01-01\n---\n");
    assertThat(p.code()).isEqualTo("yaml.syntax");
    assertThat(p.line()).isBetween(3, 5);
    assertThat(p.message()).startsWith("invalid YAML in the front matter: ").contains("quoted");
  }

  @Test
  void badIndentationIsASyntaxErrorOnItsLine() {
    Problem p = fatal("---\ntitle: A\nimage:\n  path: ./a.png\n alt: x\n---\n");
    assertThat(p.code()).isEqualTo("yaml.syntax");
    assertThat(p.line()).isEqualTo(5);
  }

  @Test
  void frontMatterThatIsAListIsRefused() {
    Problem p = fatal("---\n- a\n- b\n---\n");
    assertThat(p.code()).isEqualTo("front-matter.not-a-map");
    assertThat(p.line()).isEqualTo(2);
  }

  @Test
  void titleAsAListIsAWrongType() throws Exception {
    Post post = parser.parse("bad.md", "---\ndate: 2024-01-01\ntitle:\n  - one\n  - two\n---\n");
    assertThat(post.problems())
        .extracting(Problem::code)
        .containsExactly("field.type", "title.missing");
    Problem p = post.problems().get(0);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("'title' must be text, found a list");
  }

  @Test
  void impossibleCalendarDate() throws Exception {
    Problem p = only("---\ntitle: A\ndate: 2024-02-30\n---\n", "date.invalid");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("2024-02-30");
  }

  @Test
  void dateInAnotherFormat() throws Exception {
    Problem p = only("---\ntitle: A\n\ndate: 26/03/2024\n---\n", "date.invalid");
    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void missingTitleIsAnErrorForAPublishedPost() throws Exception {
    Problem p = only("---\ndate: 2024-01-01\n---\nBody\n", "title.missing");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void missingTitleIsFineForAnUnpublishedNavigationStub() throws Exception {
    Post post =
        parser.parse(
            "nav.md", "---\neleventyNavigation:\n  key: Menu\n  order: 2\npermalink: false\n---\n");
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void missingDateIsAWarning() throws Exception {
    Problem p = only("---\ntitle: A\n---\nBody\n", "date.missing");
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void duplicateKeysKeepTheFirstValue() throws Exception {
    Post post = parser.parse("bad.md", "---\ntitle: First\ndate: 2024-01-01\ntitle: Second\n---\n");
    assertThat(post.problems()).extracting(Problem::code).containsExactly("yaml.duplicate-key");
    Problem p = post.problems().get(0);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("first on line 2");
    assertThat(post.title()).isEqualTo("First");
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    StringBuilder yaml =
        new StringBuilder(
            "---\ntitle: Laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("---\n");
    Problem p = fatal(yaml.toString());
    assertThat(p.code()).isEqualTo("yaml.alias-limit");
    assertThat(p.line()).isBetween(4, 12);
  }

  @Test
  void tooManyAliasesStopsEvenWhenSmall() {
    StringBuilder yaml = new StringBuilder("---\ntitle: T\nbase: &b x\nlist:\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("  - *b\n");
    }
    yaml.append("---\n");
    assertThat(fatal(yaml.toString()).code()).isEqualTo("yaml.alias-limit");
  }

  @Test
  void aFewAliasesAreExpanded() throws Exception {
    Post post =
        parser.parse(
            "ok.md", "---\ntitle: &t Shared\ndate: 2024-01-01\nvideo:\n  title: *t\n---\n");
    assertThat(post.frontMatter().getString("video.title")).contains("Shared");
    assertThat(post.problems()).isEmpty();
  }

  @Test
  void notUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.md");
    byte[] start = "---\ntitle: Caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bytes = new byte[start.length + 2];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xE9; // é in ISO-8859-1
    bytes[start.length + 1] = '\n';
    Files.write(file, bytes);
    PostParseException e = catchThrowableOfType(PostParseException.class, () -> parser.parse(file));
    assertThat(e.problem().code()).isEqualTo("encoding.invalid-utf8");
    assertThat(e.problem().line()).isEqualTo(2);
    assertThat(e.problem().column()).isEqualTo(11);
    assertThat(e.problem().message()).contains("0xE9");
  }

  @Test
  void nulBytes() {
    Problem p = fatal("---\ntitle: A\n---\nText\0more\n");
    assertThat(p.code()).isEqualTo("encoding.nul");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(5);
  }

  @Test
  void filesOverTheSizeLimit(@TempDir Path dir) throws Exception {
    PostParser small = PostParser.builder().maxFileSize(100).build();
    Path file = dir.resolve("big.md");
    Files.writeString(file, "---\ntitle: Big\n---\n" + "x".repeat(200));
    PostParseException e = catchThrowableOfType(PostParseException.class, () -> small.parse(file));
    assertThat(e.problem().code()).isEqualTo("file.too-large");
    assertThat(e.problem().message()).contains("219 bytes").contains("100 bytes");
  }

  @Test
  void defaultSizeLimitIsTenMebibytes() {
    String text = "---\ntitle: Big\n---\n" + "y".repeat(10 * 1024 * 1024);
    assertThat(fatal(text).code()).isEqualTo("file.too-large");
  }

  @Test
  void missingFile(@TempDir Path dir) {
    PostParseException e =
        catchThrowableOfType(PostParseException.class, () -> parser.parse(dir.resolve("none.md")));
    assertThat(e.problem().code()).isEqualTo("file.unreadable");
  }

  @Test
  void wrongTypesOfOtherTypedKeys() throws Exception {
    Post post =
        parser.parse(
            "bad.md",
            "---\ntitle: A\ndate: 2024-01-01\ndraft: maybe\npermalink: [a]\ntags: {a: b}\n"
                + "image: 3\nlang: \"!!\"\n---\n");
    assertThat(post.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("field.type", 4),
            org.assertj.core.groups.Tuple.tuple("field.type", 5),
            org.assertj.core.groups.Tuple.tuple("field.type", 6),
            org.assertj.core.groups.Tuple.tuple("field.type", 7),
            org.assertj.core.groups.Tuple.tuple("lang.invalid", 8));
  }

  @Test
  void tenThousandNestedBlockquotesAreRefusedNotRecursedInto() {
    Problem p = fatal("---\ntitle: Deep\ndate: 2024-01-01\n---\n" + ">".repeat(10_000) + " x\n");
    assertThat(p.code()).isEqualTo("markdown.too-deep");
    assertThat(p.line()).isEqualTo(5);
  }

  @Test
  void tenThousandNestedListsAreRefused() {
    // "- - - x" opens one list inside another on a single line.
    String text = "---\ntitle: Lists\ndate: 2024-01-01\n---\n" + "- ".repeat(10_000) + "x\n";
    assertThat(fatal(text).code()).isEqualTo("markdown.too-deep");
  }

  @Test
  void tenThousandNestedEmphasisIsRefused() {
    String stars = "*".repeat(10_000);
    Problem p = fatal("---\ntitle: Stars\ndate: 2024-01-01\n---\n" + stars + "x" + stars);
    assertThat(p.code()).isEqualTo("markdown.too-deep");
  }

  @Test
  void hundredThousandCellTableIsRefused() {
    StringBuilder text = new StringBuilder("---\ntitle: Table\ndate: 2024-01-01\n---\n\n");
    text.append("|").append(" a |".repeat(10)).append("\n|").append("---|".repeat(10)).append("\n");
    for (int row = 0; row < 10_000; row++) {
      text.append("|").append(" 1 |".repeat(10)).append("\n");
    }
    Problem p = fatal(text.toString());
    assertThat(p.code()).isEqualTo("markdown.table-too-large");
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.message()).contains("100010 cells");
  }

  @Test
  void depthIsCountedPerBranchNotAcrossSiblings() throws Exception {
    // Document > BlockQuote x n > Paragraph > Text: n + 2 levels below the document.
    PostParser strict = PostParser.builder().maxNesting(10).build();
    StringBuilder text = new StringBuilder("---\ntitle: Siblings\ndate: 2024-01-01\n---\n");
    for (int i = 0; i < 6; i++) {
      text.append(">".repeat(8)).append(" x\n\n| a |\n|---|\n| b |\n\n");
    }
    assertThat(strict.parse("s.md", text.toString()).title()).isEqualTo("Siblings");
    String deeper = text + ">".repeat(9) + " y\n";
    PostParseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            PostParseException.class, () -> strict.parse("s.md", deeper));
    assertThat(e.problems()).extracting(Problem::code).containsExactly("markdown.too-deep");
    assertThat(e.problems().get(0).line()).isEqualTo(5 + 6 * 6);
  }

  @Test
  void limitsAreConfigurable() throws Exception {
    PostParser relaxed = PostParser.builder().maxNesting(20_000).maxTableCells(200_000).build();
    String quotes = "---\ntitle: Deep\ndate: 2024-01-01\n---\n" + ">".repeat(500) + " x\n";
    assertThat(relaxed.parse("q.md", quotes).title()).isEqualTo("Deep");
  }

  @Test
  void permalinksThatCannotBePagesAreRefused() throws Exception {
    for (String permalink :
        new String[] {"/../../etc/", "//evil.example/", "/a/./b/", "/x?y=1", "/a/..", "/a/."}) {
      Post post =
          parser.parse(
              "p.md", "---\ntitle: P\ndate: 2024-01-01\npermalink: \"" + permalink + "\"\n---\n");
      assertThat(post.problems())
          .extracting(Problem::code)
          .as(permalink)
          .containsExactly("url.invalid");
      assertThat(post.problems().get(0).line()).isEqualTo(4);
      assertThat(post.isPublished()).isFalse();
    }
  }

  @Test
  void segmentsThatOnlyStartWithADotAreFine() throws Exception {
    for (String permalink : new String[] {"/a/.well-known/", "/a/..b/", "/.x"}) {
      Post post =
          parser.parse(
              "p.md", "---\ntitle: P\ndate: 2024-01-01\npermalink: \"" + permalink + "\"\n---\n");
      assertThat(post.problems()).as(permalink).isEmpty();
      assertThat(post.url()).contains(permalink);
    }
  }

  @Test
  void fiftyMebibytePostIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.md");
    try (var channel =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap("---\ntitle: Huge\n---\n".getBytes()));
      channel.position(50L * 1024 * 1024 - 1);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
    }
    PostParseException e = catchThrowableOfType(PostParseException.class, () -> parser.parse(file));
    assertThat(e.problem().code()).isEqualTo("file.too-large");
    assertThat(e.problem().message()).contains("52428800 bytes");
  }

  @Test
  void aFolderIsNotAPost(@TempDir Path dir) {
    PostParseException e = catchThrowableOfType(PostParseException.class, () -> parser.parse(dir));
    assertThat(e.problem().code()).isEqualTo("file.unreadable");
  }

  @Test
  void problemsPrintLikeCompilerMessages() {
    Problem p = Problem.error("fr/a.md", 3, 7, "date.invalid", "bad date", "write YYYY-MM-DD");
    assertThat(p).hasToString("fr/a.md:3:7: error: date.invalid: bad date (write YYYY-MM-DD)");
  }
}
