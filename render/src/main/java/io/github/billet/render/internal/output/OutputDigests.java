package io.github.billet.render.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What identifies the content of an output file between two builds of one session. */
final class OutputDigests {

  private OutputDigests() {}

  /** The SHA-256 of written bytes. */
  static String ofBytes(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A copied file: its source's path, size, modification time and file key. */
  static String ofCopy(Path source) throws IOException {
    BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
    return "copy:" + source + ":" + a.size() + ":" + a.lastModifiedTime() + ":" + a.fileKey();
  }
}
