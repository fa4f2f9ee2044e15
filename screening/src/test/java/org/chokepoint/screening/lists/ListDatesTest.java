package org.chokepoint.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ListDatesTest {
  @Test
  void eachSpellingHasItsOwnReader() {
    assertThat(ListDates.iso("2015-04-07-04:00")).contains(LocalDate.of(2015, 4, 7));
    assertThat(ListDates.iso("2026-02-27T00:00:09.554Z")).contains(LocalDate.of(2026, 2, 27));
    assertThat(ListDates.dayMonthYear("21.5.2025")).contains(LocalDate.of(2025, 5, 21));
    assertThat(ListDates.dayMonthYear("13.07.20")).contains(LocalDate.of(2020, 7, 13));
    assertThat(ListDates.dayMonthYear("12 March 2022")).contains(LocalDate.of(2022, 3, 12));
    assertThat(ListDates.dayMonthYear("9 Aug. 2025")).contains(LocalDate.of(2025, 8, 9));
    assertThat(ListDates.monthDayYear("07/15/2021")).contains(LocalDate.of(2021, 7, 15));
    assertThat(ListDates.japanese("2025 年09 月12 日")).contains(LocalDate.of(2025, 9, 12));
  }

  @Test
  void impossibleOrForeignSpellingsAreEmpty() {
    assertThat(ListDates.dayMonthYear("31.2.2024")).isEmpty();
    assertThat(ListDates.dayMonthYear("12 Marsh 2022")).isEmpty();
    assertThat(ListDates.monthDayYear("2021-07-15")).isEmpty();
    assertThat(ListDates.iso("07/15/2021")).isEmpty();
  }

  @Test
  void datesInFileAndFolderNames() {
    assertThat(ListDates.inName(Path.of("lists/sdn-2021-07-15/sdn.csv"))).contains("2021-07-15");
    assertThat(ListDates.inName(Path.of("lists/ofac-sdn-2021/bench_sdn.csv"))).contains("2021");
    assertThat(ListDates.inName(Path.of("x/csl_20191201.csv"))).contains("2019-12-01");
    assertThat(ListDates.inName(Path.of("us-dpl/dpl.txt"))).isEmpty();
    // only the file and its folder count, not folders further up
    assertThat(ListDates.inName(Path.of("data-2020/us-dpl/dpl.txt"))).isEmpty();
  }
}
