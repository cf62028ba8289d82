package io.github.billet.render.body;

import io.github.billet.render.site.SiteBuild;
import java.util.Locale;

/**
 * What the renderer does with raw HTML written in a post's Markdown. {@link #SANITIZE} is the
 * default of {@link BodyRenderer}, {@link SiteBuild} and the command line: posts reach a site
 * through many hands (a pull request, a copied snippet), so raw HTML is safe unless the site
 * chooses otherwise.
 *
 * <p>Whatever the policy, values from front matter are always escaped for their context, and no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URL (except {@code data:image/*} in
 * {@code src}) is ever emitted. Whatever the policy too, each {@code <script>} element and each
 * event handler attribute ({@code onclick}, {@code onerror}...) of raw HTML gets a located warning
 * ({@code html.script}, {@code html.event-handler}) saying what happened to it: removed, shown as
 * text, or kept.
 *
 * <pre>{@code
 * HtmlPolicy policy = HtmlPolicy.named("sanitize"); // HtmlPolicy.SANITIZE
 * }</pre>
 */
public enum HtmlPolicy {
  /**
   * Raw HTML is kept as written: authors are trusted. Protects only against script in URLs; a
   * {@code <script>} or {@code onerror} written by an author runs in every reader's browser (each
   * one with an {@code html.script} or {@code html.event-handler} warning). An explicit choice.
   */
  PASS,
  /**
   * Raw HTML is shown as text: nothing an author writes in angle brackets reaches the page as
   * markup, so no raw HTML can run script, frame another site or change the page's layout; posts
   * that use raw HTML on purpose (iframes, tables) show it as code.
   */
  ESCAPE,
  /**
   * Raw HTML is filtered through an allowlist: the markup a post needs (tables, figures, line
   * breaks, links, images) is kept; scripts, event handlers, styles, forms, objects and any other
   * element or attribute not on the list are removed (the text inside kept, except a script's),
   * iframes kept only over https from the configured hosts. Protects against script injection and
   * against framing of sites the owner did not choose. The default.
   */
  SANITIZE;

  /**
   * Returns the policy of a name, as a configuration file or a command line writes it.
   *
   * @param name {@code sanitize}, {@code escape} or {@code pass}, in any case
   * @return the policy
   * @throws IllegalArgumentException for another name, with the names allowed
   */
  public static HtmlPolicy named(String name) {
    String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    for (HtmlPolicy policy : values()) {
      if (policy.name().equals(n)) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not an HTML policy: write sanitize, escape or pass");
  }
}
