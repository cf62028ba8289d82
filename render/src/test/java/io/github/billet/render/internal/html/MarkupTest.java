package io.github.billet.render.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;

class MarkupTest {

  @Test
  void everyCharacterIsEscapedAsTheEncoderDoes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      assertEquals(Encode.forHtml(s), Markup.text(s));
      assertEquals(Encode.forHtmlAttribute(s), Markup.attribute(s));
    }
  }

  @Test
  void markupCharactersNextToAnyCharacterAreEscapedAsTheEncoderDoes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "l'" + (char) c + " & <b a=\"x\">" + (char) c + "</b>";
      assertEquals(Encode.forHtml(s), Markup.text(s), "U+" + Integer.toHexString(c));
      assertEquals(Encode.forHtmlAttribute(s), Markup.attribute(s), "U+" + Integer.toHexString(c));
    }
    assertEquals("l&#39;été &amp; &lt;b&gt;", Markup.text("l'été & <b>"));
    assertEquals("l&#39;été &amp; &lt;b> &#34;", Markup.attribute("l'été & <b> \""));
  }

  @Test
  void surrogatePairsAndMarkupGoThroughTheEncoder() {
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
