package pk.gov.mashwara.routing;

import java.time.Instant;

/**
 * The result of recomputing the hash of a draft's clearance from what is stored.
 *
 * @param intact       whether the recomputed hash is the stored one
 * @param storedHash   the hash stored when the focal person cleared the input
 * @param computedHash the hash of the clearance as it is stored now
 */
public record ClearanceVerification(long draftId, long clearanceId, boolean intact, String storedHash,
        String computedHash, Instant checkedAt) {
}
