package pk.gov.mashwara.statement;

import java.time.Instant;
import java.util.List;

/**
 * A statement as its page shows it to one of those who may see the proposal: the current text, its revisions, the
 * views asked and given, its issue or decline, and what the user may do now.
 */
public record StatementDetails(long id, StatementStatus status, String proposer, String proposerName, String textEn,
        String textUr, String occasion, String company, Urgency urgency, int revision, long version,
        String directionLetter, String directionNumber, Instant proposedAt, Instant updatedAt, String declineReason,
        String decidedBy, String decidedByName, Instant decidedAt, List<Revision> revisions, List<View> views,
        IssuedStatement issue, Allowed allowed) {

    public record Revision(int number, String textEn, String textUr, String occasion, String company, String author,
            String authorName, Instant savedAt) {
    }

    /** A view asked of a body ({@code committeeCode}) or of one person ({@code username}), and its reply. */
    public record View(long id, String committeeCode, String username, String askedOf, String question, String askedBy,
            Instant askedAt, String reply, String repliedBy, String repliedByName, Instant repliedAt) {
    }

    /** What the user may do now; {@code reply}: the views the user may give. */
    public record Allowed(boolean edit, boolean askViews, boolean issue, boolean decline, List<Long> reply) {
    }
}
