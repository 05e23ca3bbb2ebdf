package pk.gov.mashwara.draft;

import java.time.Instant;

/** One row of the drafts list. */
public record DraftSummary(long id, String title, long committeeId, String committeeCode, DraftKind kind,
        Classification classification, DraftStatus status, String diaryNumber, int latestVersion, Instant updatedAt,
        String fileNumber, Priority priority) {

    /** A row without a file number, marked Routine. */
    public DraftSummary(long id, String title, long committeeId, String committeeCode, DraftKind kind,
            Classification classification, DraftStatus status, String diaryNumber, int latestVersion,
            Instant updatedAt) {
        this(id, title, committeeId, committeeCode, kind, classification, status, diaryNumber, latestVersion,
                updatedAt, null, Priority.ROUTINE);
    }
}
