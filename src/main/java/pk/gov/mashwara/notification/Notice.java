package pk.gov.mashwara.notification;

import java.util.Set;

/**
 * What happened, for whom: the input of {@link NotificationService#send}.
 *
 * @param recipients user ids; the caller leaves out the actor (no one is told about their own action)
 * @param threadId   the comment thread it is about, if any
 * @param actorName  who did it, as people read it (display name)
 * @param excerpt    a short quote shown under the message (e.g. the comment), or null; for
 *                   {@link NotificationKind#STATUS_CHANGED} the new {@code DraftStatus} name, for
 *                   {@link NotificationKind#STEP_OVERDUE} the state that is overdue, for
 *                   {@link NotificationKind#AWAITING_YOU} the state that now waits for the recipient
 * @param link       a portal route such as {@code drafts/7/versions/2/read?thread=12} (no leading slash)
 */
public record Notice(NotificationKind kind, Set<Long> recipients, long draftId, Long threadId, String actorName,
        String draftTitle, String excerpt, String link) {

    public Notice {
        if (kind == null || link == null || link.isBlank()) {
            throw new IllegalArgumentException("A notice needs a kind and a link");
        }
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
    }
}
