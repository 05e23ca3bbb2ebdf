package pk.gov.mashwara.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The office calendar for users: on which day a deadline of so many working days falls, and which holidays it
 * passes over. Anyone signed in may ask; nothing here is confidential (the holidays are gazetted).
 */
@Service
@PreAuthorize("isAuthenticated()")
@org.springframework.transaction.annotation.Transactional(readOnly = true)
public class CalendarService {

    /** The most working days one may ask about: a year and a half of deadlines. */
    public static final int MAX_DAYS = 366;

    private final WorkingCalendar calendar;

    CalendarService(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The day {@code days} working days after {@code from}, with the holidays skipped on the way.
     *
     * @param from a day as {@code YYYY-MM-DD}
     * @param days a whole number of working days, 0 to {@link #MAX_DAYS}
     * @throws InvalidInputException naming {@code from} or {@code days} when either cannot be read or is out of range
     */
    public DueDate dueAfter(String from, String days) {
        var start = day(from);
        var count = days(days);
        var due = calendar.addWorkingDays(start, count);
        var skipped = calendar.holidaysBetween(start.plusDays(1), due);
        int weekend = 0;
        for (var day = start.plusDays(1); day.isBefore(due); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day) && calendar.holidayName(day) == null) {
                weekend++;
            }
        }
        var dueAt = due.atTime(WorkingCalendar.CLOSE_OF_DAY).atZone(WorkingCalendar.OFFICE_ZONE).toInstant();
        return new DueDate(start, count, due, dueAt, skipped, weekend);
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.onField("from", "error.calendar.from", String.valueOf(value));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField("from", "error.calendar.from", value.strip());
        }
        // a deadline counted from the year 9999 would run off the end of every database's calendar
        if (!InputRules.inRange(day) || !InputRules.inRange(day.plusYears(2))) {
            throw InvalidInputException.onField("from", "error.calendar.fromRange", value.strip(),
                    InputRules.FIRST_DATE.toString(), InputRules.LAST_DATE.minusYears(2).toString());
        }
        return day;
    }

    private static int days(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.onField("days", "error.calendar.days", String.valueOf(value), MAX_DAYS);
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw InvalidInputException.onField("days", "error.calendar.days", value.strip(), MAX_DAYS);
    }
}
