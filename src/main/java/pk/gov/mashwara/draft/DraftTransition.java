package pk.gov.mashwara.draft;

import java.util.Set;

/**
 * A move of a draft by a routing action, as the routing module asks {@link DraftService#transition} for it.
 *
 * @param expectedVersion   the draft's version as the acting user saw it
 * @param from              the states the action may be taken from; the draft refuses to move from any other
 * @param to                the state it moves to (the same state records the note only)
 * @param note              the reason given, or null
 * @param assignDiaryNumber whether the move gives the draft its diary number (kept if it has one)
 */
public record DraftTransition(long draftId, long expectedVersion, Set<DraftStatus> from, DraftStatus to, String note,
        boolean assignDiaryNumber) {

    public DraftTransition {
        from = Set.copyOf(from);
    }
}
