package io.github.billet.render.internal.site;

import io.github.billet.core.PostCache;
import io.github.billet.core.Problem;
import io.github.billet.core.internal.shared.Parallel;
import io.github.billet.render.internal.output.GenerationOutput;
import io.github.billet.render.internal.output.SiteOutput;
import io.github.billet.render.internal.output.StagedOutput;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.internal.page.LayoutCall;
import io.github.billet.render.page.Page;
import io.github.billet.render.site.BuildReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mutable state of one build run: the paths taken (the first file written at a path keeps it, a
 * second one is a {@code url.conflict}), the pages written or kept from a session's previous build,
 * the problems found, and the counts of the report. Its methods may be called from several threads
 * at once, except the setters, called before the pages are rendered, and {@link #deferWrites} and
 * {@link #flushDeferred}, called by the stage that takes paths in order.
 *
 * <pre>{@code
 * SiteRun run = new SiteRun(content, output, bodies, null);
 * run.stage(staged);
 * run.page(page);
 * BuildReport report = run.report(true, start);
 * }</pre>
 */
public final class SiteRun implements AssetCopy.Target, SiteFiles {
  private final Path content;
  private final Path output;
  private final Collection<Problem> problems = new ConcurrentLinkedQueue<>();
  private final BodyStore bodies;
  private final PostCache posts;
  // The pages of the session's previous build by file, when this build may keep them; and those
  // of this build, for the next one.
  private Map<String, PageMemo> previousPages;
  private Map<String, PageMemo> currentPages;
  private final Map<String, Integer> perLanguage = new TreeMap<>();
  private final AtomicInteger pages = new AtomicInteger();
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private int pairs;
  private SiteOutput staged;
  // The static folders' files, listed once before pairing checks the links to them.
  private StaticFiles statics;
  // While set, pages' files are taken in order and written later, in parallel.
  private List<DeferredWrite> deferred;

  /** A page's file whose path is taken, to be written by {@link #flushDeferred}. */
  private record DeferredWrite(String path, String html) {}

  /**
   * Starts a run.
   *
   * @param content the content folder
   * @param output the output folder (the content folder for a check)
   * @param bodies the bodies rendered while loading
   * @param posts the session's parsed posts, or null outside a session
   */
  public SiteRun(Path content, Path output, BodyStore bodies, PostCache posts) {
    this.content = content;
    this.output = output;
    this.bodies = bodies;
    this.posts = posts;
    paths.add("problems.json");
    paths.add(StagedOutput.MARKER);
  }

  /** The output folder. */
  public Path output() {
    return output;
  }

  /** The bodies rendered while loading. */
  public BodyStore bodies() {
    return bodies;
  }

  /** The session's parsed posts, or null outside a session. */
  public PostCache posts() {
    return posts;
  }

  /** The problems found so far, unsorted. */
  public Collection<Problem> problems() {
    return problems;
  }

  /** Reports problems of the build. */
  public void problems(Collection<Problem> found) {
    problems.addAll(found);
  }

  /** Sets where the files go; without it, nothing is written (a check). */
  public void stage(SiteOutput output) {
    this.staged = output;
  }

  /** Where the files go, or null for a check. */
  public SiteOutput staged() {
    return staged;
  }

  /**
   * Notes what each page is made of, for a session's next build, and keeps the pages of its
   * previous build that are made of the same.
   *
   * @param previous the previous build's pages by file, or null to keep none
   */
  public void memoize(Map<String, PageMemo> previous) {
    this.currentPages = new ConcurrentHashMap<>();
    this.previousPages = previous;
  }

  /** Whether pages' keys are noted, that is in a session. */
  public boolean memoizing() {
    return currentPages != null;
  }

  /** This build's pages by file with what they are made of, or null outside a session. */
  public Map<String, PageMemo> currentPages() {
    return currentPages;
  }

  /** Sets the static folders' files. */
  public void statics(StaticFiles files) {
    this.statics = files;
  }

  /** The static folders' files. */
  public StaticFiles statics() {
    return statics;
  }

  /** Counts a published post of a language ({@code unknown} for none). */
  public void countPost(String language) {
    Integer count = perLanguage.get(language);
    perLanguage.put(language, count == null ? 1 : count + 1);
  }

  /** Sets the number of translation pairs. */
  public void pairs(int count) {
    this.pairs = count;
  }

  /** Whether a file of this build took a path already. */
  public boolean taken(String path) {
    return paths.contains(path);
  }

  /** Takes pages' paths in order from now on, and writes their files at {@link #flushDeferred}. */
  public void deferWrites() {
    deferred = new ArrayList<>();
  }

  /** Writes a page. */
  public void page(Page page) {
    page(page, null);
  }

  /** Writes a page, and notes its key for the next build of the session. */
  public void page(Page page, List<Object> key) {
    problems.addAll(page.problems());
    if (LayoutCall.failed(page)) {
      return;
    }
    String file = AssetRefs.pageFile(page.url());
    if (writeHtml(file, page.html())) {
      pages.incrementAndGet();
      if (key != null && currentPages != null) {
        currentPages.put(file, new PageMemo(key, page.problems()));
      }
    }
  }

  /** Tells, without changing anything, whether {@link #reuse} would likely keep a page. */
  public boolean mayReuse(String url, List<Object> key) {
    return mayReuseFile(AssetRefs.pageFile(url), key);
  }

  /**
   * Tells, without changing anything, whether {@link #reuseFile} would likely keep a file.
   *
   * @param path the output path, without a leading {@code /}
   * @param key what the file is made of
   * @return true when the previous build of the session wrote it from the same key
   */
  public boolean mayReuseFile(String path, List<Object> key) {
    if (key == null || previousPages == null || !(staged instanceof GenerationOutput)) {
      return false;
    }
    PageMemo old = previousPages.get(path);
    return old != null && old.key().equals(key) && !paths.contains(path);
  }

  /** Writes a second copy of a page at another URL (its problems are reported once). */
  public void writeCopy(String url, Page page, List<Object> key) {
    if (LayoutCall.failed(page)) {
      return;
    }
    String file = AssetRefs.pageFile(url);
    if (writeHtml(file, page.html()) && key != null && currentPages != null) {
      currentPages.put(file, new PageMemo(key, List.of()));
    }
  }

  /**
   * Writes a file of the site that is not a page (the sitemap), and notes its key for the next
   * build of the session.
   *
   * @param path the output path, without a leading {@code /}
   * @param bytes the file's content
   * @param key what the file is made of, or null to write it every time
   */
  public void writeFile(String path, byte[] bytes, List<Object> key) {
    if (write(path, bytes) && key != null && currentPages != null) {
      currentPages.put(path, new PageMemo(key, List.of()));
    }
  }

  /**
   * Keeps the previous build's file at a path when what it is made of is the same, as {@link
   * #reuse} does for pages.
   *
   * @param path the output path, without a leading {@code /}
   * @param key what the file is made of
   * @return true when kept; false to write it
   */
  public boolean reuseFile(String path, List<Object> key) {
    return keepFile(path, key) != null;
  }

  /** Keeps the previous build's copy of a page at another URL, as {@link #reuse} does. */
  public boolean reuseCopy(String url, List<Object> key) {
    return keep(url, key) != null;
  }

  /**
   * Keeps the page the previous build of the session wrote at a URL, when what it is made of is the
   * same.
   *
   * @return true when kept (its problems are reported again); false to render it
   */
  public boolean reuse(String url, List<Object> key) {
    PageMemo old = keep(url, key);
    if (old == null) {
      return false;
    }
    problems.addAll(old.problems());
    pages.incrementAndGet();
    return true;
  }

  /** Keeps the previous build's file at a URL when its key is the same; null when not kept. */
  private PageMemo keep(String url, List<Object> key) {
    return keepFile(AssetRefs.pageFile(url), key);
  }

  /** Keeps the previous build's file at an output path when its key is the same; null if not. */
  private PageMemo keepFile(String file, List<Object> key) {
    if (!mayReuseFile(file, key) || !((GenerationOutput) staged).keep(file)) {
      return null;
    }
    PageMemo old = previousPages.get(file);
    paths.add(file);
    currentPages.put(file, old);
    return old;
  }

  /**
   * Writes a page's HTML once, as {@link #write} does; while writes are deferred, the path is taken
   * at once and the file written by {@link #flushDeferred}.
   */
  private boolean writeHtml(String path, String html) {
    if (deferred == null) {
      return write(path, html.getBytes(StandardCharsets.UTF_8));
    }
    if (!claim(path)) {
      return false;
    }
    deferred.add(new DeferredWrite(path, html));
    return true;
  }

  /**
   * Writes the deferred files on all cores: which page got which path was decided in order when
   * they were deferred, so the files written do not depend on scheduling.
   */
  public void flushDeferred() {
    List<DeferredWrite> files = deferred;
    deferred = null;
    if (files == null || staged == null) {
      return;
    }
    Parallel.forEach(files, f -> store(f.path(), f.html().getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes a file once; a second file at the same path is skipped with a problem. */
  @Override
  public boolean write(String path, byte[] bytes) {
    if (!claim(path)) {
      return false;
    }
    store(path, bytes);
    return true;
  }

  /** Takes a path for this build's file; a second file at the same path is a problem. */
  public boolean claim(String path) {
    if (!paths.add(path)) {
      problems.add(
          Problem.error(
              path,
              0,
              0,
              "url.conflict",
              "two pages would be written to " + path + "; the first one is kept",
              "give the post that takes a generated page's URL another 'permalink'"));
      return false;
    }
    return true;
  }

  private void store(String path, byte[] bytes) {
    if (staged == null) {
      return;
    }
    try {
      staged.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidPathException e) {
      problems.add(BuildProblems.nameEncoding(path, 0, 0, path));
    }
  }

  @Override
  public void copy(String target, Path source, String file, int line, int column)
      throws IOException {
    if (staged == null) {
      return;
    }
    try {
      staged.copy(target, source);
    } catch (InvalidPathException e) {
      problems.add(BuildProblems.nameEncoding(file, line, column, target));
    }
  }

  @Override
  public Path content() {
    return content;
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  @Override
  public boolean reserve(String path) {
    return paths.add(path);
  }

  /**
   * The run's report, its problems sorted.
   *
   * @param committed whether the site was switched in
   * @param start when the run started, from {@link System#nanoTime}
   * @return the report
   */
  public BuildReport report(boolean committed, long start) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return new BuildReport(
        output,
        committed,
        perLanguage,
        pairs,
        pages.get(),
        staged == null || !committed ? 0 : staged.written(),
        staged == null || !committed ? 0 : staged.unchanged(),
        sorted,
        Duration.ofNanos(System.nanoTime() - start));
  }
}
