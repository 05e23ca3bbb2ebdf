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
        if (offset < 0 || limit < 1 || limit > maxPage) {
            throw new InvalidInputException(messageKey, maxPage);
        }
    }

    /** {@link #check(int, int, int, String)} with the general message for lists. */
    public static void check(int offset, int limit, int maxPage) {
        check(offset, limit, maxPage, "error.list.paging");
    }
}
