package io.github.billet.render.internal.site;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.billet.core.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a build's problems as {@code problems.json}: counts, then one object a problem. */
public final class ProblemsJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ProblemsJson() {}

  /**
   * Writes the report.
   *
   * @param problems the problems, sorted
   * @return UTF-8 JSON
   */
  public static byte[] write(List<Problem> problems) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      long errors = 0;
      for (Problem p : problems) {
        if (p.isError()) {
          errors++;
        }
      }
      g.writeStartObject();
      g.writeNumberField("errors", errors);
      g.writeNumberField("warnings", problems.size() - errors);
      g.writeArrayFieldStart("problems");
      for (Problem p : problems) {
        g.writeStartObject();
        g.writeStringField("severity", p.severity().label());
        g.writeStringField("file", p.file());
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeStringField("code", p.code());
        g.writeStringField("message", p.message());
        g.writeStringField("hint", p.hint());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
