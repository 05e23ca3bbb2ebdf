package pk.gov.mashwara.draft;

import java.time.Instant;

/**
 * A particular of a draft on its cover changed: its file number or its priority mark.
 *
 * @param particular {@code fileNumber} or {@code priority}
 * @param from       the value before, or null
 * @param to         the value now, or null
 * @param reason     why, when the change needs one (the NSMCWG secretary's change of priority), else null
 */
public record DraftParticularChanged(long draftId, String particular, String from, String to, String reason,
        String actor, Instant occurredAt) {
}
