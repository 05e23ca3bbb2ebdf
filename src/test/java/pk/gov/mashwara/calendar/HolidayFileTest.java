package pk.gov.mashwara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class HolidayFileTest {

    @TempDir
    Path dir;

    @Test
    void aChangedFileIsReadAgainAndAMistakeKeepsTheCalendarBeforeIt() throws Exception {
        var file = dir.resolve("holidays.yml");
        Files.writeString(file, "weekend: [SATURDAY, SUNDAY]\nholidays: []\n");
        var calendar = new HolidayFile(new FileSystemResource(file), file.toString());
        var monday = LocalDate.of(2026, 12, 28);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.reloadIfChanged()).isFalse();

        write(file, "weekend: [SATURDAY, SUNDAY]\nholidays:\n  - { date: 2026-12-28, name: Extra, urdu: اضافی }\n", 1);
        assertThat(calendar.reloadIfChanged()).isTrue();
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.holidayName(monday)).isEqualTo("Extra");

        write(file, "weekend: [SATURDAY, SUNDAY]\nholidays:\n  - { date: 2026-12-32, name: Wrong, urdu: غلط }\n", 2);
        assertThat(calendar.reloadIfChanged()).isFalse();
        assertThat(calendar.holidayName(monday)).isEqualTo("Extra");
    }

    @Test
    void aMistakeStopsTheStart() throws Exception {
        var file = dir.resolve("holidays.yml");
        Files.writeString(file, "weekend: [SATURDAY, SUNDAY]\nholidays:\n  - { date: tomorrow, name: X, urdu: ی }\n");
        assertThatThrownBy(() -> new HolidayFile(new FileSystemResource(file), "holidays.yml"))
                .isInstanceOf(InvalidHolidaysException.class).hasMessageContaining("line 3:");
        assertThatThrownBy(() -> new HolidayFile(new FileSystemResource(dir.resolve("none.yml")), "none.yml"))
                .hasMessageContaining("the file does not exist");
    }

    /** Writes the file with a modification time {@code step} minutes later, as an edit a minute apart would. */
    private static void write(Path file, String text, int step) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(60L * step)));
    }
}
