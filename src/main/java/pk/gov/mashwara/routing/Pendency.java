package pk.gov.mashwara.routing;

import java.util.Map;

import pk.gov.mashwara.draft.DraftStatus;

/**
 * The open drafts the user may see, counted: in all, per committee and per state, with how many are overdue. The
 * drafts themselves are read a page at a time ({@link PendencyService#pending}).
 *
 * @param total       how many open drafts there are in all
 * @param byCommittee open drafts per committee code, with how many of them are overdue
 * @param byState     open drafts per state, with how many of them are overdue
 */
public record Pendency(long total, long overdue, Map<String, Count> byCommittee, Map<DraftStatus, Count> byState) {

    public Pendency {
        byCommittee = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCommittee));
        var states = new java.util.EnumMap<DraftStatus, Count>(DraftStatus.class);
        states.putAll(byState);
        byState = java.util.Collections.unmodifiableMap(states);
    }

    /** How many open drafts, and how many of those overdue. */
    public record Count(long open, long overdue) {

        Count plus(Count other) {
            return new Count(open + other.open, overdue + other.overdue);
        }
    }
}
