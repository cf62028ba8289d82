package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateFormatterTest {

  private final DateFormatter dates = DateFormatter.defaults();

  @Test
  void frenchDatesHaveLowerCaseMonths() {
    assertThat(dates.format(LocalDate.of(2024, 3, 26), Language.FRENCH)).isEqualTo("26 mars 2024");
    assertThat(dates.format(LocalDate.of(2023, 12, 2), Language.FRENCH))
        .isEqualTo("2 décembre 2023");
    assertThat(dates.format(LocalDate.of(2022, 8, 15), Language.FRENCH)).isEqualTo("15 août 2022");
  }

  @Test
  void frenchFirstOfMonthIsWrittenPremier() {
    assertThat(dates.format(LocalDate.of(2024, 3, 1), Language.FRENCH)).isEqualTo("1er mars 2024");
    assertThat(dates.format(LocalDate.of(2024, 1, 11), Language.FRENCH))
        .isEqualTo("11 janvier 2024");
    assertThat(dates.format(LocalDate.of(2024, 1, 21), Language.FRENCH))
        .isEqualTo("21 janvier 2024");
  }

  @Test
  void englishDatesPutTheDayFirst() {
    assertThat(dates.format(LocalDate.of(2024, 3, 26), Language.ENGLISH))
        .isEqualTo("26 March 2024");
    assertThat(dates.format(LocalDate.of(2024, 3, 1), Language.ENGLISH)).isEqualTo("1 March 2024");
  }

  @Test
  void otherLanguagesUseTheirLongStyle() {
    assertThat(dates.format(LocalDate.of(2024, 3, 26), Language.of("de")))
        .contains("26")
        .contains("März")
        .contains("2024");
    assertThat(dates.format(LocalDate.of(2024, 3, 26), Language.of("es"))).contains("marzo");
  }

  @Test
  void patternsCanBeSetPerLanguage() {
    DateFormatter custom =
        DateFormatter.builder()
            .pattern(Language.of("de"), "d. MMMM yyyy")
            .pattern(Language.FRENCH, "dd/MM/yyyy")
            .formatter(Language.of("it"), DateTimeFormatter.ISO_LOCAL_DATE)
            .build();
    LocalDate d = LocalDate.of(2024, 3, 1);
    assertThat(custom.format(d, Language.of("de"))).isEqualTo("1. März 2024");
    assertThat(custom.format(d, Language.FRENCH)).isEqualTo("01/03/2024");
    assertThat(custom.format(d, Language.of("it"))).isEqualTo("2024-03-01");
    assertThat(custom.format(d, Language.ENGLISH)).isEqualTo("1 March 2024");
    assertThat(custom.formatterFor(Language.of("it"))).isSameAs(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  @Test
  void invalidPatternIsRejectedWhenBuilding() {
    assertThatThrownBy(() -> DateFormatter.builder().pattern(Language.FRENCH, "d MMMM {"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isoDateIsTheDatetimeAttributeValue() {
    assertThat(DateFormatter.isoDate(LocalDate.of(2024, 3, 26))).isEqualTo("2024-03-26");
    assertThat(DateFormatter.isoDate(LocalDate.of(987, 1, 2))).isEqualTo("0987-01-02");
  }

  /** The spelled-out built-in forms are what the JDK's formatters give, on every day tried. */
  @Test
  void spelledOutFormsAreTheFormattersOwn() {
    DateFormatter custom = DateFormatter.builder().pattern(Language.FRENCH, "d MMM yyyy").build();
    for (int year : new int[] {-5, 0, 999, 1000, 1999, 2024, 2025, 9999, 10000}) {
      for (LocalDate d = LocalDate.of(year, 1, 1);
          d.getYear() == year;
          d = d.plusDays(year == 2024 ? 1 : 13)) {
        for (Language language : new Language[] {Language.FRENCH, Language.ENGLISH}) {
          assertThat(dates.format(d, language))
              .as("%s %s", d, language)
              .isEqualTo(dates.formatWithFormatter(d, language));
          assertThat(custom.format(d, language)).isEqualTo(custom.formatWithFormatter(d, language));
        }
      }
    }
    assertThat(custom.format(LocalDate.of(2024, 3, 1), Language.FRENCH)).isEqualTo("1 mars 2024");
  }
}
