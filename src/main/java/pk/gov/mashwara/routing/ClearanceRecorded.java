package pk.gov.mashwara.routing;

import java.time.Instant;

/** The focal person cleared the working group's input on version {@code versionNumber} of a draft. */
public record ClearanceRecorded(long draftId, long clearanceId, int versionNumber, String versionSha256,
        String hash, String actor, Instant occurredAt) {
}
