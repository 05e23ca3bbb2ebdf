package pk.gov.mashwara.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.Role;

/**
 * The rule book of routing, as read from {@code config/routing.yml} and checked: every state of a draft with
 * who it waits for and how long it may, every action with the states it leaves and enters, who may take it,
 * what must hold first and what it asks for, and the consultations each kind of instrument needs.
 *
 * @param source where the rules were read from, for messages
 */
public record RoutingRules(String source, Map<DraftStatus, StateRule> states, Map<String, ActionRule> actions,
        Map<DraftKind, List<ConsultationRule>> consultations, Period reminderInterval,
        Map<Priority, BigDecimal> priorityFactors) {

    /** A deadline never falls sooner than this many working days after its step begins, whatever the priority. */
    public static final int FLOOR_WORKING_DAYS = 1;

    public RoutingRules {
        states = Map.copyOf(states);
        actions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actions));
        consultations = Map.copyOf(consultations);
        var factors = new java.util.EnumMap<Priority, BigDecimal>(Priority.class);
        for (var priority : Priority.values()) {
            factors.put(priority, priorityFactors.getOrDefault(priority, BigDecimal.ONE));
        }
        priorityFactors = java.util.Collections.unmodifiableMap(factors);
    }

    /** A rule book whose priorities do not shorten any deadline. */
    public RoutingRules(String source, Map<DraftStatus, StateRule> states, Map<String, ActionRule> actions,
            Map<DraftKind, List<ConsultationRule>> consultations, Period reminderInterval) {
        this(source, states, actions, consultations, reminderInterval, Map.of());
    }

    /**
     * The working days a deadline of the rule book gives a draft of {@code priority}: its days times the priority's
     * factor, rounded half up, and never fewer than {@link #FLOOR_WORKING_DAYS}.
     */
    public int workingDays(Period deadline, Priority priority) {
        return workingDays(deadline.getDays(), priorityFactors.get(priority == null ? Priority.ROUTINE : priority));
    }

    /** {@code days} of the rule book shortened by {@code factor}, as {@link #workingDays(Period, Priority)}. */
    public static int workingDays(int days, BigDecimal factor) {
        int shortened = BigDecimal.valueOf(days).multiply(factor).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(FLOOR_WORKING_DAYS, shortened);
    }

    public StateRule state(DraftStatus status) {
        return states.get(status);
    }

    public Optional<ActionRule> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** The actions that may be taken from {@code status}, in the order of the rule book. */
    public List<ActionRule> actionsFrom(DraftStatus status) {
        return actions.values().stream().filter(a -> a.from().contains(status)).toList();
    }

    /** The actions that may be taken from {@code status} on a draft of {@code kind}. */
    public List<ActionRule> actionsFrom(DraftStatus status, DraftKind kind) {
        return actionsFrom(status).stream().filter(a -> a.appliesTo(kind)).toList();
    }

    /** The consultation step named {@code step} of the kind, if the rule book has one. */
    public Optional<ConsultationRule> consultation(DraftKind kind, String step) {
        return consultationsFor(kind).stream().filter(r -> r.step().equals(step)).findFirst();
    }

    public List<ConsultationRule> consultationsFor(DraftKind kind) {
        return consultations.getOrDefault(kind, List.of());
    }

    /** Who a draft in a state waits for. */
    public record Actor(Role role, Relation relation) {
    }

    /** How an actor stands to the draft. */
    public enum Relation {
        /** A member of the committee that owns the draft. */
        OWN_COMMITTEE("own-committee"),
        /** A member of the working group. */
        NSMCWG("nsmcwg"),
        /** A member of the ministry a regulator reports to (PTA → MoIT, PEMRA → MoIB). */
        ADMINISTRATIVE_MINISTRY("administrative-ministry"),
        /** A member of the committee whose consultation step is open. */
        CONSULTED_DIVISION("consulted-division"),
        /**
         * A member of the division that sponsors the draft before the Cabinet: the owning committee, or, when it is a
         * regulator, its administrative ministry (a regulator is no Division and submits no case to the Cabinet).
         */
        SPONSOR("sponsor");

        private final String key;

        Relation(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** What must hold before an action is taken; each is checked by the routing service. */
    public enum Guard {
        NEW_VERSION_SINCE_RETURN, REVIEW_WINDOW_CLOSED, ALL_THREADS_RESOLVED, INPUT_COMPOSED, CLEARANCE_RECORDED,
        RESPONSES_RECORDED, CONSULTATIONS_COMPLETE, AUTHORITY_DECISION_RECORDED, GAZETTE_RECORDED,
        /** A Bill's proposal approved in principle by the Cabinet (Rule 27(1)); holds for kinds that need none. */
        IN_PRINCIPLE_APPROVAL_RECORDED,
        /** The open consultation step asks a division's view. */
        VIEW_STEP_OPEN,
        /** The open consultation step is a deciding body's (the Cabinet, the CCLC). */
        DECISION_STEP_OPEN,
        /** A summary is lodged, and not returned, for the open deciding step. */
        SUMMARY_LODGED,
        /** No summary is lodged, or the last was returned, for the open deciding step. */
        SUMMARY_NOT_LODGED,
        /** No version was uploaded after the Law Division's vetting in the latest round. */
        VETTED_TEXT_CURRENT,
        /** A version was uploaded after the Law Division's vetting in the latest round: it is to be vetted again. */
        VETTING_OUTDATED,
        /** A version was uploaded after a decision approving the draft with modifications. */
        MODIFICATIONS_INCORPORATED,
        INTRODUCTION_RECORDED, PASSAGE_RECORDED, ASSENT_RECORDED,
        /** A consulted division's objection stands (neither resolved nor submitted to the Cabinet). */
        OBJECTION_OPEN,
        /** A deciding body (the Cabinet, the CCLC) did not approve the draft in the latest round. */
        CABINET_NOT_APPROVED
    }

    /**
     * Who may not take an action although the rule's {@code by} names them: no officer acts on his own case
     * (Secretariat Instructions). Each has its wording for users, {@code routing.notBy.<NAME>}.
     */
    public enum OwnCase {
        /** The user who put the draft up (took the latest {@code put-up} action on it). */
        PUT_UP,
        /** The user who wrote the draft: created it or uploaded any version of it. */
        AUTHOR,
        /**
         * The user who lodged the summary pending before the open deciding step: when the Cabinet Division sponsors
         * its own case, its officer who lodged the summary does not also return it or record the decision on it.
         */
        LODGED
    }

    /** What an action asks its actor for. */
    public enum Ask {
        REASON, DECISION, GAZETTE, VIEW, POWERS, RESPONSE,
        /** When comments close: the deadline of the review window being opened. */
        REVIEW_DEADLINE,
        /** The day the summary was lodged with the deciding body's secretariat. */
        SUMMARY,
        /** The decision, its case number and its meeting's date or circulation, the modifications' text. */
        CABINET_DECISION,
        /** The Cabinet's case number and date approving a legislative proposal in principle. */
        IN_PRINCIPLE,
        /** The House a Bill was introduced in and the date. */
        INTRODUCTION,
        PASSAGE, ASSENT, PROMULGATION,
        /** A division by its code in the directory (one to consult, or whose objection is dealt with). */
        DIVISION,
        /** The Secretaries' meeting that resolved an objection: its date, who attended, the outcome. */
        SECRETARIES_MEETING,
        /** The sponsoring committee's reply to an objection, set beside it for the Cabinet. */
        SPONSOR_REPLY,
        /** The draft's priority mark (optional: none given keeps the mark it has). */
        PRIORITY
    }

    /** What an action does besides changing the state. */
    public enum Effect {
        ASSIGN_DIARY_NUMBER, RECORD_CLEARANCE, OPEN_CONSULTATIONS, RECORD_VIEW, RECORD_RESPONSE,
        /** Comments close now if the review window is still open. */
        CLOSE_COMMENTS,
        LODGE_SUMMARY, RETURN_SUMMARY, RECORD_DECISION, RECORD_IN_PRINCIPLE,
        /** The Law Division vets the latest version again. */
        REOPEN_VETTING,
        /** A division concerned is added to the consultations, with the reason, and consulted at once. */
        ADD_CONSULTATION,
        /** An objection is recorded as resolved by a meeting of the Secretaries concerned (Rule 9). */
        RESOLVE_OBJECTION,
        /** An objection goes to the Cabinet with the division's view and the sponsor's reply side by side. */
        REFER_OBJECTION
    }

    /** A case in which a consultation applies. */
    public enum Condition {
        FINANCIAL_IMPLICATIONS, FEDERAL_GOVERNMENT_POWER
    }

    /**
     * A state.
     *
     * @param waitsFor who must act next, or null for a final state
     * @param deadline how long a draft may wait in the state, or null for no limit
     * @param line     where it is declared, for messages
     */
    public record StateRule(DraftStatus status, String title, Actor waitsFor, Period deadline, boolean isFinal,
            int line) {
    }

    /**
     * An action that moves a draft from one of {@code from} to {@code to} (which may be the same state).
     *
     * @param confirm whether the user confirms it, told what it does, before it is taken: every action unless the
     *                rule book says {@code confirm: false} (one that can be undone)
     * @param notBy   who may not take it on their own case, although {@code by} names them
     * @param kinds   the kinds of instrument it applies to; empty: every kind
     */
    public record ActionRule(String name, String title, Set<DraftStatus> from, DraftStatus to, List<Actor> by,
            List<Guard> guards, List<Ask> asks, List<Effect> effects, boolean confirm, List<OwnCase> notBy,
            Set<DraftKind> kinds, int line) {

        public ActionRule(String name, String title, Set<DraftStatus> from, DraftStatus to, List<Actor> by,
                List<Guard> guards, List<Ask> asks, List<Effect> effects, boolean confirm, int line) {
            this(name, title, from, to, by, guards, asks, effects, confirm, List.of(), Set.of(), line);
        }

        public ActionRule {
            notBy = List.copyOf(notBy);
            kinds = Set.copyOf(kinds);
            from = Set.copyOf(from);
            by = List.copyOf(by);
            guards = List.copyOf(guards);
            asks = List.copyOf(asks);
            effects = List.copyOf(effects);
        }

        public boolean appliesTo(DraftKind kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }
    }

    /**
     * A consultation step of a kind of instrument.
     *
     * @param with                   the code of the committee consulted, or a relation ({@code own-committee},
     *                               {@code administrative-ministry}) resolved for each draft
     * @param when                   the case it applies in, or null when always
     * @param clearDaysBeforeMeeting for a Cabinet step, the clear days between lodging the summary and the
     *                               meeting, or null
     * @param decides                a deciding body's step (the Cabinet, the CCLC): a summary is lodged and a decision
     *                               recorded, no view
     * @param vets                   the Law Division's vetting: a version uploaded after it is vetted again
     * @param whenOwn                when the division consulted is the draft's own committee: {@code skip}, the code
     *                               of the division that stands in, {@code designate} (an officer of the division
     *                               not on the case takes it), or null (consulted all the same)
     * @param stage                  steps of the same stage are consulted at the same time, stages one after
     *                               another; an entry without {@code stage} comes one stage after the entry
     *                               before it (the first in stage 1)
     */
    public record ConsultationRule(String step, String with, Period deadline, Condition when,
            Integer clearDaysBeforeMeeting, boolean decides, boolean vets, String whenOwn, int stage, int line) {

        /** The step to skip when the division consulted is the draft's own committee. */
        public static final String SKIP = "skip";

        /**
         * When the division consulted is the draft's own committee, the step stays with it but is taken by the
         * Secretary's designate: an officer of the division who neither wrote the draft nor put it up (e.g. the Law
         * Division's legislative drafting wing vetting the Division's own Bill).
         */
        public static final String DESIGNATE = "designate";

        /** Whether, for a draft of its own committee, the step is the designate's (see {@link #DESIGNATE}). */
        public boolean byDesignate() {
            return DESIGNATE.equals(whenOwn);
        }

        public ConsultationRule(String step, String with, Period deadline, Condition when,
                Integer clearDaysBeforeMeeting, int line) {
            this(step, with, deadline, when, clearDaysBeforeMeeting, clearDaysBeforeMeeting != null, false, null, 1,
                    line);
        }

        /** Whether {@code with} names a relation to the draft rather than a committee. */
        public Optional<Relation> relation() {
            return java.util.Arrays.stream(Relation.values()).filter(r -> r.key().equals(with)).findFirst();
        }
    }
}
