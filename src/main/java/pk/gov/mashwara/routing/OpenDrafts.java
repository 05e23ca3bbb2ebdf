package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.StateRule;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.routing.domain.WaitingDraftQueries;
import pk.gov.mashwara.routing.domain.WaitingDraftQueries.Waiting;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Where open drafts stand on their route: since when each waits in its state and until when it may, and what the
 * user may do on it. For one request: nothing is kept.
 */
@Component
@Transactional(readOnly = true)
class OpenDrafts {

    private static final int PAGE = 200;
    /**
     * The most urgent priority mark first; within a mark, overdue first; then the nearest deadline; then the longest
     * waiting. The paged lists are ordered so in the database ({@link WaitingDraftQueries}); this is the same order
     * for lists in hand.
     */
    static final Comparator<PendingDraft> URGENCY = Comparator.comparing(PendingDraft::priority).reversed()
            .thenComparing(Comparator.comparing(PendingDraft::overdue).reversed())
            .thenComparing(PendingDraft::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PendingDraft::since).thenComparing(PendingDraft::draftId);

    private final RoutingRules rules;
    private final RoutingStepRepository steps;
    private final Actors actors;
    private final Clock clock;
    private final Deadlines deadlines;
    private final People people;
    private final DirectoryService directory;
    private final org.springframework.beans.factory.ObjectProvider<Guards> guards;
    private final org.springframework.beans.factory.ObjectProvider<pk.gov.mashwara.draft.DraftService> drafts;
    private final WorkingCalendar calendar;
    private final org.springframework.beans.factory.ObjectProvider<Consultations> consultations;
    private final org.springframework.beans.factory.ObjectProvider<CabinetDecisions> cabinet;
    private final org.springframework.beans.factory.ObjectProvider<OwnCases> ownCases;

    OpenDrafts(RoutingRules rules, RoutingStepRepository steps, Actors actors, Clock clock, Deadlines deadlines,
            People people, DirectoryService directory,
            org.springframework.beans.factory.ObjectProvider<Guards> guards,
            org.springframework.beans.factory.ObjectProvider<pk.gov.mashwara.draft.DraftService> drafts,
            WorkingCalendar calendar, org.springframework.beans.factory.ObjectProvider<Consultations> consultations,
            org.springframework.beans.factory.ObjectProvider<CabinetDecisions> cabinet,
            org.springframework.beans.factory.ObjectProvider<OwnCases> ownCases) {
        this.consultations = consultations;
        this.cabinet = cabinet;
        this.ownCases = ownCases;
        this.guards = guards;
        this.drafts = drafts;
        this.calendar = calendar;
        this.directory = directory;
        this.people = people;
        this.deadlines = deadlines;
        this.rules = rules;
        this.steps = steps;
        this.actors = actors;
        this.clock = clock;
    }

    /** The states a draft can wait in (not final, someone to wait for). */
    List<StateRule> openStates() {
        return rules.states().values().stream().filter(s -> !s.isFinal() && s.waitsFor() != null)
                .sorted(Comparator.comparing(StateRule::status)).toList();
    }

    /** Every state a draft can wait in, whoever it waits for. */
    List<Waiting> everyOpenState() {
        return openStates().stream().map(s -> Waiting.any(s.status())).toList();
    }

