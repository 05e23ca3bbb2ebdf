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

    OpenDrafts(RoutingRules rules, RoutingStepRepository steps, Actors actors, Clock clock, Deadlines deadlines,
            People people, DirectoryService directory,
            org.springframework.beans.factory.ObjectProvider<Guards> guards,
            org.springframework.beans.factory.ObjectProvider<pk.gov.mashwara.draft.DraftService> drafts,
            WorkingCalendar calendar) {
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
        for (var state : openStates()) {
            var actor = state.waitsFor();
            if (!user.has(actor.role())) {
                continue;
            }
            var mine = user.committeeId();
            switch (actor.relation()) {
                case OWN_COMMITTEE -> {
                    if (mine != null && user.actsFor(mine)) {
                        waiting.add(new Waiting(state.status(), Set.of(mine), null));
                    }
                }
                case NSMCWG -> {
                    if (user.isNsmcwg()) {
                        waiting.add(Waiting.any(state.status()));
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
                        waiting.add(new Waiting(state.status(), null, mine));
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
        if (mine.stream().anyMatch(a -> !a.kinds().isEmpty() || a.guards().stream().anyMatch(Guards.STEP_KIND::contains))) {
            // only what fits the draft's kind and the consultation step open now (a view, a decision); the draft is
            // read only for such rows
            var draft = drafts.getObject().get(id);
            mine = mine.stream().filter(a -> a.appliesTo(draft.kind()))
                    .filter(a -> Guards.offered(guards.getObject().failing(a, draft, null))).toList();
        }
        return new PendingDraft(id, title, committeeId, committeeCode, diaryNumber, status, state.title(),
                state.waitsFor(), since, due, overdue, days, mine.stream().map(ActionRule::title).toList(),
                mine.stream().map(ActionRule::name).toList(), priority, fileNumber);
    }
}
