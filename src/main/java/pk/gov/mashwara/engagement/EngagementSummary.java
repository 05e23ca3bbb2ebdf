package pk.gov.mashwara.engagement;

import java.time.LocalDate;

/** An engagement as the list shows it, with its open and overdue commitments counted. */
public record EngagementSummary(long id, long companyId, String company, EngagementKind kind, LocalDate occurredOn,
        String subject, String lead, String leadName, String directionNumber, long openCommitments,
        long overdueCommitments) {
}
