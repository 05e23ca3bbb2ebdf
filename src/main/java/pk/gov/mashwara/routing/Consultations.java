package pk.gov.mashwara.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.calendar.WorkingCalendar;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.routing.domain.ConsultationAttachment;
import pk.gov.mashwara.routing.domain.ConsultationRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The consultations of a draft: opened as a round when the committee sends the draft for them (the steps of its
 * kind of instrument that apply to it), a stage at a time: the divisions of one stage are consulted together, each
 * with its own deadline in working days, and the next stage opens when every view of the one before is in and no
 * objection stands. The committee's officer may add a division concerned, with a reason; an objection may be
 * resolved at a meeting of the Secretaries concerned or submitted to the Cabinet with the sponsor's reply. The
 * consulted divisions see the draft from then on.
 */
@Component
class Consultations {

    static final Set<String> VIEWS = Set.of("concur", "concur-with-observations", "object");

    /** What keeps a draft from its competent authority: a division's objection, a deciding body's refusal. */
    static final Set<String> BLOCKING = Set.of("object", CabinetDecisions.NOT_APPROVED);

    /** The step name of a division added case by case (the rule book's steps have their own names). */
    static final String ADDED_STEP = "added-consultation";

    /** The working days a division added case by case has when the rule book gives CONSULTATIONS no deadline. */
    static final int ADDED_DAYS_WITHOUT_RULE = 14;

    private final RoutingRules rules;
    private final ConsultationRepository consultations;
    private final DraftService drafts;
    private final People people;
    private final ConsultationFiles files;
    private final WorkingCalendar calendar;
    private final java.time.Clock clock;

    private final ConsultationPlan plan;
    private final pk.gov.mashwara.routing.domain.RoutingStepRepository routingSteps;

