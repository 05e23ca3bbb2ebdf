package pk.gov.mashwara.draft;

import java.util.Set;

/**
 * What one user may see, as data, so that every query over drafts (the database, and the search index) applies
 * the same rule: everything (auditors); the drafts of some committees (their drafters and officers); every
 * draft submitted to the NSMCWG (its members, secretary and focal person); and drafts shared with the user's
 * committee (a division consulted on another committee's draft). Nothing else.
 *
 * @param sharedDrafts ids of drafts of other committees shared with the user's committee
 */
public record DraftVisibility(boolean everything, Set<Long> committees, boolean submitted, Set<Long> sharedDrafts) {

    public static final DraftVisibility NOTHING = new DraftVisibility(false, Set.of(), false);

    public DraftVisibility {
        committees = Set.copyOf(committees);
        sharedDrafts = Set.copyOf(sharedDrafts);
    }

    public DraftVisibility(boolean everything, Set<Long> committees, boolean submitted) {
        this(everything, committees, submitted, Set.of());
    }

    public boolean sees(long draftId, long committeeId, boolean isSubmitted) {
        return everything || committees.contains(committeeId) || (submitted && isSubmitted)
                || sharedDrafts.contains(draftId);
    }

    public boolean seesNothing() {
        return !everything && committees.isEmpty() && !submitted && sharedDrafts.isEmpty();
    }
}
