package pk.gov.mashwara.draft;

import java.time.Instant;
import java.util.List;

/**
 * A draft as background work sees it (indexing, extraction): its metadata, where it stands and its versions,
 * newest first. Carries no judgement of who may see it; {@link DraftVisibility} does that.
 */
public record DraftSnapshot(long id, String title, long committeeId, String committeeCode, DraftKind kind,
        Classification classification, DraftStatus status, boolean submitted, Instant createdAt, Instant updatedAt,
        List<VersionInfo> versions) {
}
