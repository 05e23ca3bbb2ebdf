package pk.gov.mashwara.directions;

import java.time.Instant;

/** Something done to a letter or its directions, for the audit log: who, when, what, and in a line the details. */
public record DirectionsActed(Instant occurredAt, String actor, Act act, long letterId, String detail) {

    public enum Act {
        LETTER_REGISTERED, LETTER_RECEIVED, LETTER_FORWARDED, LETTER_EVENT_RECORDED, LETTER_FILE_DOWNLOADED,
        PROGRESS_RECORDED, PROGRESS_CONFIRMED, EVIDENCE_DOWNLOADED, LETTER_REMINDER_SENT, PROGRESS_REPORT_EXPORTED,
        PROGRESS_REPORT_SIGNED, PROGRESS_REPORT_SENT, PROGRESS_REPORT_DOWNLOADED, PROGRESS_REPORT_SCHEDULED,
        PROGRESS_REPORT_REMINDER_SENT
    }
}
