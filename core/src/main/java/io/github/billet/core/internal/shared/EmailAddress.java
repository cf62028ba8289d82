package io.github.billet.core.internal.shared;

/**
 * Tells an e-mail address written as a link without {@code mailto:} ({@code [a@b.fr](a@b.fr)}),
 * which a browser resolves against the page into a path of the site: the link check reports it, and
 * asset copying does not take it for a file. One rule for both, exported to Billet's modules alone.
 *
 * <pre>{@code
 * EmailAddress.writtenAsLink("floss@numerique.gouv.fr"); // true
 * EmailAddress.writtenAsLink("./team@2x.png");           // false: a path
 * }</pre>
 */
public final class EmailAddress {

  private EmailAddress() {}

  /**
   * Whether a link destination is an e-mail address without scheme.
   *
   * @param href the destination as written
   * @return true for {@code name@domain.tld} with no path, scheme, query or fragment
   */
  public static boolean writtenAsLink(String href) {
    String h = href.strip();
    int at = h.indexOf('@');
    return at > 0
        && h.indexOf('@', at + 1) < 0
        && h.indexOf('.', at) > at + 1
        && h.indexOf('/') < 0
        && h.indexOf(':') < 0
        && h.indexOf('#') < 0
        && h.indexOf('?') < 0;
  }
}
