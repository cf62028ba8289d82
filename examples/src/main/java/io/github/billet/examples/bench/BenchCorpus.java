package io.github.billet.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The posts of a benchmark corpus made by {@code ../shared/bench/gen_corpus.py}, read into memory
 * so that benchmarks measure parsing, not the disk.
 *
 * <pre>{@code
 * BenchCorpus corpus = BenchCorpus.read(Path.of("/tmp/c1000"));
 * }</pre>
 *
 * @param sources each post's path relative to the corpus root
 * @param texts each post's text
 * @param bytes the total size in UTF-8 bytes
 */
public record BenchCorpus(List<String> sources, List<String> texts, long bytes) {

  /**
   * Reads every Markdown file under a folder, in sorted order.
   *
   * @param root the corpus folder
   * @return the corpus
   */
  public static BenchCorpus read(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(
          "no corpus at "
              + root
              + ": make one with 'python3 ../shared/bench/gen_corpus.py "
              + root
              + " 500' and pass -p corpus="
              + root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      List<String> sources = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      long bytes = 0;
      for (Path file : files) {
        byte[] content = Files.readAllBytes(file);
        bytes += content.length;
        sources.add(root.relativize(file).toString().replace('\\', '/'));
        texts.add(new String(content, StandardCharsets.UTF_8));
      }
      return new BenchCorpus(List.copyOf(sources), List.copyOf(texts), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the mean post size in bytes.
   *
   * @return the mean size
   */
  public double meanBytes() {
    return texts.isEmpty() ? 0 : (double) bytes / texts.size();
  }
}
