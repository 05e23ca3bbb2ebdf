package pk.gov.mashwara.directions;

import java.time.Instant;
import java.time.LocalDate;

/** A letter's schedule of progress reports, and who set it last. */
public record ReportScheduleInfo(ReportEvery every, LocalDate startsOn, String setBy, Instant setAt) {
}
