package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.calendar.Holiday;
import pk.gov.mashwara.calendar.WorkingCalendar;

/** {@code reminders.every} is counted in working days on the office calendar. */
class ReminderIntervalTest {

    /** Saturdays and Sundays off, and one holiday. */
    static final class Office implements WorkingCalendar {

        final Set<LocalDate> holidays;

        Office(LocalDate... holidays) {
            this.holidays = Set.of(holidays);
        }

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day);
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int days) {
            var day = from;
            if (days == 0) {
                while (!isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
                return day;
            }
            for (int left = days; left > 0;) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                n += isWorkingDay(day) ? 1 : 0;
            }
            return n;
        }

        @Override
        public String holidayName(LocalDate day) {
            return holidays.contains(day) ? "Holiday" : null;
        }

        @Override
        public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
            return List.of();
        }
    }

    private static Instant pkt(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.OFFICE_ZONE).toInstant();
    }

    private static OverdueReminders reminders(Period every, WorkingCalendar calendar) {
        var rules = new RoutingRules("test", Map.of(), Map.of(), Map.of(), every);
        return new OverdueReminders(rules, null, null, null, null, null, null, Clock.systemUTC(), calendar);
    }

    @Test
    void a_reminder_sent_on_a_friday_comes_again_on_monday_at_the_same_time() {
        // 4 December 2026 is a Friday
        assertThat(reminders(Period.ofDays(1), new Office()).nextAfter(pkt("2026-12-04T17:01")))
                .isEqualTo(pkt("2026-12-07T17:01"));
    }

    @Test
    void on_a_working_week_the_next_working_day_and_holidays_are_skipped() {
        var every = reminders(Period.ofDays(1), new Office(LocalDate.of(2026, 12, 25)));
        assertThat(every.nextAfter(pkt("2026-12-01T10:00"))).isEqualTo(pkt("2026-12-02T10:00"));
        // Thursday 24 December: the 25th (Quaid-e-Azam Day) and the weekend are no working days
        assertThat(every.nextAfter(pkt("2026-12-24T10:00"))).isEqualTo(pkt("2026-12-28T10:00"));
        assertThat(reminders(Period.ofDays(3), new Office()).nextAfter(pkt("2026-12-03T09:30")))
                .as("three working days after a Thursday").isEqualTo(pkt("2026-12-08T09:30"));
    }
}
