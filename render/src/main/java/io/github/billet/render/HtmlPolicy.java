package io.github.billet.render;

/**
 * What the renderer does with raw HTML written in a post's Markdown.
 *
 * <p>Whatever the policy, values from front matter are always escaped for their context, and no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URL (except {@code data:image/*} in
 * {@code src}) is ever emitted.
 *
 * <pre>{@code
 * HtmlPolicy policy = HtmlPolicy.SANITIZE;
 * }</pre>
 */
public enum HtmlPolicy {
  /** Raw HTML is kept as written: authors are trusted. The default. */
  PASS,
  /** Raw HTML is shown as text. */
  ESCAPE,
  /** Raw HTML is filtered through an allowlist; iframes only from configured hosts. */
  SANITIZE
}
