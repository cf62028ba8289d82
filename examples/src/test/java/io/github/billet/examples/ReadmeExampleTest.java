package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example compiles against the current code and runs on the sample site. */
class ReadmeExampleTest {

  static String readmeJava() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n");
    assertThat(start).as("README has a ```java block").isNotNegative();
    int end = readme.indexOf("\n```", start + 8);
    return readme.substring(start + 8, end + 1);
  }

  @Test
  void readmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    String source = readmeJava();
    assertThat(source).contains("public class Example");
    Path src = dir.resolve("Example.java");
    Files.writeString(src, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        compiler.run(
            null,
            diagnostics,
            diagnostics,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            src.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Path sample = SampleSite.extractTo(dir.resolve("sample"));
    PrintStream previous = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {sample.toString()});
    } finally {
      System.setOut(previous);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("L'atelier ouvre ses portes, 2024-03-26, [Communauté]");
    assertThat(lines)
        .contains(
            "/fr/blog/passerelle-2-0-est-disponible/  "
                + "Passerelle 2.0 est disponible : ce qui change pour les administrations");
    assertThat(lines).hasSize(13);
  }
}
