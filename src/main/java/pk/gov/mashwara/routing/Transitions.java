package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftTransition;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingRules.Effect;
import pk.gov.mashwara.routing.domain.RoutingStep;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/** Applies the rules: one transaction per action, the draft's version guarding against simultaneous ones. */
@Component
@Transactional
class Transitions {

    /** The detail that gives when comments close on a review being opened. */
    static final String REVIEW_DEADLINE = "reviewDeadline";
    /** The priority mark an action that asks it may set (the committee putting up or submitting a draft). */
    static final String PRIORITY = "priority";

    private final RoutingRules rules;
    private final DraftService drafts;
    private final RoutingStepRepository steps;
    private final Actors actors;
    private final Guards guards;
    private final Consultations consultations;
    private final Responses responses;
    private final Clearances clearances;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final pk.gov.mashwara.directory.People people;
    private final Deadlines deadlines;
    private final ConsultationFiles files;
    private final InputDocuments inputs;
    private final pk.gov.mashwara.review.ReviewWindows windows;
    private final OwnCases ownCases;
    private final CabinetDecisions cabinet;
    private final LawVetting vetting;
    private final LegislativeSteps legislative;

    private final org.springframework.beans.factory.ObjectProvider<OpenDrafts> openDrafts;

    Transitions(RoutingRules rules, DraftService drafts, RoutingStepRepository steps, Actors actors, Guards guards,
            Consultations consultations, Responses responses, Clearances clearances, CurrentUser currentUser,
            Clock clock, org.springframework.context.ApplicationEventPublisher events,
            pk.gov.mashwara.directory.People people, Deadlines deadlines, ConsultationFiles files, InputDocuments inputs,
            pk.gov.mashwara.review.ReviewWindows windows, OwnCases ownCases, CabinetDecisions cabinet,
            LawVetting vetting, LegislativeSteps legislative,
            org.springframework.beans.factory.ObjectProvider<OpenDrafts> openDrafts) {
        this.openDrafts = openDrafts;
        this.ownCases = ownCases;
        this.cabinet = cabinet;
        this.vetting = vetting;
        this.legislative = legislative;
        this.inputs = inputs;
        this.windows = windows;
        this.files = files;
        this.deadlines = deadlines;
        this.events = events;
        this.people = people;
        this.consultations = consultations;
        this.responses = responses;
        this.clearances = clearances;
        this.rules = rules;
        this.drafts = drafts;
        this.steps = steps;
        this.actors = actors;
        this.guards = guards;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RoutingView view(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var state = rules.state(draft.status());
        var history = steps.findByDraftIdOrderByIdAsc(draftId);
        var since = history.isEmpty() ? (draft.status() == DraftStatus.DRAFT ? draft.createdAt() : draft.updatedAt())
                : history.getLast().getActedAt();
        var due = deadlines.dueAt(draftId, draft.status(), since, draft.priority());
        var actions = rules.actionsFrom(draft.status(), draft.kind()).stream().filter(a -> mayTake(user, a, draft))
                .map(a -> java.util.Map.entry(a, guards.failing(a, draft, null)))
                // an action for another kind of step than the one open (a view, a decision) is not offered at all
                .filter(e -> Guards.offered(e.getValue()))
                .map(e -> new RoutingView.AvailableAction(e.getKey().name(), e.getKey().title(), e.getKey().to(),
                        e.getKey().asks(),
                        java.util.stream.Stream.concat(
                                ownCases.of(user, e.getKey(), draft).stream().map(c -> "routing.notBy." + c),
                                e.getValue().stream().map(g -> "guard." + g.name())).toList(),
                        e.getKey().confirm(), e.getKey().effects()))
                .toList();
        // who can act: the sponsor while a Cabinet summary is to be lodged, the divisions by name, and not whoever
        // it is his own case
        var who = state.waitsFor() == null ? null : openDrafts.getObject().who(draftId, draft.committeeId(),
                draft.status(), draft);
        return new RoutingView(draftId, draft.status(), state.title(), who == null ? null : who.waitingFor(), since,
                due, due != null && clock.instant().isAfter(due), history.stream().map(this::step).toList(), actions,
                draft.version(), draft.priority(), draft.fileNumber(), who == null ? List.of() : who.divisions(),
                who == null ? List.of() : who.notBy());
    }

    /** See {@link RoutingService#proposedReviewDeadline()}. */
    java.time.Instant proposedReviewDeadline() {
        return deadlines.reviewDeadlineFrom(clock.instant());
    }

    /** See {@link RoutingService#proposedReviewDeadline(long)}. */
    java.time.Instant proposedReviewDeadline(pk.gov.mashwara.draft.Priority priority) {
        return deadlines.reviewDeadlineFrom(clock.instant(), priority);
    }

    /**
     * The deadline the request gives for the review being opened (an instant such as {@code 2026-12-27T12:00:00Z},
     * or a date and time in Pakistan such as {@code 2026-12-27T17:00}), or the rule book's when it gives none.
     */
    private Instant reviewDeadline(ActionRequest request, Instant now, pk.gov.mashwara.draft.Priority priority) {
        var given = request.detail(REVIEW_DEADLINE);
        if (given == null) {
            return deadlines.reviewDeadlineFrom(now, priority);
        }
        Instant deadline;
        try {
            deadline = given.endsWith("Z") || given.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? java.time.OffsetDateTime.parse(given).toInstant()
                    : java.time.LocalDateTime.parse(given).atZone(pk.gov.mashwara.draft.DraftService.OFFICE_ZONE)
                            .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.onField(REVIEW_DEADLINE, "error.review.window.unreadable", given);
        }
        pk.gov.mashwara.review.ReviewWindows.check(deadline, now, REVIEW_DEADLINE);
        return deadline;
    }

    @Transactional(readOnly = true)
    List<RoutingView.ConsultationStep> consultations(long draftId) {
        drafts.get(draftId); // a draft the user may not see is not found
        var round = this.consultations.latestRound(draftId);
        var attached = files.of(round);
        return round.stream().map(c -> {
            var committee = people.committeeById(c.getCommitteeId());
            var file = attached.get(c.getId());
            var added = c.isAdded() ? new RoutingView.Added(c.getAddedBy(), people.byUsername(c.getAddedBy())
                    .map(u -> u.displayName()).orElse(c.getAddedBy()), c.getAddedReason()) : null;
            var note = c.getUoNumber() == null ? null : new RoutingView.Note(c.getUoNumber(), c.getUoDate(),
                    c.getSignedBy(), c.isOnBehalf(), c.getReceivedOn());
            var path = c.getResolution() == null ? null : new RoutingView.ObjectionPath(c.getResolution().name(),
                    c.getResolvedBy(), c.getResolvedAt(), c.getResolutionMeeting(), c.getResolutionAttendees(),
                    c.getResolutionOutcome(), c.getSponsorReply());
            return new RoutingView.ConsultationStep(c.getId(), c.getStage(), c.getStep(),
                    committee.map(i -> i.code()).orElse(null), committee.map(i -> i.name()).orElse(null),
                    committee.map(i -> i.nameUr()).orElse(null), c.getOpenedAt(), c.getDueAt(), c.getView(), c.getViewText(), c.getRecordedBy(), c.getRecordedAt(),
                    file == null ? null : new RoutingView.Attachment(file.getFileName(), file.getMediaType(),
                            file.getSizeBytes(), file.getSha256(), file.getUploadedBy(), file.getUploadedAt()),
                    added, note, path);
        }).toList();
    }

    @Transactional(readOnly = true)
    List<RoutingView.ViewTarget> viewTargets(long draftId) {
        return consultations.targets(drafts.get(draftId), currentUser.require());
    }

    DraftDetails act(long draftId, String name, ActionRequest request) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var action = rules.action(name).orElseThrow(() -> new NotFoundException("error.routing.unknownAction", name));
        if (!mayTake(user, action, draft)) {
            throw new AccessDeniedException("The routing rules do not let this user take '" + name + "' on draft "
                    + draftId);
        }
        if (!action.appliesTo(draft.kind())) {
            throw new ConflictException("error.routing.notForKind", action.title(), draft.kind());
        }
        if (!action.from().contains(draft.status())) {
            if (draft.version() != request.expectedVersion()) {
                throw actedMeanwhile(draft);
            }
            throw new ConflictException("error.routing.notFromHere", action.title(), draft.status());
        }
        if (draft.version() != request.expectedVersion()) {
            throw actedMeanwhile(draft);
        }
        var ownCase = ownCases.of(user, action, draft);
        if (!ownCase.isEmpty()) {
            // the rules name his role, but it is his own case: another officer takes it
            throw new ConflictException("error.routing.ownCase." + ownCase.getFirst(), action.title());
        }
        if (request.attachment() != null && !action.effects().contains(Effect.RECORD_VIEW)
                && !action.effects().contains(Effect.LODGE_SUMMARY)) {
            throw new InvalidInputException("error.routing.attachment.notAsked", action.title());
        }
        var reason = asked(action, request);
        // the deadline is read and checked before anything moves: a bad one is refused on its field
        var now = clock.instant();
        var reviewDeadline = action.asks().contains(Ask.REVIEW_DEADLINE) ? reviewDeadline(request, now, draft.priority()) : null;
        // the committee marks the draft's priority as it puts it up or submits it; none given keeps its mark
        var priority = action.asks().contains(Ask.PRIORITY) && request.detail(PRIORITY) != null
                ? pk.gov.mashwara.draft.Priority.parse(request.detail(PRIORITY), PRIORITY) : null;
        if (action.effects().contains(Effect.CLOSE_COMMENTS)) {
            // closing the review closes comments with it, if they are still open: one step, confirmed once
            windows.closeIfOpen(draftId);
        }
        var failing = guards.failing(action, draft, request);
        if (!failing.isEmpty()) {
            throw new ConflictException("error.routing.blocked", action.title(), failing.getFirst());
        }
        var recorded = details(action, request);
        // the legislative asks are read and written alike before anything moves (a case number as the Cabinet
        // Division writes it)
        recorded.putAll(legislative.read(action, request));
        if (reviewDeadline != null) {
            // the window is set in the action's transaction: under review with its deadline, or neither
            windows.open(draftId, reviewDeadline, REVIEW_DEADLINE);
            recorded.put(REVIEW_DEADLINE, reviewDeadline.toString());
        }
        // effects that record something come first: a refusal (a bad view, too few clear days) moves nothing
        if (action.effects().contains(Effect.RECORD_CLEARANCE)) {
            // the final text of the input document is kept whole in the clearance and hashed with it; the step
            // names the clearance by its hash
            var clearance = clearances.record(draft, user, inputs.finalText(draft));
            recorded.put("clearance", clearance.hash());
        }
        if (action.effects().contains(Effect.RECORD_VIEW)) {
            // the step names the attached file by its hash, so the history and the audit log carry it too
            var view = consultations.recordView(draft, request, user, now);
            var c = view.step();
            recorded.put("division", committeeCode(c.getCommitteeId()));
            recorded.put("uoNumber", c.getUoNumber());
            recorded.put("uoDate", c.getUoDate().toString());
            recorded.put("designation", c.getSignedBy());
            if (c.isOnBehalf()) {
                recorded.put("receivedOn", c.getReceivedOn().toString());
            }
            if (view.file() != null) {
                var file = view.file();
                recorded.put("attachment",
                        file.getFileName() + " (" + file.getSizeBytes() + " bytes, SHA-256 " + file.getSha256() + ")");
            }
        }
        if (action.effects().contains(Effect.ADD_CONSULTATION)) {
            var added = consultations.add(draft, request, user, now);
            recorded.put("division", committeeCode(added.getCommitteeId()));
            recorded.put("dueAt", added.getDueAt().toString());
        }
        if (action.effects().contains(Effect.RESOLVE_OBJECTION)) {
            var resolved = consultations.resolve(draft, request, user, now,
                    pk.gov.mashwara.routing.domain.Consultation.Resolution.SECRETARIES_MEETING);
            recorded.put("division", committeeCode(resolved.getCommitteeId()));
        }
        if (action.effects().contains(Effect.REFER_OBJECTION)) {
            var referred = consultations.resolve(draft, request, user, now,
                    pk.gov.mashwara.routing.domain.Consultation.Resolution.CABINET);
            recorded.put("division", committeeCode(referred.getCommitteeId()));
            recorded.put("objection", referred.getViewText());
        }
        if (action.effects().contains(Effect.RECORD_RESPONSE)) {
            responses.record(draft, request, user, now);
        }
        // the deciding steps: what they record replaces what the user typed with what was checked and kept
        if (action.effects().contains(Effect.LODGE_SUMMARY)) {
            recorded.putAll(cabinet.lodge(draft, request, user, now));
        }
        if (action.effects().contains(Effect.RETURN_SUMMARY)) {
            recorded.putAll(cabinet.returnSummary(draft, reason, user, now));
        }
        if (action.effects().contains(Effect.RECORD_DECISION)) {
            recorded.clear();
            recorded.putAll(cabinet.decide(draft, request, user, now));
        }
        if (action.effects().contains(Effect.REOPEN_VETTING)) {
            recorded.put("step", vetting.reopen(draft, now));
        }
        long expected = request.expectedVersion();
        if (priority != null && priority != draft.priority()) {
            expected = drafts.markPriority(draftId, priority, null).version();
            recorded.put(PRIORITY, priority.name());
        }
        var moved = drafts.transition(new DraftTransition(draftId, expected, action.from(),
                action.to(), reason, action.effects().contains(Effect.ASSIGN_DIARY_NUMBER)));
        if (action.effects().contains(Effect.OPEN_CONSULTATIONS)) {
            consultations.open(moved, request, now);
        }
        var details = encode(recorded);
        steps.save(new RoutingStep(draftId, name, draft.status(), action.to(), user.getUsername(), user.displayName(),
                now, reason, details, moved.priority()));
        events.publishEvent(new RoutingActionTaken(draftId, name, draft.status(), action.to(), user.getUsername(),
                reason, details, now));
        return moved;
    }

