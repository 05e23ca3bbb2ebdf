package pk.gov.mashwara.record;

import java.time.Instant;

/**
 * Someone exported a redline of two versions of a draft ({@code format} "docx" or "pdf"); {@code sha256} identifies
 * the exact file they received.
 */
public record RedlineExported(long draftId, int from, int to, String format, String actor, Instant occurredAt,
        long sizeBytes, String sha256) {
}
