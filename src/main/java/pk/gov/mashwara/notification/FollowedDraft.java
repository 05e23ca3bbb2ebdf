package pk.gov.mashwara.notification;

import java.time.Instant;

/** A draft the signed-in user follows (is told about its new versions and status changes). */
public record FollowedDraft(long draftId, String title, Instant since) {
}
