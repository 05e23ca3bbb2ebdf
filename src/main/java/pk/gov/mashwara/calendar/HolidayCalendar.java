package pk.gov.mashwara.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The calendar with Saturdays and Sundays off and the gazetted holidays it is given.
 */
@Component
class HolidayCalendar implements WorkingCalendar {

    private final Set<DayOfWeek> weekend;
    private final Map<LocalDate, String> holidays;

    HolidayCalendar() {
        this(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of());
    }

    HolidayCalendar(Set<DayOfWeek> weekend, Map<LocalDate, String> holidays) {
        this.weekend = Set.copyOf(weekend);
        this.holidays = Map.copyOf(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.containsKey(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        var day = from;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String holidayName(LocalDate day) {
        return holidays.get(day);
    }
}
