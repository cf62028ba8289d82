package io.github.billet.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;

class MarkupTest {

  @Test
  void plainTextsAreExactlyTheOnesTheEncoderLeavesAlone() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      if (Markup.isPlain(s)) {
        assertEquals(s, Encode.forHtml(s), "U+" + Integer.toHexString(c));
        assertEquals(s, Encode.forHtmlAttribute(s), "U+" + Integer.toHexString(c));
      }
      assertEquals(Encode.forHtml(s), Markup.text(s));
      assertEquals(Encode.forHtmlAttribute(s), Markup.attribute(s));
    }
  }

  @Test
  void surrogatePairsAndMarkupGoThroughTheEncoder() {
    assertFalse(Markup.isPlain("\uD83D\uDE00"));
    assertEquals(Encode.forHtml("a \uD83D\uDE00 & <b>"), Markup.text("a \uD83D\uDE00 & <b>"));
    assertEquals("L'été", Markup.text("L'été").replace("&#39;", "'"));
  }

  @Test
  void appendRangeAppendsExactlyTheSubstringWhateverItsLength() {
    String[] texts = {"", "a", "été", "L’été & <b>", "😀 x", "0123456789abcdefghij"};
    for (String s : texts) {
      for (int from = 0; from <= s.length(); from++) {
        for (int to = from; to <= s.length(); to++) {
          StringBuilder sb = new StringBuilder("[");
          Markup.appendRange(sb, s, from, to);
          assertEquals("[" + s.substring(from, to), sb.toString(), s + " " + from + " " + to);
        }
      }
    }
  }
}
