/**
 * Billet's Markdown dialect: the commonmark extensions that parse it ({@link
 * io.github.billet.core.markdown.BilletMarkdown}) and the nodes they make, which a renderer of
 * one's own can handle.
 *
 * <pre>{@code
 * Parser parser = Parser.builder().extensions(BilletMarkdown.extensions()).build();
 * }</pre>
 */
package io.github.billet.core.markdown;
