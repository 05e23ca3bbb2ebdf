package pk.gov.mashwara.routing;

import java.time.Instant;

import pk.gov.mashwara.draft.DraftStatus;

/**
 * An action was taken on a draft under the routing rules (published after commit, for the audit log): also the
 * actions that record something without moving the draft, such as a division's view or a committee's response.
 *
 * @param details what the action recorded, as {@code name=value} lines, or null
 */
public record RoutingActionTaken(long draftId, String action, DraftStatus from, DraftStatus to, String actor,
        String reason, String details, Instant occurredAt) {
}
