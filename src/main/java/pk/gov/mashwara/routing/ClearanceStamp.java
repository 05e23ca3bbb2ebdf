package pk.gov.mashwara.routing;

import java.time.Instant;

/**
 * A clearance as it is shown: the "cleared" stamp of a draft.
 *
 * @param versionNumber  the version of the draft that was cleared
 * @param versionSha256  that version's SHA-256
 * @param input          the working group's consolidated input, as cleared
 * @param hash           the SHA-256 stored with the clearance, over all of the above, the signer and the time
 * @param intact         whether the stored clearance still hashes to {@code hash}; false means it was changed
 *                       behind the portal's back
 * @param ofLatestVersion whether the cleared version is still the draft's latest
 */
public record ClearanceStamp(long id, long draftId, int versionNumber, String versionSha256, String input,
        String signer, String signerName, Instant signedAt, String hash, boolean intact, boolean ofLatestVersion) {

    /** The first characters of the hash, as the stamp shows them ("9f3a1c0e…"). */
    public String shortHash() {
        return hash.substring(0, Math.min(12, hash.length())) + "…";
    }
}
