package pk.gov.mashwara.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Working days of the federal government. Every deadline counted in working days goes through here, so that a
 * holiday added to the calendar moves every deadline that crosses it.
 */
public interface WorkingCalendar {

    /** The zone in which days are counted: Pakistan. */
    ZoneId OFFICE_ZONE = ZoneId.of("Asia/Karachi");

    /** When the office day ends: a deadline counted in days falls at this hour. */
    LocalTime CLOSE_OF_DAY = LocalTime.of(17, 0);

    /** Whether the offices are open on {@code day}: not a weekend day and not a holiday. */
    boolean isWorkingDay(LocalDate day);

    /**
     * The day {@code days} working days after {@code from}: the first working day after {@code from} is one working
     * day after it; {@code from} itself need not be a working day. Zero days gives {@code from} when it is a
     * working day, else the next working day.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The working days after {@code from} up to and including {@code to}; zero when {@code to} is not after it. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The holiday's name on {@code day}, or null when it is not a holiday (weekends are not named). */
    String holidayName(LocalDate day);

    /** The holidays from {@code from} to {@code to}, both included, in date order (weekend days are not listed). */
    java.util.List<Holiday> holidaysBetween(LocalDate from, LocalDate to);

    /** The close of the office day {@code days} working days after the day of {@code from} in Pakistan. */
    default Instant dueAt(Instant from, int days) {
        return addWorkingDays(from.atZone(OFFICE_ZONE).toLocalDate(), days).atTime(CLOSE_OF_DAY).atZone(OFFICE_ZONE)
                .toInstant();
    }
}
