package pk.gov.mashwara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidaysReaderTest {

    private static HolidayCalendar shipped() throws Exception {
        return HolidaysReader.read(Files.readString(Path.of("config/holidays.yml")), "config/holidays.yml");
    }

    @Test
    void theShippedCalendarHasTheFederalHolidaysOf2026And2027() throws Exception {
        var calendar = shipped();
        assertThat(calendar.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (var year : new int[] {2026, 2027}) {
            assertThat(calendar.holidayName(LocalDate.of(year, 2, 5))).isEqualTo("Kashmir Solidarity Day");
            assertThat(calendar.holidayName(LocalDate.of(year, 3, 23))).isEqualTo("Pakistan Day");
            assertThat(calendar.holidayName(LocalDate.of(year, 5, 1))).isEqualTo("Labour Day");
            assertThat(calendar.holidayName(LocalDate.of(year, 5, 28))).contains("Youm-e-Takbeer");
            assertThat(calendar.holidayName(LocalDate.of(year, 8, 14))).isEqualTo("Independence Day");
            assertThat(calendar.holidayName(LocalDate.of(year, 11, 9))).isEqualTo("Iqbal Day");
            assertThat(calendar.holidayName(LocalDate.of(year, 12, 25))).isEqualTo("Quaid-e-Azam Day / Christmas");
        }
        var islamic2026 = calendar.holidaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream()
                .map(Holiday::name).toList();
        assertThat(islamic2026).contains("Eid-ul-Fitr", "Eid-ul-Azha", "Ashura (9 Muharram)", "Ashura (10 Muharram)",
                "Eid Milad-un-Nabi");
        assertThat(calendar.holidaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .allSatisfy(h -> assertThat(h.urdu()).isNotBlank().doesNotContainPattern("[A-Za-z]"));
    }

    @Test
    void countsWorkingDaysAcrossQuaidDayAndTheWeekend() throws Exception {
        var calendar = shipped();
        // Thu 24 Dec 2026; Fri 25 a holiday, Sat 26 and Sun 27 the weekend
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 30))).isEqualTo(3);
        assertThat(calendar.holidaysBetween(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 30)))
                .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 12, 25));
        // Eid-ul-Fitr (20-22 March) and Pakistan Day (23 March) 2026 close the offices from Friday to Monday
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 19), 1)).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 21), 0)).isEqualTo(LocalDate.of(2026, 3, 24));
    }

    @Test
    void reportsEveryMistakeWithItsLine() {
        var yaml = """
                weekend: [SATURDAY, SUNDY]
                holidays:
                  - { date: 2026-02-30, name: Kashmir Solidarity Day, urdu: یوم یکجہتی کشمیر }
                  - { date: 2026-03-23, urdu: یوم پاکستان }
                  - { date: 2026-05-01, name: Labour Day, urdu: یوم مزدور, extra: 1 }
                  - { date: 2026-08-14, name: Independence Day, urdu: یوم آزادی }
                  - { date: 2026-08-14, name: Independence Day, urdu: یوم آزادی }
                """;
        assertThatThrownBy(() -> HolidaysReader.read(yaml, "test.yml"))
                .isInstanceOfSatisfying(InvalidHolidaysException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 1: weekend: unknown day 'SUNDY' (known: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, "
                                + "SATURDAY, SUNDAY)",
                        "line 3: holiday Kashmir Solidarity Day on '2026-02-30': not a date (write YYYY-MM-DD, e.g. "
                                + "2026-03-23)",
                        "line 4: a holiday: 'name' is required",
                        "line 5: a holiday: unknown key 'extra' (known: [date, name, urdu])",
                        "line 7: holiday Independence Day on 2026-08-14 is listed twice"))
                .hasMessageContaining("test.yml");
    }

    @Test
    void refusesAWeekWithoutAWorkingDayAndABrokenFile() {
        assertThatThrownBy(() -> HolidaysReader.read("weekend: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, "
                + "SATURDAY, SUNDAY]\nholidays: []\n", "t"))
                .hasMessageContaining("line 1: weekend: every day of the week is off");
        assertThatThrownBy(() -> HolidaysReader.read("weekend: [SATURDAY\nholidays: []\n", "t"))
                .isInstanceOf(InvalidHolidaysException.class).hasMessageContaining("line ");
        assertThatThrownBy(() -> HolidaysReader.read("weekend: [SATURDAY]\n", "t"))
                .hasMessageContaining("the section 'holidays' is missing");
    }

    @Test
    void anotherWeekendIsHonoured() {
        var calendar = HolidaysReader.read("weekend: [FRIDAY]\nholidays: []\n", "t");
        // Thu 24 Dec 2026 + 1: Friday is off, Saturday works
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 26));
    }
}
