package pk.gov.mashwara.review;

/**
 * One row of a comments matrix as received: the passage it quotes, the comment, the wording it proposes, and who
 * made it. {@code row} is its row number in the file, to name it in messages.
 *
 * @param existingText the passage quoted (blank: the draft as a whole)
 * @param proposed     the wording proposed for it, or null; see {@link #DELETE} and {@link #INSERT_AFTER}
 * @param commenter    the commenter and home organisation as the row gives them ("A. Khan (Ministry of Law)")
 * @param category     a category's code or its English or Urdu name, or blank ("other")
 * @param severity     a severity's name or its English or Urdu label, or blank ("consider")
 */
public record MatrixEntry(int row, String existingText, String comment, String proposed, String commenter,
        String category, String severity) {

    /** The proposed text of a suggestion to delete the passage. */
    public static final String DELETE = "[Delete]";
    /** What the proposed text of a suggestion to insert wording after the passage starts with. */
    public static final String INSERT_AFTER = "[Insert after]";

    /** A row with nothing in it, left out. */
    public boolean empty() {
        return blank(existingText) && blank(comment) && blank(proposed) && blank(commenter) && blank(category)
                && blank(severity);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
