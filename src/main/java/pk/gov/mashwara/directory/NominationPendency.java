package pk.gov.mashwara.directory;

import java.time.Instant;
import java.util.List;

/**
 * A nomination for focal person still on its way, as the pendency page shows it: whose step is next ({@code next})
 * and since when it waits for it, how many of the members have given their view, and who has not yet (while the
 * nomination is open for views).
 *
 * @param since        when the nomination reached its stage: nominated, consensus recorded, or (for the PM's
 *                     answer) the date of the recommendation, at the start of that day in Pakistan
 * @param reference    the recommendation's reference number while the PM's answer is awaited, otherwise null
 * @param awaitedNames the display names of the NSMCWG members who have not given their view, by name (the nominee
 *                     is not asked); empty once the nomination is past the members' views
 */
public record NominationPendency(long id, String nomineeName, NominationStatus status, Next next, Instant since,
        String reference, int views, int members, List<String> awaitedNames) {

    /** Whose step is next: the members' views (and then the secretary's consensus), the secretary, the PM. */
    public enum Next {
        VIEWS, RECOMMENDATION, APPROVAL
    }
}
