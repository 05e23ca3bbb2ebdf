package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.StateRule;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * The open drafts the signed-in user may see, with where each stands on its route: since when it waits in its
 * state and until when it may. Read page by page from the draft service (which applies who may see what), for
 * one request: nothing is kept.
 */
@Component
@Transactional(readOnly = true)
class OpenDrafts {

    private static final int PAGE = 200;
    /** Drafts looked at per state, at most: far beyond any real backlog, it keeps one request's work bounded. */
    static final int MAX_PER_STATE = 5_000;

    /** Overdue first, the longest overdue at the top; then the nearest deadline; then the longest waiting. */
    static final Comparator<PendingDraft> URGENCY = Comparator.comparing(PendingDraft::overdue).reversed()
            .thenComparing(PendingDraft::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PendingDraft::since).thenComparing(PendingDraft::draftId);

    private final RoutingRules rules;
    private final DraftService drafts;
    private final RoutingStepRepository steps;
    private final Actors actors;
    private final Clock clock;
    private final Deadlines deadlines;

    OpenDrafts(RoutingRules rules, DraftService drafts, RoutingStepRepository steps, Actors actors, Clock clock,
            Deadlines deadlines) {
        this.deadlines = deadlines;
        this.rules = rules;
        this.drafts = drafts;
        this.steps = steps;
        this.actors = actors;
        this.clock = clock;
    }

    /** The states a draft can wait in (not final, someone to wait for). */
    List<StateRule> openStates() {
        return rules.states().values().stream().filter(s -> !s.isFinal() && s.waitsFor() != null)
                .sorted(Comparator.comparing(StateRule::status)).toList();
    }

    /**
     * The visible drafts in the given states that pass {@code keep}, most urgent first.
     *
     * @param committeeId narrows the query to one committee, or null for any
     */
    List<PendingDraft> find(MashwaraUser user, StateRule state, Long committeeId, Predicate<DraftSummary> keep) {
        var found = new ArrayList<DraftSummary>();
        var filter = new DraftFilter(committeeId, null, state.status(), null);
        for (int page = 0; found.size() < MAX_PER_STATE; page++) {
            var slice = drafts.list(filter, PageRequest.of(page, PAGE, Sort.by("id"))).getContent();
            slice.stream().filter(keep).forEach(found::add);
            if (slice.size() < PAGE) {
                break;
            }
        }
        return pending(user, found);
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
            return pending(user, d, since, now);
        }).toList();
    }

    private PendingDraft pending(MashwaraUser user, DraftSummary d, Instant since, Instant now) {
        var state = rules.state(d.status());
        var due = deadlines.dueAt(d.id(), d.status(), since);
        boolean overdue = due != null && now.isAfter(due);
        // a step late by hours is a day overdue; after that, whole days
        long days = overdue ? Math.max(1, Duration.between(due, now).toDays()) : 0;
        var actions = user == null ? List.<String>of() : rules.actionsFrom(d.status()).stream()
                .filter(a -> a.by().stream().anyMatch(actor -> actors.is(user, actor, d.id(), d.committeeId(), d.committeeCode())))
                .map(ActionRule::title).toList();
        return new PendingDraft(d.id(), d.title(), d.committeeId(), d.committeeCode(), d.diaryNumber(), d.status(),
                state.title(), state.waitsFor(), since, due, overdue, days, actions);
    }
}
