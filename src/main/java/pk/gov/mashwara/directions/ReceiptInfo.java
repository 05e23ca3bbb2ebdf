package pk.gov.mashwara.directions;

import java.time.Instant;
import java.time.LocalDate;

/** An office's recorded receipt of a letter. */
public record ReceiptInfo(long letterId, BodyRef office, String diaryNumber, LocalDate receivedOn, String recordedBy,
        Instant recordedAt) {
}
