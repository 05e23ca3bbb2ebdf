package pk.gov.mashwara.audit;

import java.time.Instant;

/**
 * The result of walking the audit chain. Intact: {@code entries} entries, the last with hash {@code headHash}.
 * Broken: {@code brokenEntryId} is the first entry that fails, {@code problem} says how, and {@code
 * previousEntryId} is the last entry before it that was in order (null when it is the first).
 */
public record ChainVerification(boolean intact, long entries, String headHash, Long brokenEntryId,
        Long previousEntryId, ChainProblem problem, Instant checkedAt) {

    public static ChainVerification intact(long entries, String headHash, Instant checkedAt) {
        return new ChainVerification(true, entries, headHash, null, null, null, checkedAt);
    }

    public static ChainVerification broken(long checkedEntries, long brokenEntryId, Long previousEntryId,
            ChainProblem problem, Instant checkedAt) {
        return new ChainVerification(false, checkedEntries, null, brokenEntryId, previousEntryId, problem, checkedAt);
    }
}