    /**
     * The states whose actor the user is, each narrowed to the drafts they are its actor for: the same rule as
     * {@link Actors}, as conditions of the query.
     */
    List<Waiting> waitingFor(MashwaraUser user) {
        var waiting = new ArrayList<Waiting>();
        if (!user.isEnabled()) {
            return waiting;
        }
        var deciding = decidingSteps();
        for (var state : openStates()) {
            var actor = state.waitsFor();
            if (state.status() == DraftStatus.CONSULTATIONS) {
                // a deciding step without its summary waits for the sponsor to lodge it, not for the deciding body
                lodging(user, deciding).ifPresent(waiting::add);
            }
            if (!user.has(actor.role())) {
                continue;
            }
            var mine = user.committeeId();
            // no officer acts on his own case: a draft whose next step is barred to him waits for another officer
            var own = ownCases(state);
            var notPutUpBy = own.contains(RoutingRules.OwnCase.PUT_UP) ? user.getUsername() : null;
            var notAuthoredBy = own.contains(RoutingRules.OwnCase.AUTHOR) ? user.getUsername() : null;
            switch (actor.relation()) {
                case OWN_COMMITTEE -> {
                    if (mine != null && user.actsFor(mine)) {
                        waiting.add(new Waiting(state.status(), Set.of(mine), null, Set.of(), false, notPutUpBy,
                                notAuthoredBy, null));
                    }
                }
                case NSMCWG -> {
                    if (user.isNsmcwg()) {
                        waiting.add(new Waiting(state.status(), null, null, Set.of(), false, notPutUpBy,
                                notAuthoredBy, null));
                    }
                }
                case ADMINISTRATIVE_MINISTRY -> {
                    if (mine != null) {
                        var regulators = directory.committees().stream()
                                .filter(c -> mine.equals(c.administrativeMinistryId())).map(CommitteeInfo::id)
                                .collect(Collectors.toSet());
                        if (!regulators.isEmpty()) {
                            waiting.add(new Waiting(state.status(), regulators, null));
                        }
                    }
                }
                case CONSULTED_DIVISION -> {
                    if (mine != null) {
                        // the decision is not before the officer who lodged its summary, where the rule book says
                        waiting.add(new Waiting(state.status(), null, mine, deciding, false, notPutUpBy,
                                notAuthoredBy, decisionNotByLodger() ? user.getUsername() : null));
                    }
                }
                // the committee itself, or the ministry of the regulators it sponsors
                case SPONSOR -> {
                    if (mine != null) {
                        var sponsored = directory.committees().stream()
                                .filter(c -> mine.equals(c.administrativeMinistryId()) || c.id() == mine
                                        && c.administrativeMinistryId() == null)
                                .map(CommitteeInfo::id).collect(Collectors.toSet());
                        if (!sponsored.isEmpty()) {
                            waiting.add(new Waiting(state.status(), sponsored, null));
                        }
                    }
                }
            }
        }
        return waiting;
    }

    /**
     * The cases in which the user may not move a draft on from the state although he is its actor: those that bar
     * him from every action that moves it forward (an action back to the drafter is no next step). Empty when
     * some forward action is open to him whatever his part in the draft.
     */
    Set<RoutingRules.OwnCase> ownCases(StateRule state) {
        var forward = rules.actionsFrom(state.status()).stream()
                .filter(a -> a.by().contains(state.waitsFor()))
                .filter(a -> a.to() != DraftStatus.DRAFT && a.to() != DraftStatus.RETURNED_FOR_REVISION)
                .toList();
        if (forward.isEmpty()) {
            return Set.of();
        }
        var barred = new java.util.HashSet<>(forward.getFirst().notBy());
        forward.forEach(a -> barred.retainAll(a.notBy()));
        return barred;
    }

    /** The rule book's deciding steps (the Cabinet, the CCLC): a summary is lodged with them. */
    Set<String> decidingSteps() {
        return rules.consultations().values().stream().flatMap(List::stream)
                .filter(RoutingRules.ConsultationRule::decides).map(RoutingRules.ConsultationRule::step)
                .collect(Collectors.toSet());
    }

    /** Whether the rule book bars whoever lodged a summary from recording the decision on it. */
    boolean decisionNotByLodger() {
        return rules.actions().values().stream().filter(a -> a.effects().contains(RoutingRules.Effect.RECORD_DECISION))
                .anyMatch(a -> a.notBy().contains(RoutingRules.OwnCase.LODGED));
    }

    /** The action that lodges a summary with a deciding body, if the rule book has one. */
    java.util.Optional<ActionRule> lodgeAction() {
        return rules.actions().values().stream()
                .filter(a -> a.effects().contains(RoutingRules.Effect.LODGE_SUMMARY)).findFirst();
    }

