package pk.gov.mashwara.engagement;

import java.time.Instant;
import java.time.LocalDate;

/** What happens in the engagement log, published after each change for the audit log (one record per kind). */
public final class EngagementEvents {

    private EngagementEvents() {
    }

    public record EngagementLogged(long engagementId, String company, EngagementKind kind, LocalDate occurredOn,
            String lead, String actor, Instant occurredAt) {
    }

    public record DocumentAdded(long engagementId, long documentId, DocumentDirection direction, String fileName,
            String mediaType, long sizeBytes, String sha256, String actor, Instant occurredAt) {
    }

    public record DocumentDownloaded(long engagementId, long documentId, String fileName, String sha256,
            String actor, Instant occurredAt) {
    }

    /** @param owner the owing body's code, or null for the company */
    public record CommitmentAdded(long engagementId, long commitmentId, String owner, LocalDate dueOn, String actor,
            Instant occurredAt) {
    }

    public record CommitmentFollowedUp(long engagementId, long commitmentId, CommitmentStatus status, String note,
            String actor, Instant occurredAt) {
    }

    public record CommitmentReminded(long engagementId, long commitmentId, int recipients, Instant occurredAt) {
    }

    public record CompanyChanged(long companyId, String name, boolean added, boolean active, String actor,
            Instant occurredAt) {
    }
}
