package io.github.billet.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.billet.core.internal.FrontMatterTyping;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateParsingTest {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static Optional<LocalDate> byFormatter(String s) {
    try {
      return Optional.of(LocalDate.parse(s, STRICT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Test
  void readsCalendarDatesAndRefusesTheRest() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 26)), FrontMatterTyping.parseDate("2024-03-26"));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), FrontMatterTyping.parseDate("2024-02-29"));
    assertEquals(Optional.empty(), FrontMatterTyping.parseDate("2023-02-29"));
    assertEquals(Optional.empty(), FrontMatterTyping.parseDate("2024-13-01"));
    assertEquals(Optional.empty(), FrontMatterTyping.parseDate("2024-00-10"));
    assertEquals(Optional.empty(), FrontMatterTyping.parseDate("2024/03/26"));
    assertEquals(Optional.empty(), FrontMatterTyping.parseDate("２０２４-03-26"));
  }

  /** Ten-character texts give what the strict formatter gives. */
  @Test
  void tenCharacterTextsAgreeWithTheStrictFormatter() {
    char[] alphabet = "0123456789-+ /T:٣".toCharArray();
    Random random = new Random(11);
    for (int n = 0; n < 100_000; n++) {
      char[] c = new char[10];
      for (int i = 0; i < 10; i++) {
        c[i] =
            random.nextInt(4) == 0
                ? alphabet[random.nextInt(alphabet.length)]
                : "2024-02-29".charAt(i);
      }
      if (random.nextBoolean()) {
        c[5] = (char) ('0' + random.nextInt(2));
        c[8] = (char) ('0' + random.nextInt(4));
      }
      String s = new String(c);
      assertEquals(byFormatter(s), FrontMatterTyping.parseDate(s), s);
    }
  }
}
