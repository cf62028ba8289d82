package io.github.billet.render.page;

/**
 * Turns the parts of a page into a complete HTML document: the frame around the content (head, skip
 * links, header, footer, stylesheets and scripts).
 *
 * <p>{@link DsfrLayout} is the default. Implement this interface to replace it; an implementation
 * must be immutable and thread-safe, and a pure function of its input (same content, same bytes).
 * {@link PageContent#mainHtml()} is already safe HTML; every other text of the content is plain
 * text and must be escaped by the layout.
 *
 * <pre>{@code
 * PageLayout minimal = content -> "<!DOCTYPE html><html lang=\"" + content.language().code()
 *     + "\"><head><meta charset=\"utf-8\"><title>" + escape(content.title())
 *     + "</title></head><body><main>" + content.mainHtml() + "</main></body></html>";
 * PageRenderer renderer = PageRenderer.builder().site(site).layout(minimal).build();
 * }</pre>
 */
@FunctionalInterface
public interface PageLayout {

  /**
   * Writes the HTML document of a page.
   *
   * @param content the page's parts
   * @return the whole document, from {@code <!DOCTYPE html>} on
   */
  String render(PageContent content);
}
