package pk.gov.mashwara.directions;

import java.time.LocalDate;

/** When a reporting office's next progress report on a letter is due, and how far it is overdue. */
public record ReportDue(long letterId, String letterReference, String subject, BodyRef body, LocalDate due,
        boolean overdue, long overdueDays) {
}