    /**
     * The drafts whose deciding step waits for the user's division to lodge the summary: the sponsor's (the
     * committee, or the ministry of the regulators it sponsors), as the lodging action names it.
     */
    private java.util.Optional<Waiting> lodging(MashwaraUser user, Set<String> deciding) {
        var mine = user.committeeId();
        if (mine == null || deciding.isEmpty()) {
            return java.util.Optional.empty();
        }
        return lodgeAction().flatMap(action -> action.by().stream()
                .filter(a -> a.relation() == RoutingRules.Relation.SPONSOR && user.has(a.role())).findFirst())
                .map(a -> new Waiting(DraftStatus.CONSULTATIONS, sponsored(mine), null, deciding, true, null, null,
                        null))
                .filter(w -> !w.committees().isEmpty());
    }

    /** The committees whose cases the committee sponsors: itself (unless a regulator), and its regulators. */
    private Set<Long> sponsored(long mine) {
        return directory.committees().stream()
                .filter(c -> Long.valueOf(mine).equals(c.administrativeMinistryId()) || c.id() == mine
                        && c.administrativeMinistryId() == null)
                .map(CommitteeInfo::id).collect(Collectors.toSet());
    }

    /**
     * Each open state's deadline for each priority mark as the query applies it now: counted on the office calendar
     * here, since working days cannot be counted in the database.
     */
    WaitingDraftQueries.DueRules deadlineDays() {
        var now = clock.instant();
        var today = now.atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate();
        var due = new ArrayList<WaitingDraftQueries.DueRule>();
        for (var state : openStates()) {
            if (state.deadline() == null) {
                continue;
            }
            for (var priority : Priority.values()) {
                int days = rules.workingDays(state.deadline(), priority);
                int span = (int) java.time.temporal.ChronoUnit.DAYS.between(today, calendar.addWorkingDays(today, days));
                due.add(new WaitingDraftQueries.DueRule(state.status(), priority, span,
                        overdueBefore(now, today, days)));
            }
        }
        return new WaitingDraftQueries.DueRules(now, due);
    }

    /**
     * The moment before which a draft must have entered a state with a deadline of {@code days} working days to be
     * overdue at {@code now}: the start of the day after the last day whose deadline has passed. A later day of
     * entry never gives an earlier deadline, so one moment divides the overdue from the rest.
     */
    private Instant overdueBefore(Instant now, java.time.LocalDate today, int days) {
        var day = today;
        // a deadline of N working days spans fewer than 3N + 60 calendar days in any calendar the reader accepts
        for (int back = 0; back < 3 * days + 60; back++, day = day.minusDays(1)) {
            if (calendar.dueAt(day.atStartOfDay(WorkingCalendar.OFFICE_ZONE).toInstant(), days).isBefore(now)) {
                return day.plusDays(1).atStartOfDay(WorkingCalendar.OFFICE_ZONE).toInstant();
            }
        }
        return day.atStartOfDay(WorkingCalendar.OFFICE_ZONE).toInstant();
    }

    /** Where each of these drafts, as the paged query found them, stands for the user. */
    List<PendingDraft> pendingRows(MashwaraUser user, List<WaitingDraftQueries.Row> rows) {
        var codes = new HashMap<Long, String>();
        var now = clock.instant();
        return rows.stream().map(r -> {
            var code = codes.computeIfAbsent(r.committeeId(),
                    id -> people.committeeById(id).map(CommitteeInfo::code).orElse(null));
            return pending(user, r.id(), r.title(), r.committeeId(), code, r.diaryNumber(), r.status(), r.since(), now,
                    r.priority(), r.fileNumber());
        }).toList();
    }

