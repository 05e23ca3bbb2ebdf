package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.List;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.routing.RoutingRules.Actor;

/**
 * A draft waiting for someone to act: who (the state's {@code waits-for}), since when and until when.
 *
 * @param since       when it entered its current state (the last routing step into it, else its last change)
 * @param dueAt       when the state's deadline falls, or null when the state has none
 * @param daysOverdue whole days since {@code dueAt}, at least 1 once overdue; 0 when not overdue
 * @param actions     titles of the actions the signed-in user may take on it now, in the order of the rules
 * @param actionNames the names of the same actions (as in the rule book), in the same order
 * @param priority    the draft's priority mark
 * @param fileNumber  the committee's file number, or null
 * @param divisions   the divisions whose officer can act now, by name (the divisions consulted at once, the
 *                    sponsor that lodges a summary, the draft's committee); empty when not known
 * @param notBy       the users who hold the role but may not take the next step, it being their own case (who put
 *                    the draft up, who wrote it); empty when none
 */
public record PendingDraft(long draftId, String title, long committeeId, String committeeCode, String diaryNumber,
        DraftStatus status, String stateTitle, Actor waitingFor, Instant since, Instant dueAt, boolean overdue,
        long daysOverdue, List<String> actions, List<String> actionNames, Priority priority, String fileNumber,
        List<pk.gov.mashwara.directory.CommitteeInfo> divisions, List<String> notBy) {

    public PendingDraft(long draftId, String title, long committeeId, String committeeCode, String diaryNumber,
            DraftStatus status, String stateTitle, Actor waitingFor, Instant since, Instant dueAt, boolean overdue,
            long daysOverdue, List<String> actions, List<String> actionNames, Priority priority, String fileNumber) {
        this(draftId, title, committeeId, committeeCode, diaryNumber, status, stateTitle, waitingFor, since, dueAt,
                overdue, daysOverdue, actions, actionNames, priority, fileNumber, List.of(), List.of());
    }

    public PendingDraft {
        actions = List.copyOf(actions);
        actionNames = List.copyOf(actionNames);
        priority = priority == null ? Priority.ROUTINE : priority;
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
        notBy = notBy == null ? List.of() : List.copyOf(notBy);
    }
}
