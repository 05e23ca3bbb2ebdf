package pk.gov.mashwara.text.extraction;

/** A job this portal has claimed and now runs. */
record ClaimedJob(long id, long draftId, int versionNumber, String sha256, int attempts) {
}
