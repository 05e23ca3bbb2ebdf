package pk.gov.mashwara.draft;

import java.time.Instant;
import java.util.List;

/**
 * A draft with its versions, newest first, and what the current user may do with it.
 *
 * @param version the optimistic-lock version, passed back with state changes
 */
public record DraftDetails(long id, String title, long committeeId, String committeeCode, DraftKind kind,
        String legalBasis, boolean financialImplications, Classification classification, DraftStatus status,
        String diaryNumber, String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt,
        String statusNote, List<VersionInfo> versions, long version, Permissions permissions, String fileNumber,
        Priority priority) {

    /** A draft without a file number, marked Routine. */
    public DraftDetails(long id, String title, long committeeId, String committeeCode, DraftKind kind,
            String legalBasis, boolean financialImplications, Classification classification, DraftStatus status,
            String diaryNumber, String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt,
            String statusNote, List<VersionInfo> versions, long version, Permissions permissions) {
        this(id, title, committeeId, committeeCode, kind, legalBasis, financialImplications, classification, status,
                diaryNumber, createdBy, createdAt, updatedAt, submittedAt, statusNote, versions, version, permissions,
                null, Priority.ROUTINE);
    }

    /** What the current user may do; the service checks again on every call. */
    public record Permissions(boolean uploadVersion, boolean putUp, boolean submit, boolean returnToDrafter,
            boolean returnForRevision) {
    }

    public VersionInfo latest() {
        return versions.getFirst();
    }
}
