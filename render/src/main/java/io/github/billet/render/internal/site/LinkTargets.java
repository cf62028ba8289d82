package io.github.billet.render.internal.site;

import java.util.Collection;
import java.util.Set;

/**
 * What a link to a file of the site may lead to: the files of the static folders, and the files the
 * build writes (feeds, sitemap, posts' images and files). A link to a path under a static folder's
 * URL that none of them holds is broken; paths outside every static folder are not checked (the
 * site may not know what else its server holds there).
 */
public final class LinkTargets {

  private final StaticFiles statics;
  private final Set<String> written;

  /**
   * Creates the targets.
   *
   * @param statics the static folders' files
   * @param written the output paths of the files the build writes, without a leading {@code /}
   */
  public LinkTargets(StaticFiles statics, Collection<String> written) {
    this.statics = statics;
    this.written = Set.copyOf(written);
  }

  /**
   * Tells whether a link to a file of the site is broken.
   *
   * <pre>{@code
   * targets.missing("/docs/absent.pdf"); // true when "to: /" and public/docs/absent.pdf is absent
   * }</pre>
   *
   * @param sitePath a percent-decoded path such as {@code /docs/report.pdf}
   * @return true when it falls under a static folder and no file is there
   */
  public boolean missing(String sitePath) {
    if (!sitePath.startsWith("/") || !statics.covers(sitePath)) {
      return false;
    }
    String output = sitePath.substring(1);
    return !statics.files().containsKey(output) && !written.contains(output);
  }
}
