package io.github.billet.render.page;

import java.util.Objects;

/**
 * A link to another page of the site: a tag page, a neighbour post, a breadcrumb segment.
 *
 * <pre>{@code
 * for (PageLink tag : page.tags()) {
 *   html.append("<a href=\"").append(Html.attribute(tag.url())).append("\">")
 *       .append(Html.text(tag.text())).append("</a>");
 * }
 * }</pre>
 *
 * @param url the URL, already past the safe-URL rule (escape it for its attribute all the same)
 * @param text the link's text, plain text
 */
public record PageLink(String url, String text) {

  /** Checks the components. */
  public PageLink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }
}
