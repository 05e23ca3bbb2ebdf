package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingRules.Effect;

/**
 * Where a draft stands on its route, as the signed-in user sees it: its state, who it waits for since when and
 * until when, its history, and the actions this user may take now (with what still stands in the way of each).
 *
 * @param dueAt        when the state's deadline falls, or null when it has none
 * @param draftVersion the draft's version, to send back with an action
 * @param priority     the draft's priority mark, which shortens its deadlines
 * @param fileNumber   the committee's file number, or null
 */
public record RoutingView(long draftId, DraftStatus status, String stateTitle, Actor waitingFor, Instant since,
        Instant dueAt, boolean overdue, List<Step> history, List<AvailableAction> actions, long draftVersion,
        Priority priority, String fileNumber) {

    /** Where a routine draft without a file number stands. */
    public RoutingView(long draftId, DraftStatus status, String stateTitle, Actor waitingFor, Instant since,
            Instant dueAt, boolean overdue, List<Step> history, List<AvailableAction> actions, long draftVersion) {
        this(draftId, status, stateTitle, waitingFor, since, dueAt, overdue, history, actions, draftVersion,
                Priority.ROUTINE, null);
    }

    /**
     * One action taken, with its reason and the details it recorded (decision number, gazette, …), and the draft's
     * priority mark when it was taken.
     */
    public record Step(String action, String title, DraftStatus from, DraftStatus to, String actor,
            String actorName, Instant at, String reason, Map<String, String> details, Priority priority) {
    }

    /**
     * An action the user may take in this state. {@code blockedBy} lists translation keys of what must hold first
     * ({@code guard.<GUARD>}); empty when it can be taken now. {@code confirm}: whether the user is told what it
     * does and confirms before it is taken (it cannot be undone); {@code effects}: what it does besides moving the
     * draft.
     */
    public record AvailableAction(String name, String title, DraftStatus to, List<Ask> asks, List<String> blockedBy,
            boolean confirm, List<Effect> effects) {

        public boolean possibleNow() {
            return blockedBy.isEmpty();
        }
    }

    /**
     * A consultation step of the draft's latest round: the committee consulted, when it opened and falls due, and
     * the view recorded (null until then) with the file attached to it (null when none).
     */
    public record ConsultationStep(long id, String step, String committeeCode, String committeeName,
            Instant openedAt, Instant dueAt, String view, String viewText, String recordedBy, Instant recordedAt,
            Attachment attachment) {

        public boolean open() {
            return openedAt != null && recordedAt == null;
        }
    }

    /** The file a consulted division attached to its view, as kept in the portal's file store. */
    public record Attachment(String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
    }
}
