package pk.gov.mashwara.draft;

import java.util.Set;

/**
 * What one user may see, as data, so that every query over drafts (the database, and the search index) applies
 * the same rule: everything (auditors); the drafts of some committees (their drafters and officers); and/or
 * every draft submitted to the NSMCWG (its members, secretary and focal person). Nothing else.
 */
public record DraftVisibility(boolean everything, Set<Long> committees, boolean submitted) {

    public static final DraftVisibility NOTHING = new DraftVisibility(false, Set.of(), false);

    public DraftVisibility {
        committees = Set.copyOf(committees);
    }

    public boolean sees(long committeeId, boolean isSubmitted) {
        return everything || committees.contains(committeeId) || (submitted && isSubmitted);
    }

    public boolean seesNothing() {
        return !everything && committees.isEmpty() && !submitted;
    }
}
