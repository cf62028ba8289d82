/**
 * Billet core: the post model, the front matter and Markdown parser, content trees with per-folder
 * rules, slugs, URLs and problems.
 *
 * <pre>{@code
 * PostParser parser = PostParser.builder().build();
 * Post post = parser.parse(Path.of("content/fr/blog/posts/hello/index.md"));
 * }</pre>
 */
module io.github.billet.core {
  requires transitive org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.gfm.strikethrough;
  requires org.commonmark.ext.autolink;
  // Footnote nodes of a parsed body are this artifact's classes.
  requires transitive org.commonmark.ext.footnotes;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.slf4j;

  exports io.github.billet.core;
  exports io.github.billet.core.markdown;
  // The shared document tree, for Billet's own renderers only.
  exports io.github.billet.core.internal.shared to
      io.github.billet.i18n,
      io.github.billet.render;
}