    private String committeeCode(long committeeId) {
        return people.committeeById(committeeId).map(c -> c.code()).orElse(String.valueOf(committeeId));
    }

    /**
     * Someone acted on the draft since the user looked, and their transaction won: read afresh, apart from the
     * failed one, who, when and what.
     */
    /** Whether the draft has moved on from the version the user acted on (read afresh, outside the failed step). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW, readOnly = true)
    boolean movedSince(long draftId, long expectedVersion) {
        return drafts.get(draftId).version() != expectedVersion;
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW, readOnly = true)
    ConflictException actedMeanwhile(long draftId) {
        return actedMeanwhile(drafts.get(draftId));
    }

    /** Someone acted on the draft since the user looked: who, when and what, from the history. */
    private ConflictException actedMeanwhile(DraftDetails draft) {
        return steps.findFirstByDraftIdOrderByIdDesc(draft.id())
                .map(last -> new ConflictException("error.routing.actedMeanwhile", last.getActorName(),
                        last.getActedAt(), rules.action(last.getAction()).map(ActionRule::title).orElse(last.getAction()),
                        draft.status()))
                .orElseGet(() -> new ConflictException("error.draft.changedMeanwhile", draft.status()));
    }

    private boolean mayTake(MashwaraUser user, ActionRule action, DraftDetails draft) {
        return action.by().stream().anyMatch(actor -> actors.is(user, actor, draft));
    }