    Consultations(RoutingRules rules, ConsultationRepository consultations, DraftService drafts, People people,
            ConsultationFiles files, ConsultationPlan plan, WorkingCalendar calendar, java.time.Clock clock,
            pk.gov.mashwara.routing.domain.RoutingStepRepository routingSteps) {
        this.plan = plan;
        this.routingSteps = routingSteps;
        this.files = files;
        this.rules = rules;
        this.consultations = consultations;
        this.drafts = drafts;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Opens a new round: the steps that apply, those of the first stage open at once. */
    void open(DraftDetails draft, ActionRequest request, Instant now) {
        int round = consultations.lastRound(draft.id()) + 1;
        boolean federal = yes(request.detail("federalGovernmentPower"));
        int position = 0;
        for (var planned : plan.steps(draft, federal)) {
            var rule = planned.rule();
            long committee = planned.committeeId();
            // working days, shortened by the draft's priority mark as it stands when the round opens
            consultations.save(new Consultation(draft.id(), round, position++, rule.stage(), rule.step(), committee,
                    rules.workingDays(rule.deadline(), draft.priority()), draft.priority()));
            drafts.shareWith(draft.id(), committee);
        }
        openNext(draft.id(), now);
    }

    /**
     * The draft's priority mark changed: the steps of its latest round that wait for a view or a decision (open,
     * or not yet open) are given the deadline of the new mark, counted again in working days from when each
     * opened; recorded steps keep theirs. Part of the marking's transaction. Returns the steps changed.
     */
    List<Consultation> reprioritise(DraftDetails draft, pk.gov.mashwara.draft.Priority priority) {
        var changed = new java.util.ArrayList<Consultation>();
        for (var step : consultations.findLatestRound(draft.id())) {
            if (step.isRecorded() || step.getPriority() == priority) {
                continue;
            }
            // a step the rule book lists has its own deadline; one added case by case has the state's
            var base = step.isAdded() ? rules.state(DraftStatus.CONSULTATIONS).deadline()
                    : rules.consultation(draft.kind(), step.getStep()).map(RoutingRules.ConsultationRule::deadline)
                            .orElse(null);
            if (base == null) {
                continue;
            }
            int days = rules.workingDays(base, priority);
            step.reprioritise(priority, days, step.getOpenedAt() == null ? null
                    : calendar.dueAt(step.getOpenedAt(), days));
            changed.add(consultations.save(step));
        }
        return changed;
    }

    /** The steps waiting for their division's view, in order. */
    List<Consultation> open(long draftId) {
        return consultations.findLatestRound(draftId).stream().filter(Consultation::isOpen).toList();
    }

    /** When the earliest of the open steps falls due, if any is open. */
    Optional<Instant> earliestDue(long draftId) {
        return open(draftId).stream().map(Consultation::getDueAt).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    List<Consultation> latestRound(long draftId) {
        return consultations.findLatestRound(draftId);
    }

    /** Whether the user's committee has a step open on the draft. */
    boolean isConsulted(MashwaraUser user, long draftId) {
        return user.committeeId() != null
                && open(draftId).stream().anyMatch(c -> c.getCommitteeId() == user.committeeId());
    }

    /** Every step of the latest round recorded, and every objection resolved or submitted to the Cabinet. */
    boolean complete(long draftId) {
        var round = consultations.findLatestRound(draftId);
        return round.stream().allMatch(Consultation::isRecorded)
                && round.stream().noneMatch(c -> c.isOpenObjection() || CabinetDecisions.NOT_APPROVED.equals(c.getView()));
    }

    /** The first of the steps open now (a deciding body's or the vetting step stands alone in its stage). */
    Optional<Consultation> current(long draftId) {
        return open(draftId).stream().findFirst();
    }

    /** Whether a deciding body of the latest round did not approve the draft. */
    boolean notApproved(long draftId) {
        return consultations.findLatestRound(draftId).stream()
                .anyMatch(c -> CabinetDecisions.NOT_APPROVED.equals(c.getView()));
    }

    /** Whether an objection of the latest round still stands. */
    boolean objectionOpen(long draftId) {
        return consultations.findLatestRound(draftId).stream().anyMatch(Consultation::isOpenObjection);
    }

    /**
     * A division's view, as its U.O. note, recorded on its open step, with the file attached to it if any. The
     * division's own officer records it; an NSMCWG secretary or the committee's officer may record it on the
     * division's behalf (a note received on paper or through e-Office), naming the division, the day it was
     * received and attaching the scanned note. A Cabinet step must keep the clear days before its meeting.
     * Anything refused (the file included) leaves the step open.
     */
    RecordedView recordView(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now) {
        var step = stepFor(draft, request, user);
        boolean onBehalf = user.committeeId() == null || step.getCommitteeId() != user.committeeId();
        // the page sends CONCUR_WITH_OBSERVATIONS, the API concur-with-observations: the same view
        var view = request.detail("view") == null ? null
                : request.detail("view").toLowerCase(Locale.ROOT).replace('_', '-');
        if (!VIEWS.contains(view)) {
            throw InvalidInputException.onField("view", "error.routing.view");
        }
        var text = request.detail("viewText");
        if (text.length() > Consultation.MAX_VIEW) {
            throw InvalidInputException.onField("viewText", "error.routing.view.tooLong", Consultation.MAX_VIEW);
        }
        var rule = rule(draft, step);
        if (rule != null && rule.byDesignate() && step.getCommitteeId() == draft.committeeId() && !onBehalf) {
            // the division's own draft: vetted by the Secretary's designate, never by an officer on the case
            var refusal = designateRefusal(user, draft);
            if (refusal != null) {
                throw new ConflictException("error.routing.ownCase." + refusal, rule.step());
            }
        }
        var note = UoNote.read(request, step, onBehalf, today());
        if (onBehalf && request.attachment() == null) {
            throw InvalidInputException.onField("file", "error.routing.onBehalf.scan");
        }
        LocalDate meeting = null;
        LocalDate lodged = null;
        if (rule != null && rule.clearDaysBeforeMeeting() != null) {
            meeting = date(request.detail("meetingDate"), "meetingDate");
            lodged = date(request.detail("summaryLodgedOn"), "summaryLodgedOn");
            if (meeting == null || lodged == null) {
                throw InvalidInputException.onField(meeting == null ? "meetingDate" : "summaryLodgedOn",
                        "error.routing.cabinet.dates");
            }
            // clear days: neither the day the summary was lodged nor the day of the meeting counts
            long clear = ChronoUnit.DAYS.between(lodged, meeting) - 1;
            if (clear < rule.clearDaysBeforeMeeting()) {
                throw InvalidInputException.onField("summaryLodgedOn", "error.routing.cabinet.clearDays",
                        rule.clearDaysBeforeMeeting(), Math.max(clear, 0));
            }
        }
        var attached = request.attachment() == null ? null : files.attach(step, request.attachment(), user, now);
        step.record(view, text, user.getUsername(), now, meeting, lodged);
        step.note(note.number(), note.date(), note.designation(), onBehalf, note.receivedOn());
        consultations.saveAndFlush(step);
        openNext(draft.id(), now);
        return new RecordedView(step, attached);
    }

    /**
     * A deciding body's decision closes its step (with the meeting's date and the day the summary was lodged) and
     * opens the next; a deferral does not come here.
     */
    void recordDecision(Consultation step, String decision, String text, String actor, Instant now,
            LocalDate meeting, LocalDate lodged) {
        step.record(decision, text, actor, now, meeting, lodged);
        consultations.saveAndFlush(step);
        openNext(step.getDraftId(), now);
    }

    /**
     * The vetting step opened again on the latest version, in the vetted step's place in the order (so that it comes
     * before the deciding steps still to come).
     */
    void reopen(Consultation vetted, Instant now) {
        var again = new Consultation(vetted.getDraftId(), vetted.getRound(), vetted.getPosition(), vetted.getStage(),
                vetted.getStep(), vetted.getCommitteeId(), vetted.getDeadlineDays(), vetted.getPriority());
        again.open(now, calendar.dueAt(now, again.getDeadlineDays()));
        consultations.save(again);
    }

    /** The actions that put an officer on his division's case: he put it up, approved it or sent it out. */
    private static final List<String> ON_THE_CASE = List.of(OwnCases.PUT_UP, "submit", "start-consultations");

    /**
     * Whether the user is on the draft's case: wrote it (created it or uploaded a version), or put it up, approved
     * and submitted it or sent it for consultations (the latest of each).
     */
    /**
     * Why the user may not record a view now, when every step open is the division's own draft's, taken by the
     * Secretary's designate ({@code when-own: designate}) and the user is an officer of that division:
     * {@code UNDESIGNATED} when he is not a designate, {@code DESIGNATE} when he is but is on the case; null when
     * he may (or when the rule does not concern him: he may still record another division's view on its behalf).
     * The page does not offer him the view then, and the desk does not list the draft as his.
     */
    String notTheDesignate(MashwaraUser user, DraftDetails draft) {
        if (user.committeeId() == null || user.committeeId() != draft.committeeId()) {
            return null;
        }
        var open = open(draft.id());
        if (open.isEmpty() || !open.stream().allMatch(c -> c.getCommitteeId() == draft.committeeId()
                && rule(draft, c) != null && rule(draft, c).byDesignate())) {
            return null;
        }
        return designateRefusal(user, draft);
    }

    /** For a designate's step of the user's own division: why he may not take it, or null. */
    private String designateRefusal(MashwaraUser user, DraftDetails draft) {
        if (!people.byId(user.id()).map(u -> u.secretaryDesignate()).orElse(false)) {
            return OwnCases.UNDESIGNATED;
        }
        return onTheCase(user, draft) ? OwnCases.DESIGNATE : null;
    }

    private RoutingRules.ConsultationRule rule(DraftDetails draft, Consultation step) {
        return rules.consultationsFor(draft.kind()).stream().filter(r -> r.step().equals(step.getStep())).findFirst()
                .orElse(null);
    }

    private boolean onTheCase(MashwaraUser user, DraftDetails draft) {
        var username = user.getUsername();
        return username.equals(draft.createdBy())
                || draft.versions().stream().anyMatch(v -> username.equals(v.uploadedBy()))
                || ON_THE_CASE.stream().anyMatch(action -> routingSteps
                        .findFirstByDraftIdAndActionOrderByIdDesc(draft.id(), action)
                        .map(s -> username.equals(s.getActor())).orElse(false));
    }

    /** The step whose view was recorded, and the file attached to it (null when none). */
    record RecordedView(Consultation step, ConsultationAttachment file) {
    }

    /** The open step whose view is being recorded: the named division's, or else the user's own committee's. */
    private Consultation stepFor(DraftDetails draft, ActionRequest request, MashwaraUser user) {
        var open = open(draft.id());
        if (open.isEmpty()) {
            throw new ConflictException("error.routing.noOpenConsultation");
        }
        var code = request.detail("division");
        Long committee;
        if (code != null) {
            committee = people.committeeByCode(code.toUpperCase(Locale.ROOT)).map(c -> c.id()).orElseThrow(
                    () -> InvalidInputException.onField("division", "error.routing.division.unknown", code));
        } else {
            committee = user.committeeId();
        }
        var step = open.stream().filter(c -> committee != null && c.getCommitteeId() == committee).findFirst()
                .orElseThrow(() -> code == null
                        ? InvalidInputException.onField("division", "error.routing.division.choose")
                        : InvalidInputException.onField("division", "error.routing.division.notOpen", code));
        boolean own = user.committeeId() != null && step.getCommitteeId() == user.committeeId();
        if (!own && !mayRecordOnBehalf(user, draft)) {
            throw new AccessDeniedException("Only the division itself, an NSMCWG secretary or the committee's officer "
                    + "records a view on draft " + draft.id());
        }
        return step;
    }

    /**
     * The divisions whose view the user may record now: the user's own division's open step, or, for an NSMCWG
     * secretary or the committee's officer, every open step (on the division's behalf).
     */
    List<RoutingView.ViewTarget> targets(DraftDetails draft, MashwaraUser user) {
        var targets = new java.util.ArrayList<RoutingView.ViewTarget>();
        boolean onBehalf = mayRecordOnBehalf(user, draft);
        for (var step : open(draft.id())) {
            boolean own = user.committeeId() != null && step.getCommitteeId() == user.committeeId();
            if (own || onBehalf) {
                var committee = people.committeeById(step.getCommitteeId());
                targets.add(new RoutingView.ViewTarget(committee.map(c -> c.code()).orElse(null),
                        committee.map(c -> c.name()).orElse(null), committee.map(c -> c.nameUr()).orElse(null),
                        step.getStep(), !own));
            }
        }
        return targets;
    }

    /** An NSMCWG secretary or the officer of the committee that owns the draft. */
    private static boolean mayRecordOnBehalf(MashwaraUser user, DraftDetails draft) {
        return user.has(Role.NSMCWG_SECRETARY) && user.isNsmcwg()
                || user.has(Role.COMMITTEE_OFFICER) && user.actsFor(draft.committeeId());
    }

    /**
     * The committee's officer adds a division concerned to the round, with the reason: it is consulted with the
     * stage open now (its view is needed before the next stage opens), from now, and sees the draft.
     */
    Consultation add(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now) {
        var code = request.detail("division");
        if (code == null) {
            throw InvalidInputException.onField("division", "error.routing.missing", "division");
        }
        var division = people.committeeByCode(code.toUpperCase(Locale.ROOT)).filter(c -> c.active()).orElseThrow(
                () -> InvalidInputException.onField("division", "error.routing.division.unknown", code));
        if (division.id() == draft.committeeId() || "NSMCWG".equals(division.code())) {
            throw InvalidInputException.onField("division", "error.routing.division.self", division.name());
        }
        var round = consultations.findLatestRound(draft.id());
        if (round.isEmpty()) {
            throw new ConflictException("error.routing.noOpenConsultation");
        }
        if (round.stream().anyMatch(c -> c.getCommitteeId() == division.id() && !c.isRecorded())) {
            throw InvalidInputException.onField("division", "error.routing.division.already", division.name());
        }
        int stage = round.stream().filter(c -> !c.isRecorded()).mapToInt(Consultation::getStage).min()
                .orElse(round.stream().mapToInt(Consultation::getStage).max().orElse(1));
        int position = round.stream().mapToInt(Consultation::getPosition).max().orElse(-1) + 1;
        var state = rules.state(DraftStatus.CONSULTATIONS);
        int days = state == null || state.deadline() == null ? ADDED_DAYS_WITHOUT_RULE
                : rules.workingDays(state.deadline(), draft.priority());
        var added = Consultation.added(draft.id(), round.getFirst().getRound(), position, stage, ADDED_STEP,
                division.id(), days, draft.priority(), user.getUsername(), request.reason());
        added.open(now, calendar.dueAt(now, days));
        drafts.shareWith(draft.id(), division.id());
        return consultations.saveAndFlush(added);
    }

    /**
     * An objection dealt with other than by revision: resolved at a meeting of the Secretaries concerned (its date,
     * who attended, the outcome) or submitted to the Cabinet with the sponsor's reply beside the division's view.
     * The round then goes on.
     */
    Consultation resolve(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now,
            Consultation.Resolution path) {
        var objections = consultations.findLatestRound(draft.id()).stream().filter(Consultation::isOpenObjection)
                .toList();
        if (objections.isEmpty()) {
            throw new ConflictException("error.routing.noObjection");
        }
        var code = request.detail("division");
        var objection = code == null ? objections.getFirst() : objections.stream()
                .filter(c -> people.committeeById(c.getCommitteeId()).map(i -> i.code().equalsIgnoreCase(code))
                        .orElse(false))
                .findFirst().orElseThrow(() -> InvalidInputException.onField("division",
                        "error.routing.division.noObjection", code));
        if (path == Consultation.Resolution.SECRETARIES_MEETING) {
            var meeting = date(request.detail("secretariesMeetingDate"), "secretariesMeetingDate");
            var objected = objection.getRecordedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate();
            if (meeting.isBefore(objected) || meeting.isAfter(today())) {
                throw InvalidInputException.onField("secretariesMeetingDate", "error.routing.meeting.when", objected.toString(),
                        today().toString());
            }
            var attendees = limited(request.detail("attendees"), "attendees", Consultation.MAX_ATTENDEES);
            var outcome = limited(request.detail("outcome"), "outcome", Consultation.MAX_OUTCOME);
            objection.resolve(path, user.getUsername(), now, meeting, attendees, outcome, null);
        } else {
            var reply = limited(request.detail("sponsorReply"), "sponsorReply", Consultation.MAX_OUTCOME);
            objection.resolve(path, user.getUsername(), now, null, null, null, reply);
        }
        consultations.saveAndFlush(objection);
        openNext(draft.id(), now);
        return objection;
    }

    /**
     * Opens the next stage once every step of the stages before it has its view and no objection stands: a
     * division is not asked to look at a text another division's objection may yet change (Rule 9).
     */
    private void openNext(long draftId, Instant now) {
        var round = consultations.findLatestRound(draftId);
        if (round.stream().anyMatch(c -> c.isOpen() || c.isOpenObjection())) {
            return;
        }
        var waiting = round.stream().filter(c -> c.getOpenedAt() == null).toList();
        if (waiting.isEmpty()) {
            return;
        }
        int stage = waiting.stream().mapToInt(Consultation::getStage).min().getAsInt();
        for (var next : waiting) {
            if (next.getStage() == stage) {
                next.open(now, calendar.dueAt(now, next.getDeadlineDays()));
                consultations.save(next);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.OFFICE_ZONE));
    }

    private static String limited(String value, String field, int max) {
        if (value == null) {
            throw InvalidInputException.onField(field, "error.routing.missing", field);
        }
        if (value.length() > max) {
            throw InvalidInputException.onField(field, "error.routing.field.tooLong", field, max);
        }
        return value;
    }

    private static boolean yes(String value) {
        return value != null && Set.of("yes", "true", "y").contains(value.toLowerCase(Locale.ROOT));
    }

    /** A date as given on {@code field}, or null when not given; unreadable or out of range: refused on the field. */
    static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField(field, "error.routing.date", value);
        }
        if (!InputRules.inRange(date)) {
            // the same on every database: MariaDB's DATE ends with 9999, H2's does not
            throw InvalidInputException.onField(field, "error.routing.dateRange", value,
                    InputRules.FIRST_DATE.toString(), InputRules.LAST_DATE.toString());
        }
        return date;
    }
}
