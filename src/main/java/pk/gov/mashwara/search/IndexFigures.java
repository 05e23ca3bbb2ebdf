package pk.gov.mashwara.search;

/**
 * Both indexes as an administrator sees them: where each stands and how many documents it holds (a version of a
 * draft, a comment), -1 while it is not open.
 */
public record IndexFigures(IndexStatus documents, long documentCount, IndexStatus comments, long commentCount) {

    /** Whether either index is being rebuilt (or checked after start-up) now. */
    public boolean rebuilding() {
        return documents.state() == IndexStatus.State.REBUILDING || documents.state() == IndexStatus.State.STARTING
                || comments.state() == IndexStatus.State.REBUILDING || comments.state() == IndexStatus.State.STARTING;
    }
}
