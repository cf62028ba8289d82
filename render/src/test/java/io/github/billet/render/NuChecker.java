package io.github.billet.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker, offline, with the HTML5 schema: one instance reused for many documents
 * (setting it up costs seconds, checking a page milliseconds). Not thread-safe.
 */
public final class NuChecker {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  public NuChecker() {
    try {
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Nu HTML checker", e);
    }
  }

  /**
   * Checks one document.
   *
   * @param html the document
   * @return the errors, "line:column: message", empty when valid
   */
  public synchronized List<String> errors(String html) {
    collector.errors.clear();
    try {
      InputSource source = new InputSource(new StringReader(html));
      source.setEncoding("UTF-8");
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      collector.errors.add("checker failed: " + e);
    }
    return List.copyOf(collector.errors);
  }

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }
}
