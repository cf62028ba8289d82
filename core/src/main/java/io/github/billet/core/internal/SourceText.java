package io.github.billet.core.internal;

import io.github.billet.core.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes and checks the text of a source file: strict UTF-8, no NUL, a byte order mark dropped.
 */
public final class SourceText {

  private SourceText() {}

  /**
   * Decodes UTF-8 strictly.
   *
   * @param bytes the file's bytes
   * @param source the source name for problems
   * @return the text, without a leading byte order mark
   * @throws ProblemException when the bytes are not UTF-8
   */
  public static String decode(byte[] bytes, String source) throws ProblemException {
    // Fast path: the JDK's String decoder (vectorized for ASCII) replaces malformed input with
    // U+FFFD, so a result without U+FFFD was valid UTF-8 and is exactly what the strict decoder
    // returns. A text holding U+FFFD (malformed or written so) takes the strict path below.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lastNewline = -1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          lastNewline = i;
        }
      }
      int column = out.position() - lastNewline;
      throw new ProblemException(
          Problem.error(
              source,
              line,
              column,
              "encoding.invalid-utf8",
              String.format(
                  "the file is not valid UTF-8: byte 0x%02X at offset %d",
                  bytes[offset] & 0xFF, offset),
              "save the file as UTF-8 (for example with 'iconv -f WINDOWS-1252 -t UTF-8')"));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Checks a decoded text: no NUL character; drops a byte order mark and normalizes line ends to
   * {@code \n}.
   *
   * @param text the text
   * @param source the source name for problems
   * @return the normalized text
   * @throws ProblemException at the first NUL character
   */
  public static String normalize(String text, String source) throws ProblemException {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < nul; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new ProblemException(
          Problem.error(
              source,
              line,
              nul - lineStart + 1,
              "encoding.nul",
              "the file contains a NUL character, so it is probably not a text file",
              "remove the NUL bytes, or move this binary file out of the content folder"));
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.indexOf('\r') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
