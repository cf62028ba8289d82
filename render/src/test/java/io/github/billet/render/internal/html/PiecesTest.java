package io.github.billet.render.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PiecesTest {

  @Test
  void joinsThePiecesInTheOrderAddedPastTheirCapacity() {
    Pieces pieces = new Pieces(2);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 37; i++) {
      String piece = i % 3 == 0 ? "" : "<p>" + i + "</p>\n";
      pieces.add(piece);
      expected.append(piece);
    }
    assertEquals(37, pieces.size());
    assertEquals(expected.toString(), pieces.join());
  }

  @Test
  void keepsLatin1AndWiderTextsAsTheyAre() {
    // A Latin-1 piece next to pieces holding characters beyond it (one string of each coder).
    String joined = new Pieces(1).add("été ").add("“guillemets” ").add("😀").add(" fin").join();
    assertEquals("été “guillemets” 😀 fin", joined);
  }

  @Test
  void anEmptyListJoinsToTheEmptyString() {
    assertEquals("", new Pieces(0).join());
  }

  @Test
  void aNullPieceIsRefusedWhereItIsAdded() {
    Pieces pieces = new Pieces(4).add("a");
    assertThrows(NullPointerException.class, () -> pieces.add(null));
    assertEquals("a", pieces.join());
  }
}
