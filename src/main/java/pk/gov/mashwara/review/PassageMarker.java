package pk.gov.mashwara.review;

/**
 * A marked passage of a version's text: characters {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param label what the marker is about, shown on hover (plain text, never HTML)
 * @param href  where the marker leads, e.g. the thread; may be null
 */
public record PassageMarker(long threadId, int start, int end, String label, String href) {
}
