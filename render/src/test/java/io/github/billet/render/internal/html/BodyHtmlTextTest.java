package io.github.billet.render.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyHtmlTextTest {

  @Test
  void collapsesWhitespaceAsTheRegularExpressionDid() {
    assertEquals("a b c", HeadingOutline.collapseWhitespace("a \t\n b\r\nc"));
    assertEquals("plain text", HeadingOutline.collapseWhitespace("plain text"));
    assertEquals(" x ", HeadingOutline.collapseWhitespace("\f\u000bx  "));
    String[] pieces = {
      " ", "  ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0", "\u2003", "a", "é", "\u0001", "bc"
    };
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      assertEquals(text.replaceAll("\\s+", " "), HeadingOutline.collapseWhitespace(text), text);
    }
  }
}
