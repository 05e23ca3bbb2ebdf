package pk.gov.mashwara.review;

/**
 * A passage a user selected to comment on: its offsets in the version's text and, to check them, the quoted
 * text with optional context. A client that knows only the quote may send it with {@code start} as a hint; the
 * service then finds it in the text, or says it does not match.
 */
public record Selection(Integer start, Integer end, String exact, String prefix, String suffix, Integer page) {
}
