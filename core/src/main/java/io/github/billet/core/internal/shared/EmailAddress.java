package io.github.billet.core.internal.shared;

import java.util.Locale;
import java.util.Set;

/**
 * Tells an e-mail address written as a link without {@code mailto:} ({@code [a@b.fr](a@b.fr)}),
 * which a browser resolves against the page into a path of the site: the link check reports it, and
 * asset copying does not take it for a file. One rule for both, exported to Billet's modules alone.
 *
 * <pre>{@code
 * EmailAddress.writtenAsLink("floss@numerique.gouv.fr"); // true
 * EmailAddress.writtenAsLink("./team@2x.png");           // false: a path
 * EmailAddress.writtenAsLink("logo@2x.png");             // false: .png is no top-level domain
 * }</pre>
 */
public final class EmailAddress {

  /**
   * Extensions of the files a post links to that no top-level domain has (IANA's list has {@code
   * .zip}, {@code .mov} and {@code .md}, so those are left out).
   */
  private static final Set<String> FILE_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff", "pdf",
          "csv", "txt", "json", "xml", "odt", "ods", "odp", "docx", "xlsx", "pptx", "mp3", "mp4",
          "webm", "ogg", "css", "js", "html", "htm");

  private EmailAddress() {}

  /**
   * Whether a link destination is an e-mail address without scheme.
   *
   * @param href the destination as written
   * @return true for {@code name@domain.tld} with no path, scheme, query or fragment, whose last
   *     part is not the extension of a file kind that is no top-level domain ({@code logo@2x.png}
   *     is an image, the usual name of a high-density one)
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
        && h.indexOf('?') < 0
        && !FILE_EXTENSIONS.contains(h.substring(h.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
  }
}
