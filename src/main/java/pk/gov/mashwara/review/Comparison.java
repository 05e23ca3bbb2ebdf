package pk.gov.mashwara.review;

import java.util.List;

import pk.gov.mashwara.text.ExtractionSummary;

/**
 * One page of the comparison of two versions of a draft, paragraph by paragraph and word by word inside the
 * paragraphs that changed. The comparison's rows run through both texts in order, each with its index; a page
 * covers the rows from {@code start} to {@code next} (or to the end) and holds those worth reading: every
 * difference, one unchanged paragraph around each for context, and any unchanged paragraph asked to be kept
 * (one with a thread on it). Where the index jumps, the unchanged rows in between were left out; they can be
 * read with {@link VersionComparison#rows}. Each side of a row says where its paragraph lies in its version's
 * text, so that anything anchored by character offsets (a thread's passage) can be placed on the right row.
 *
 * @param from        the version compared from (usually the older one)
 * @param to          the version compared to
 * @param counts      what changed in the whole comparison, not only on this page
 * @param precision   whether the comparison had to be coarser than asked for, to stay within its bounds
 * @param places      in how many places the versions differ: runs of changed, added or removed paragraphs
 * @param placesShown how many of those places begin before the end of this page
 * @param rowCount    the rows of the whole comparison
 * @param start       the index of the first row this page covers
 * @param next        where the next page starts; null when this page runs to the end
 * @param rows        the rows of this page worth reading, in order
 */
public record Comparison(long draftId, String draftTitle, ExtractionSummary from, ExtractionSummary to, Counts counts,
        Precision precision, int places, int placesShown, int rowCount, int start, Integer next, List<Row> rows) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** Whether the two texts have no difference at all (paragraph breaks and spacing aside). */
    public boolean identical() {
        return counts.paragraphsAdded() == 0 && counts.paragraphsRemoved() == 0 && counts.paragraphsChanged() == 0;
    }

    /** Where this page ends: the next page's start, or the end of the comparison. */
    public int end() {
        return next == null ? rowCount : next;
    }

    /** What became of a paragraph. */
    public enum RowKind {
        UNCHANGED, CHANGED, ADDED, REMOVED
    }

    /** What became of a stretch of words inside a changed paragraph. */
    public enum Change {
        SAME, REMOVED, ADDED
    }

    /**
     * One aligned row: a paragraph of the {@code from} text, of the {@code to} text, or of both.
     *
     * @param index     its position among the rows of the whole comparison, from 0
     * @param from      the paragraph in the {@code from} version; null for an added paragraph
     * @param to        the paragraph in the {@code to} version; null for a removed paragraph
     * @param segments  for a changed paragraph, its words in reading order: the {@code from} side reads
     *                  {@code SAME} and {@code REMOVED}, the {@code to} side {@code SAME} and {@code ADDED}; empty
     *                  for the other kinds
     * @param wordLevel false for a changed paragraph too large to compare word by word (then one segment
     *                  removes the old paragraph and one adds the new)
     */
    public record Row(int index, RowKind kind, Passage from, Passage to, List<Segment> segments, boolean wordLevel) {

        public Row {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A paragraph of one version.
     *
     * @param paragraph its position among the version's paragraphs, from 0
     * @param start     the offset of its first character in the version's text
     * @param end       the offset just past its last character
     * @param reflowed  whether it was joined from the lines of a text broken into lines (a PDF's), whose line breaks
     *                  are shown as spaces (see {@link pk.gov.mashwara.shared.TextParagraphs#shown(String)})
     */
    public record Passage(int paragraph, int start, int end, String text, boolean reflowed) {

        public Passage(int paragraph, int start, int end, String text) {
            this(paragraph, start, end, text, false);
        }

        /** Whether the range {@code [start, end)} of the version's text touches this paragraph. */
        public boolean touches(int rangeStart, int rangeEnd) {
            return rangeStart < end && rangeEnd > start || rangeStart == rangeEnd && rangeStart >= start && rangeStart <= end;
        }
    }

    /** A stretch of text inside a changed paragraph. */
    public record Segment(Change change, String text) {
    }

    /** How much changed, in paragraphs and in words (words of whole added or removed paragraphs included). */
    public record Counts(int paragraphsAdded, int paragraphsRemoved, int paragraphsChanged, int paragraphsUnchanged,
            int wordsAdded, int wordsRemoved) {
    }

    /**
     * Where the comparison stopped short of full detail, which it does rather than take unbounded time or memory
     * on very large or very different texts.
     *
     * @param approximateAlignment some stretches differed too much to align: their paragraphs are paired by position
     * @param paragraphsWithoutWordDetail changed paragraphs shown as a whole, being too large or too different to
     *                                    compare word by word
     * @param textLimit       0 when both texts were compared whole; otherwise the characters compared of each
     *                        version, the rest of the longer ones left out
     * @param differenceLimit 0 when every difference was found; otherwise the number of differing paragraphs after
     *                        which the comparison stopped, the rest of both texts not compared
     */
    public record Precision(boolean approximateAlignment, int paragraphsWithoutWordDetail, int textLimit,
            int differenceLimit) {

        public static final Precision FULL = new Precision(false, 0, 0, 0);

        public boolean full() {
            return !approximateAlignment && paragraphsWithoutWordDetail == 0 && textLimit == 0 && differenceLimit == 0;
        }

        /** The same, noting that each text was cut to {@code limit} characters before it was compared. */
        public Precision cutAt(int limit) {
            return new Precision(approximateAlignment, paragraphsWithoutWordDetail, limit, differenceLimit);
        }
    }
}
