package io.github.billet.i18n.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Reads label bundles: {@code .properties} text in UTF-8, the built-in ones included. */
public final class LabelBundles {

  private LabelBundles() {}

  /**
   * Reads properties from a reader.
   *
   * @param reader the text
   * @return the keys and texts
   * @throws IOException if reading fails
   */
  public static Map<String, String> read(Reader reader) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    Map<String, String> map = new LinkedHashMap<>();
    for (String name : p.stringPropertyNames()) {
      map.put(name, p.getProperty(name));
    }
    return map;
  }

  /**
   * Reads properties from bytes in UTF-8; malformed UTF-8 is an error, not silently replaced.
   *
   * @param in the bytes, not closed
   * @return the keys and texts
   * @throws IOException if reading fails or the bytes are not UTF-8
   */
  public static Map<String, String> readUtf8(InputStream in) throws IOException {
    return read(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Reads a built-in bundle shipped next to this class.
   *
   * @param code the language code, for example {@code fr}
   * @return the keys and texts
   */
  public static Map<String, String> builtIn(String code) {
    String name = "labels_" + code + ".properties";
    try (InputStream in = LabelBundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing: " + name);
      }
      return readUtf8(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + name, e);
    }
  }
}
