package pk.gov.mashwara.search;

/**
 * The three indexes as an administrator sees them: where each stands and how many documents it holds (a version of
 * a draft; a comment; a record of the other business — letter, direction, progress entry, data request, statement,
 * engagement), -1 while it is not open. Search answers from all three, so a records index that failed or is
 * rebuilding is as much the administrator's business as the others.
 */
public record IndexFigures(IndexStatus documents, long documentCount, IndexStatus comments, long commentCount,
        IndexStatus records, long recordCount) {

    /** Whether any index is being rebuilt (or checked after start-up) now. */
    public boolean rebuilding() {
        return busy(documents) || busy(comments) || busy(records);
    }

    /** Whether every index is ready. */
    public boolean ready() {
        return documents.ready() && comments.ready() && records.ready();
    }

    private static boolean busy(IndexStatus status) {
        return status.state() == IndexStatus.State.REBUILDING || status.state() == IndexStatus.State.STARTING;
    }
}
