package pk.gov.mashwara.routing;

import java.time.Instant;

import pk.gov.mashwara.draft.DraftStatus;

/**
 * The working group's input on a draft was saved as revision {@code number}: composed (the first save) or
 * edited, in state {@code draftStatus}; {@code length} is the length of its text (sanitised HTML).
 */
public record InputRevised(long draftId, int number, DraftStatus draftStatus, int length, String actor,
        Instant occurredAt) {

    public boolean composed() {
        return number == 1;
    }
}
