package pk.gov.mashwara.engagement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment as lists show it.
 *
 * @param ownerCode   the owing body's code, or null when the company owes it
 * @param ownerName   the owing body's name, or the company's name
 * @param daysOverdue whole days past the day it was due (Pakistan time), 0 when not overdue
 */
public record CommitmentInfo(long id, long engagementId, String engagementSubject, String company, String ownerCode,
        String ownerName, String description, LocalDate dueOn, CommitmentStatus status, boolean overdue,
        long daysOverdue, String note, String closedBy, Instant closedAt, long version) {

    public boolean owedByCompany() {
        return ownerCode == null;
    }
}
