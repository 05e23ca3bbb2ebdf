package pk.gov.mashwara.directions;

import java.time.LocalDate;

/** An event a time line waits for, as recorded for a letter. */
public record EventInfo(String name, LocalDate occurredOn, String recordedBy) {
}