    /** Where each of these drafts stands, for the user. */
    List<PendingDraft> pending(MashwaraUser user, List<DraftSummary> summaries) {
        var entered = new HashMap<Long, Map<DraftStatus, Instant>>();
        for (int from = 0; from < summaries.size(); from += PAGE) {
            var ids = summaries.subList(from, Math.min(summaries.size(), from + PAGE)).stream().map(DraftSummary::id)
                    .toList();
            for (var row : steps.lastEntries(ids)) {
                entered.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((DraftStatus) row[1], (Instant) row[2]);
            }
        }
        var now = clock.instant();
        return summaries.stream().map(d -> {
            var since = entered.getOrDefault(d.id(), Map.of()).getOrDefault(d.status(), d.updatedAt());
            return pending(user, d.id(), d.title(), d.committeeId(), d.committeeCode(), d.diaryNumber(), d.status(), since,
                    now, d.priority(), d.fileNumber());
        }).toList();
    }

    private PendingDraft pending(MashwaraUser user, long id, String title, long committeeId, String committeeCode,
            String diaryNumber, DraftStatus status, Instant since, Instant now, Priority priority, String fileNumber) {
        var state = rules.state(status);
        var due = deadlines.dueAt(id, status, since, priority);
        boolean overdue = due != null && now.isAfter(due);
        // a step late by hours is a day overdue; after that, whole days
        long days = overdue ? Math.max(1, Duration.between(due, now).toDays()) : 0;
        var mine = user == null ? List.<ActionRule>of() : rules.actionsFrom(status).stream()
                .filter(a -> a.by().stream().anyMatch(actor -> actors.is(user, actor, id, committeeId, committeeCode)))
                .toList();
        var own = ownCases(state);
        pk.gov.mashwara.draft.DraftDetails draft = null;
        // for a user's list only: the reminders' round (no user) needs neither his actions nor who may not act
        if (user != null && !own.isEmpty() || mine.stream().anyMatch(a -> !a.kinds().isEmpty() || !a.notBy().isEmpty()
                || a.guards().stream().anyMatch(Guards.STEP_KIND::contains))) {
            // only what fits the draft's kind and the consultation step open now (a view, a decision), and not
            // what is the user's own case; the draft is read only for such rows
            draft = drafts.getObject().get(id);
            var read = draft;
            mine = mine.stream().filter(a -> a.appliesTo(read.kind()))
                    .filter(a -> Guards.offered(guards.getObject().failing(a, read, null)))
                    .filter(a -> ownCases.getObject().of(user, a, read).isEmpty()).toList();
        }
        var who = who(id, committeeId, status, draft, user != null);
        return new PendingDraft(id, title, committeeId, committeeCode, diaryNumber, status, state.title(),
                who.waitingFor(), since, due, overdue, days, mine.stream().map(ActionRule::title).toList(),
                mine.stream().map(ActionRule::name).toList(), priority, fileNumber, who.divisions(), who.notBy());
    }

    /**
     * Who a draft waits for now: the state's actor, but the sponsor while a deciding step's summary is still to
     * be lodged; the divisions whose officer can act; and who of them may not, it being his own case.
     */
    record Who(RoutingRules.Actor waitingFor, List<CommitteeInfo> divisions, List<String> notBy) {
    }

    /** @param draft the draft, needed (and read if null) only where the state's next step has own cases */
    Who who(long id, long committeeId, DraftStatus status, pk.gov.mashwara.draft.DraftDetails draft) {
        return who(id, committeeId, status, draft, true);
    }

