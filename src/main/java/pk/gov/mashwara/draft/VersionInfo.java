package pk.gov.mashwara.draft;

import java.time.Instant;

/** One immutable version of a draft. {@code fileName} is for display and downloads only, never a path. */
public record VersionInfo(int number, String fileName, String mediaType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
