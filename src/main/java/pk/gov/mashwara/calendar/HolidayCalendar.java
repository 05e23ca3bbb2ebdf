package pk.gov.mashwara.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar with its weekend days off and the gazetted holidays it is given; it never changes (a new holiday
 * file gives a new one).
 */
final class HolidayCalendar implements WorkingCalendar {

    /** Counting stops this far ahead: no deadline of the rule book comes near it, a mistaken one must not loop. */
    private static final int MAX_DAYS = 10_000;

    private final Set<DayOfWeek> weekend;
    private final Map<LocalDate, Holiday> holidays;

    HolidayCalendar() {
        this(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of());
    }

    HolidayCalendar(Set<DayOfWeek> weekend, Map<LocalDate, Holiday> holidays) {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("a week needs a working day");
        }
        this.weekend = Set.copyOf(weekend);
        this.holidays = Map.copyOf(holidays);
    }

    Set<DayOfWeek> weekend() {
        return weekend;
    }

    int holidayCount() {
        return holidays.size();
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
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("working days must be at most " + MAX_DAYS + ": " + days);
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
        var holiday = holidays.get(day);
        return holiday == null ? null : holiday.name();
    }

    @Override
    public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
        var found = new ArrayList<Holiday>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            var holiday = holidays.get(day);
            if (holiday != null) {
                found.add(holiday);
            }
        }
        return found;
    }
}
