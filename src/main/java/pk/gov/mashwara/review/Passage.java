package pk.gov.mashwara.review;

/**
 * The passage a thread is about, as the W3C TextQuoteSelector (exact, prefix, suffix) and
 * TextPositionSelector (start inclusive, end exclusive, in UTF-16 characters of the version's extracted text)
 * describe it; {@code page} where known.
 */
public record Passage(String exact, String prefix, String suffix, int start, int end, Integer page) {
}
