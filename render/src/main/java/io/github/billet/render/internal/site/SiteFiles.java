package io.github.billet.render.internal.site;

/**
 * Where a build stage writes the files it makes: the build's run, which keeps the first file
 * written at a path and reports the others.
 *
 * <pre>{@code
 * files.write("sitemap.xml", xml.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public interface SiteFiles {

  /**
   * Writes a file of the site, unless another file took its path already.
   *
   * @param path the output path, without a leading {@code /}
   * @param bytes the file's content
   * @return whether the file was written
   */
  boolean write(String path, byte[] bytes);
}
