package pk.gov.mashwara.text.extraction;

/**
 * A job this portal has claimed and now runs: a version's ({@code draftId}, {@code versionNumber}) or an attached
 * file's (both null).
 */
record ClaimedJob(long id, Long draftId, Integer versionNumber, String sha256, int attempts) {

    /** What the job extracts, for the log. */
    String subject() {
        return draftId == null ? "file " + sha256.substring(0, Math.min(12, sha256.length()))
                : "draft " + draftId + " v" + versionNumber;
    }
}