    /** Checks that the request gives what the action asks for; the reason, stripped, or null. */
    private static String asked(ActionRule action, ActionRequest request) {
        String reason = null;
        if (action.asks().contains(Ask.REASON)) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw InvalidInputException.onField("reason", "error.draft.reason");
            }
            reason = request.reason().strip();
            if (reason.length() > RoutingStep.MAX_REASON) {
                throw InvalidInputException.onField("reason", "error.draft.reason.tooLong", RoutingStep.MAX_REASON);
            }
        } else if (request.reason() != null && !request.reason().isBlank()) {
            reason = request.reason().strip();
            if (reason.length() > RoutingStep.MAX_REASON) {
                throw new InvalidInputException("error.draft.reason.tooLong", RoutingStep.MAX_REASON);
            }
        }
        for (var ask : action.asks()) {
            for (var field : fields(ask)) {
                if (request.detail(field) == null) {
                    throw InvalidInputException.onField(field, "error.routing.missing", field);
                }
            }
        }
        return reason;
    }

    private static List<String> fields(Ask ask) {
        return switch (ask) {
            case REASON -> List.of();
            case DECISION -> List.of("authority", "decisionNumber", "decisionDate");
            case GAZETTE -> List.of("gazetteNumber", "gazetteDate");
            case VIEW -> List.of("view", "viewText");
            case POWERS -> List.of("federalGovernmentPower");
            case RESPONSE -> List.of("threadId", "response");
            // optional: without it the rule book's period of review applies
            case REVIEW_DEADLINE -> List.of();
            case SUMMARY -> List.of("summaryLodgedOn");
            // the meeting's date, or the date of a decision by circulation, and the modifications: as the decision
            // needs them (CabinetDecisions)
            case CABINET_DECISION -> List.of("decision", "caseNumber");
            case IN_PRINCIPLE -> List.of("caseNumber", "decisionDate");
            case INTRODUCTION -> List.of("house", "introducedOn");
            case PASSAGE -> List.of("passedOn");
            case ASSENT -> List.of("assentedOn");
            case PROMULGATION -> List.of("promulgatedOn");
            case DIVISION -> List.of("division");
            case SECRETARIES_MEETING -> List.of("secretariesMeetingDate", "attendees", "outcome");
            case SPONSOR_REPLY -> List.of("sponsorReply");
            // optional: without it the draft keeps its mark; recorded by the action when it changes the mark
            case PRIORITY -> List.of();
        };
    }

    /** The details the action asked for, in a stable order; nothing else the request carried. */
    private static Map<String, String> details(ActionRule action, ActionRequest request) {
        var kept = new LinkedHashMap<String, String>();
        action.asks().stream().flatMap(a -> fields(a).stream()).forEach(f -> kept.put(f, request.detail(f)));
        return kept;
    }

    static String encode(Map<String, String> details) {
        if (details.isEmpty()) {
            return null;
        }
        var text = details.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n"))
                .collect(Collectors.joining("\n"));
        if (text.length() > RoutingStep.MAX_DETAILS) {
            throw new InvalidInputException("error.routing.detailsTooLong", RoutingStep.MAX_DETAILS);
        }
        return text;
    }

    static Map<String, String> decode(String text) {
        var details = new LinkedHashMap<String, String>();
        if (text != null) {
            for (var line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    details.put(line.substring(0, eq), line.substring(eq + 1).replace("\\n", "\n").replace("\\\\", "\\"));
                }
            }
        }
        return details;
    }

    private RoutingView.Step step(RoutingStep s) {
        return new RoutingView.Step(s.getAction(), rules.action(s.getAction()).map(ActionRule::title).orElse(s.getAction()),
                s.getFromStatus(), s.getToStatus(), s.getActor(), s.getActorName(), s.getActedAt(), s.getReason(),
                decode(s.getDetails()), s.getPriority());
    }
}
