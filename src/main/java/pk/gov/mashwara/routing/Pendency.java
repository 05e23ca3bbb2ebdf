package pk.gov.mashwara.routing;

import java.util.List;
import java.util.Map;

import pk.gov.mashwara.draft.DraftStatus;

/**
 * Every open draft the user may see and what it waits for: the first {@code drafts} (overdue first, the most
 * overdue at the top), with counts over all of them.
 *
 * @param total       how many open drafts there are in all (more than {@code drafts} holds when it is cut short)
 * @param byCommittee open drafts per committee code, with how many of them are overdue
 * @param byState     open drafts per state, with how many of them are overdue
 */
public record Pendency(List<PendingDraft> drafts, int total, int overdue, Map<String, Count> byCommittee,
        Map<DraftStatus, Count> byState) {

    public Pendency {
        drafts = List.copyOf(drafts);
        byCommittee = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCommittee));
        var states = new java.util.EnumMap<DraftStatus, Count>(DraftStatus.class);
        states.putAll(byState);
        byState = java.util.Collections.unmodifiableMap(states);
    }

    /** How many open drafts, and how many of those overdue. */
    public record Count(long open, long overdue) {
    }
}
