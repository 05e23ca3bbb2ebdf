package pk.gov.mashwara.review;

import java.time.Instant;

/** A response template was saved (created or changed; {@code deleted} false) or deleted. */
public record ResponseTemplateChanged(long templateId, Long committeeId, String title, boolean created, boolean deleted,
        String actor, Instant occurredAt) {
}
