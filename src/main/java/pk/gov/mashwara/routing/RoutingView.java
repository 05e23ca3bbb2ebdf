package pk.gov.mashwara.routing;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param waitingDivisions the divisions whose officer can act now (those consulted at once, the sponsor that is to
 *                     lodge a summary, the committee), empty when not known
 * @param notBy        who holds the role but may not take the next step, it being his own case, by name
 */
public record RoutingView(long draftId, DraftStatus status, String stateTitle, Actor waitingFor, Instant since,
        Instant dueAt, boolean overdue, List<Step> history, List<AvailableAction> actions, long draftVersion,
        Priority priority, String fileNumber, List<pk.gov.mashwara.directory.CommitteeInfo> waitingDivisions,
        List<String> notBy) {

    public RoutingView {
        waitingDivisions = waitingDivisions == null ? List.of() : List.copyOf(waitingDivisions);
        notBy = notBy == null ? List.of() : List.copyOf(notBy);
    }

    /** Where a draft stands, the divisions that can act not given. */
    public RoutingView(long draftId, DraftStatus status, String stateTitle, Actor waitingFor, Instant since,
            Instant dueAt, boolean overdue, List<Step> history, List<AvailableAction> actions, long draftVersion,
            Priority priority, String fileNumber) {
        this(draftId, status, stateTitle, waitingFor, since, dueAt, overdue, history, actions, draftVersion,
                priority, fileNumber, List.of(), List.of());
    }

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
     * A consultation step of the draft's latest round: its stage (steps of one stage are consulted together), the
     * committee consulted, when it opened and falls due, and the view recorded (null until then) as a U.O. note
     * with the file attached to it (null when none).
     *
     * @param added      who added the division case by case and why, or null for a step of the rule book
     * @param note       the U.O. note the view came as, or null until the view is recorded
     * @param resolution how the division's objection was dealt with, or null
     */
    public record ConsultationStep(long id, int stage, String step, String committeeCode, String committeeName,
            String committeeNameUr, Instant openedAt, Instant dueAt, String view, String viewText, String recordedBy, Instant recordedAt,
            Attachment attachment, Added added, Note note, ObjectionPath resolution) {

        public boolean open() {
            return openedAt != null && recordedAt == null;
        }

        /** Waiting, not yet open, or the view recorded. */
        public Status status() {
            return recordedAt != null ? Status.RECORDED : openedAt != null ? Status.OPEN : Status.NOT_YET_OPEN;
        }
    }

    /** Where a consultation step stands. */
    public enum Status {
        NOT_YET_OPEN, OPEN, RECORDED
    }

    /**
     * A division whose view the signed-in user may record now: the user's own ({@code onBehalf} false) or, for an
     * NSMCWG secretary or the committee's officer, another's received on paper or through e-Office.
     */
    public record ViewTarget(String code, String name, String nameUr, String step, boolean onBehalf) {
    }

    /** A division added case by case: by whom (username and name) and why. */
    public record Added(String by, String byName, String reason) {
    }

    /**
     * A view as its U.O. note: number, date and the designation of the officer who signed it; when it was recorded
     * on the division's behalf (received on paper or through e-Office), the day it was received.
     */
    public record Note(String uoNumber, java.time.LocalDate uoDate, String designation, boolean onBehalf,
            java.time.LocalDate receivedOn) {

        private static final java.util.regex.Pattern LEADING_UO = java.util.regex.Pattern.compile(
                "^\\s*(?:U\\s*\\.?\\s*O\\b\\s*\\.?\\s*(?:note\\b\\s*)?)?(?:No\\b\\s*\\.?\\s*)?",
                java.util.regex.Pattern.CASE_INSENSITIVE);

        /** The note as the Secretariat cites it, e.g. "U.O. No. 1(3)/2026-Tel". */
        public String reference() {
            return reference(uoNumber);
        }

        /**
         * A U.O. number as cited: "U.O. No. " and the number, whether or not the officer typed "U.O. No." (or "U.O.")
         * before it, so that it is never said twice ("U.O. note U.O. No. …").
         */
        public static String reference(String number) {
            var bare = number == null ? "" : LEADING_UO.matcher(number).replaceFirst("").strip();
            return bare.isEmpty() ? "U.O. note" : "U.O. No. " + bare;
        }
    }

    /**
     * How an objection was dealt with other than by revision: {@code SECRETARIES_MEETING} (date, attendees,
     * outcome) or {@code CABINET} (the sponsor's reply set beside the objection).
     */
    public record ObjectionPath(String path, String by, Instant at, java.time.LocalDate meetingDate, String attendees,
            String outcome, String sponsorReply) {
    }

    /**
     * A deciding step of the draft's latest round (the Cabinet, the CCLC): the summary lodged last (null before one
     * is) and whether it was returned as incomplete, and the decision taken last (null before one is; a deferral
     * leaves the step open), with its case number and the meeting's date or, by circulation, the decision's date;
     * the file of the summary lodged last ({@code summaryId} identifies that lodging; both null before one is).
     */
    public record DecisionStep(long consultationId, String step, LocalDate summaryLodgedOn, Instant summaryReturnedAt,
            String summaryReturnReason, String decision, String caseNumber, LocalDate meetingDate,
            boolean byCirculation, LocalDate decidedOn, String modifications, Long summaryId,
            Attachment summaryFile) {
    }

    /** The file a consulted division attached to its view, as kept in the portal's file store. */
    public record Attachment(String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
    }
}
