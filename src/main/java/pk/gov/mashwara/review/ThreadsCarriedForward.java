package pk.gov.mashwara.review;

import java.time.Instant;

/** The open threads of a draft moved to a new version ({@code moved} of them: re-anchored or marked outdated). */
public record ThreadsCarriedForward(long draftId, int versionNumber, int moved, Instant occurredAt) {
}
