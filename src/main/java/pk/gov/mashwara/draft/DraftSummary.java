package pk.gov.mashwara.draft;

import java.time.Instant;

/** One row of the drafts list. */
public record DraftSummary(long id, String title, long committeeId, String committeeCode, DraftKind kind,
        Classification classification, DraftStatus status, String diaryNumber, int latestVersion, Instant updatedAt) {
}
