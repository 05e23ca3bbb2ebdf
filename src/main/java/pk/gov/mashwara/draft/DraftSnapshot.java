package pk.gov.mashwara.draft;

import java.time.Instant;
import java.util.List;

/**
 * A draft as background work sees it (indexing, extraction): its metadata, where it stands and its versions,
 * newest first. Carries no judgement of who may see it; {@link DraftVisibility} does that.
 *
 * @param diaryNumber the NSMCWG's diary number, or null
 * @param fileNumber  the committee's file number, or null
 * @param priority    the priority mark
 */
public record DraftSnapshot(long id, String title, long committeeId, String committeeCode, DraftKind kind,
        Classification classification, DraftStatus status, boolean submitted, Instant createdAt, Instant updatedAt,
        List<VersionInfo> versions, Instant submittedAt, String diaryNumber, String fileNumber, Priority priority) {

    public DraftSnapshot {
        priority = priority == null ? Priority.ROUTINE : priority;
    }

    /** A draft without numbers on its cover, marked Routine. */
    public DraftSnapshot(long id, String title, long committeeId, String committeeCode, DraftKind kind,
            Classification classification, DraftStatus status, boolean submitted, Instant createdAt, Instant updatedAt,
            List<VersionInfo> versions, Instant submittedAt) {
        this(id, title, committeeId, committeeCode, kind, classification, status, submitted, createdAt, updatedAt,
                versions, submittedAt, null, null, Priority.ROUTINE);
    }

    /** A draft not (yet) submitted, or whose submission time does not matter. */
    public DraftSnapshot(long id, String title, long committeeId, String committeeCode, DraftKind kind,
            Classification classification, DraftStatus status, boolean submitted, Instant createdAt, Instant updatedAt,
            List<VersionInfo> versions) {
        this(id, title, committeeId, committeeCode, kind, classification, status, submitted, createdAt, updatedAt,
                versions, null);
    }

    /** The year a draft is filed under: the year it reached the NSMCWG (as its diary number), else of its creation. */
    public Instant filedAt() {
        return submittedAt != null ? submittedAt : createdAt;
    }
}
