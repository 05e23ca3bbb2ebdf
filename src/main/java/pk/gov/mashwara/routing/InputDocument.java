package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.List;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.Resolution;

/**
 * The working group's input on a draft as the current user may see it: before clearance only the NSMCWG sees
 * it (as it stands, or pre-filled from the review while nobody has composed it); once cleared, everyone who
 * sees the draft sees the text that was cleared.
 *
 * @param html        the text, sanitised HTML (see {@link InputHtml}); pre-filled from the review while
 *                    {@code status} is {@link Status#NOT_COMPOSED}
 * @param revision    the number of the revision shown, 0 while nothing is composed; passed back when saving
 * @param points      the points of the review the input comes from: accepted ones in the order of the text,
 *                    then the declined, then the noted
 * @param revisions   every save, the first first (only the NSMCWG sees those after the cleared one)
 * @param clearance   the clearance of the text shown, or null
 * @param mayEdit     whether the current user may save a revision now
 */
public record InputDocument(long draftId, String draftTitle, String diaryNumber, DraftStatus draftStatus,
        Status status, String coveringNote, String html, int revision, List<Point> points, List<Revision> revisions,
        Cleared clearance, boolean mayEdit) {

    /** Where the document stands. */
    public enum Status {
        /** Nobody has composed it yet: what is shown is pre-filled from the review. */
        NOT_COMPOSED,
        /** Composed (and perhaps edited), not cleared as it stands. */
        COMPOSED,
        /** Cleared by the focal person as shown. */
        CLEARED
    }

    /**
     * A point of the review: a resolved thread.
     *
     * @param said      what the thread's opening comment says (null when it was retracted)
     * @param position  the NSMCWG's position on it
     * @param reason    the reason given with the position, or null
     * @param passage   the passage it is about, or null for the draft as a whole
     * @param page      the page of the passage, where known
     * @param start     where the passage starts in the text of its version, or null
     * @param response  the committee's response, for an accepted point once recorded; null otherwise
     */
    public record Point(long threadId, int versionNumber, String said, String startedBy, Resolution position,
            String reason, String resolvedBy, String passage, Integer page, Integer start, Response response) {
    }

    /** The committee's response to an accepted point: how it dealt with it. */
    public record Response(String text, String by, Instant at) {
    }

    /** A save of the document. */
    public record Revision(int number, String author, String authorName, Instant savedAt, DraftStatus draftStatus) {
    }

    /** The clearance of the text shown. */
    public record Cleared(String signer, String signerName, Instant signedAt, String hash, int versionNumber,
            boolean intact) {
    }

    public boolean cleared() {
        return status == Status.CLEARED;
    }
}
