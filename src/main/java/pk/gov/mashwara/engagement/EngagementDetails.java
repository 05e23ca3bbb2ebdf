package pk.gov.mashwara.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An engagement with everything the page shows.
 *
 * @param position       the NSMCWG's position taken, or null
 * @param clearedInput   the cleared input the position takes up, when the reader sees its draft; else null
 * @param bodies         codes of the bodies party to it
 * @param mayChange      whether the reader may add documents and commitments
 */
public record EngagementDetails(long id, long companyId, String company, EngagementKind kind, LocalDate occurredOn,
        String subject, String lead, String leadName, String ourParticipants, String theirParticipants, String topics,
        String position, Long positionDraftId, ClearedInput clearedInput, String directionNumber,
        String letterReference, List<String> bodies, String createdBy, Instant createdAt,
        List<EngagementDocumentInfo> documents, List<CommitmentInfo> commitments, boolean mayChange) {

    public EngagementDetails {
        bodies = List.copyOf(bodies);
        documents = List.copyOf(documents);
        commitments = List.copyOf(commitments);
    }

    /** The clearance stamp of the linked draft's input: who cleared it, when, and its hash. */
    public record ClearedInput(long draftId, String draftTitle, String signerName, Instant signedAt, String shortHash) {
    }
}
