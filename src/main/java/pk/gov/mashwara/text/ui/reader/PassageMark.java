package pk.gov.mashwara.text.ui.reader;

/**
 * A passage to mark: characters {@code start} (inclusive) to {@code end} (exclusive) of the text.
 *
 * @param style a CSS class added to the mark, e.g. {@code open} or {@code resolved}
 * @param label the mark's tooltip
 */
public record PassageMark(long id, int start, int end, String style, String label) {
}
