package pk.gov.mashwara.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The day a deadline of some working days falls on, counted from a day on the office calendar.
 *
 * @param from            the day counted from (it does not count itself)
 * @param days            the working days counted
 * @param due             the day the deadline falls on
 * @param dueAt           the close of that office day, 17:00 Pakistan time
 * @param holidaysSkipped the holidays between {@code from} and {@code due} that were not counted
 * @param weekendDays     the weekend days between them that were not counted
 */
public record DueDate(LocalDate from, int days, LocalDate due, Instant dueAt, List<Holiday> holidaysSkipped,
        int weekendDays) {

    public DueDate {
        holidaysSkipped = List.copyOf(holidaysSkipped);
    }
}
