package pk.gov.mashwara.review;

import java.time.Instant;

/** The accepted suggestions of a draft were looked for in a new version: how many were found, and how. */
public record SuggestionsChecked(long draftId, int versionNumber, int incorporated, int withChanges, int notFound,
        Instant occurredAt) {
}
