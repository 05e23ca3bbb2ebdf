package pk.gov.mashwara.datarequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/** What the service returns: a request as a reader may see it. */
public final class DataRequestViews {

    private DataRequestViews() {
    }

    /** The reference a request is known by: {@code NSMCWG/DR/7}. */
    public static String reference(long id) {
        return "NSMCWG/DR/" + id;
    }

    /** A request in a list, with where each addressed body the reader may see stands. */
    public record Summary(long id, String reference, String subject, FormWanted formWanted, Priority priority,
            Classification classification, Instant createdAt, Instant dueAt, String directionLetter,
            String directionNumber, List<BodyStatus> bodies) {
    }

    /**
     * One addressed body's standing. {@code overdue}: it still owes an answer (or the rest of one) past its date.
     */
    public record BodyStatus(long committeeId, String code, String name, String nameUr, BodyState state,
            Instant stateSince, boolean overdue, LocalDate restDue, boolean escalated) {
    }

    /** A request in full, with the parts of each body the reader may see and what the reader may do. */
    public record Details(long id, String reference, String subject, String question, String whyNeeded,
            FormWanted formWanted, Priority priority, Classification classification, int deadlineDays,
            Instant dueAt, String directionLetter, String directionNumber, String createdBy, Instant createdAt,
            List<BodyDetails> bodies) {
    }

    /**
     * What the reader may see of one body: always its standing; its thread and answers only for the NSMCWG, the
     * auditor and the body itself (another addressed body sees its shareable answers only).
     */
    public record BodyDetails(BodyStatus status, String acknowledgedBy, Instant acknowledgedAt, String delegatedTo,
            String declineReason, Instant escalatedAt, String escalatedBy, List<Message> thread,
            List<AnswerInfo> answers, Set<Act> acts) {
    }

    public record Message(long id, String kind, String text, String author, Instant writtenAt) {
    }

    public record AnswerInfo(long id, int number, String text, boolean partial, LocalDate restDue, boolean shareable,
            String answeredBy, Instant answeredAt, List<FileInfo> files) {
    }

    public record FileInfo(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    /** One body's count of requests by where it stands, for pendency. */
    public record BodyPendency(long committeeId, String code, String name, String nameUr, int asked,
            int acknowledged, int clarification, int partlyAnswered, int answered, int declined, int overdue) {
    }

    /** An item of a desk: a request waiting for the reader's body, or news for its requester. */
    public record DeskEntry(long requestId, String reference, String subject, String bodyCode, BodyState state,
            Instant dueAt, boolean overdue, Priority priority, boolean forRequester) {
    }
}
