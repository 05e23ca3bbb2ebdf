package pk.gov.mashwara.shared;

/** The one rule for a range of rows a list asks a service for: from offset 0 on, at least one row, at most a page. */
public final class Paging {

    private Paging() {
    }

    /**
     * Refuses a range the portal does not serve, with the user's message {@code messageKey} (which takes the
     * largest page as its argument).
     */
    public static void check(int offset, int limit, int maxPage, String messageKey) {
        // long: the end of the range must not wrap around past the largest int the database is asked for
        if (offset < 0 || limit < 1 || limit > maxPage || (long) offset + limit > Integer.MAX_VALUE) {
            throw new InvalidInputException(messageKey, maxPage);
        }
    }

    /**
     * The rule for a page asked of the API by number: page 0 or later, size 1 to {@code maxSize}, and its rows
     * within what the database can be asked for (page × size is an offset that must not overflow).
     */
    public static void checkPage(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw new InvalidInputException("error.api.paging", maxSize);
        }
        if (((long) page + 1) * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("error.api.pageTooFar", page, size);
        }
    }

    /** {@link #check(int, int, int, String)} with the general message for lists. */
    public static void check(int offset, int limit, int maxPage) {
        check(offset, limit, maxPage, "error.list.paging");
    }
}
