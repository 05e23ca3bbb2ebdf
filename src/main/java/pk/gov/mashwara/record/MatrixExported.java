package pk.gov.mashwara.record;

import java.time.Instant;

/**
 * Someone exported the comments matrix of a draft ({@code format} "xlsx" or "docx") for one version, or for every
 * version ({@code versionNumber} null); {@code sha256} identifies the exact file they received.
 */
public record MatrixExported(long draftId, Integer versionNumber, String format, int rows, String actor,
        Instant occurredAt, long sizeBytes, String sha256) {
}