    /** @param withNotBy whether to name who may not act (read as a user who sees the draft) */
    private Who who(long id, long committeeId, DraftStatus status, pk.gov.mashwara.draft.DraftDetails draft,
            boolean withNotBy) {
        var state = rules.state(status);
        var waitingFor = state.waitsFor();
        var divisions = List.<CommitteeInfo>of();
        if (status == DraftStatus.CONSULTATIONS) {
            var open = consultations.getObject().open(id);
            var deciding = decidingSteps();
            var lodging = lodgeAction().flatMap(a -> a.by().stream().findFirst()).filter(a -> !open.isEmpty()
                    && open.stream().allMatch(c -> deciding.contains(c.getStep())
                            && cabinet.getObject().pendingSummary(c).isEmpty()));
            if (lodging.isPresent()) {
                // the summary is still to be lodged: the sponsoring division's turn, not the deciding body's
                waitingFor = lodging.get();
                divisions = sponsor(committeeId).stream().toList();
            } else {
                divisions = open.stream().map(c -> people.committeeById(c.getCommitteeId()).orElse(null))
                        .filter(java.util.Objects::nonNull).toList();
            }
        } else if (waitingFor != null) {
            divisions = switch (waitingFor.relation()) {
                case OWN_COMMITTEE -> people.committeeById(committeeId).stream().toList();
                case SPONSOR -> sponsor(committeeId).stream().toList();
                case ADMINISTRATIVE_MINISTRY -> people.committeeById(committeeId)
                        .flatMap(c -> c.administrativeMinistryId() == null ? java.util.Optional.<CommitteeInfo>empty()
                                : people.committeeById(c.administrativeMinistryId()))
                        .stream().toList();
                case NSMCWG -> people.committeeByCode(CommitteeInfo.NSMCWG_CODE).stream().toList();
                case CONSULTED_DIVISION -> List.<CommitteeInfo>of();
            };
        }
        var own = state == null ? new java.util.HashSet<RoutingRules.OwnCase>()
                : new java.util.HashSet<>(ownCases(state));
        if (status == DraftStatus.CONSULTATIONS && waitingFor == state.waitsFor() && decisionNotByLodger()
                && consultations.getObject().open(id).stream().anyMatch(c -> decidingSteps().contains(c.getStep())
                        && cabinet.getObject().pendingSummary(c)
                                .flatMap(summary -> people.byUsername(summary.getLodgedBy()))
                                .map(lodger -> Long.valueOf(c.getCommitteeId()).equals(lodger.committeeId()))
                                .orElse(false))) {
            // the Division's own case before it: whoever of it lodged the summary does not record the decision
            own.add(RoutingRules.OwnCase.LODGED);
        }
        var notBy = !withNotBy || own.isEmpty() || waitingFor == null ? List.<String>of()
                : excluded(own, draft != null ? draft : drafts.getObject().get(id), waitingFor.role());
        return new Who(waitingFor, divisions, notBy);
    }

    /** The sponsor of a committee's case: its administrative ministry for a regulator, else itself. */
    private java.util.Optional<CommitteeInfo> sponsor(long committeeId) {
        return people.committeeById(committeeId).flatMap(c -> c.administrativeMinistryId() == null
                ? java.util.Optional.of(c) : people.committeeById(c.administrativeMinistryId()));
    }

    /**
     * Who may not take the draft's next step although they hold the role it waits for, by name: who put it up last,
     * who wrote it, who lodged its summary, as the cases say (a drafter who wrote it is no officer to name).
     */
    private List<String> excluded(Set<RoutingRules.OwnCase> own, pk.gov.mashwara.draft.DraftDetails draft,
            pk.gov.mashwara.security.Role role) {
        var usernames = new java.util.LinkedHashSet<String>();
        if (own.contains(RoutingRules.OwnCase.PUT_UP)) {
            steps.findFirstByDraftIdAndActionOrderByIdDesc(draft.id(), OwnCases.PUT_UP)
                    .map(pk.gov.mashwara.routing.domain.RoutingStep::getActor).ifPresent(usernames::add);
        }
        if (own.contains(RoutingRules.OwnCase.LODGED)) {
            cabinet.getObject().openDecisionStep(draft).flatMap(cabinet.getObject()::pendingSummary)
                    .map(pk.gov.mashwara.routing.domain.CabinetSummary::getLodgedBy).ifPresent(usernames::add);
        }
        if (own.contains(RoutingRules.OwnCase.AUTHOR)) {
            usernames.add(draft.createdBy());
            draft.versions().forEach(v -> usernames.add(v.uploadedBy()));
        }
        return usernames.stream().filter(java.util.Objects::nonNull).map(people::byUsername)
                .flatMap(java.util.Optional::stream).filter(u -> u.roles().contains(role))
                .map(pk.gov.mashwara.directory.UserInfo::displayName).toList();
    }
}
