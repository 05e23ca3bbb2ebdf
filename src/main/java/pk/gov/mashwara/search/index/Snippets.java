package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the body text. Cheap per hit: a hit reads only the stored head of its text (see
 * {@link IndexSchema#HEAD_CHARS}), and the matches come from the postings of that one document, never from
 * analysing the text again. A text whose first match lies beyond the head gets its passages from a short stretch
 * around that match instead, so a match deep in a long draft is still shown marked. Safe: the formatter escapes
 * every character of the document for HTML, so the only markup in a snippet is its own {@code <mark>}.
 */
public final class Snippets {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 180;
    /** Characters read on either side of a match beyond the head: a few passages' worth. */
    private static final int WINDOW_CHARS = 4 * PASSAGE_CHARS;
    /**
     * How far into their texts the passages of one page of hits may be looked for, all together (reading up to a
     * match costs about as much as the text before it): a page of 20 drafts of 20 million characters each, matched
     * only at their ends, would otherwise take seconds. Past it, a hit shows the opening of its text.
     */
    static final long DEEP_BUDGET_CHARS = 5_000_000;

    /** A formatted snippet, and whether it marks a match (rather than being the opening of the text). */
    private record Snippet(String html, boolean marked) {
    }

    private final Analyzer analyzer;
    private final long deepBudget;
    private final Supplier<? extends PassageBreaks> breaks;

    public Snippets(Analyzer analyzer) {
        this(analyzer, DEEP_BUDGET_CHARS);
    }

    Snippets(Analyzer analyzer, long deepBudget) {
        this(analyzer, deepBudget, PassageBreaks::new);
    }

    /** With the passage boundaries of {@code breaks} (the benchmark compares ways of finding them). */
    Snippets(Analyzer analyzer, long deepBudget, Supplier<? extends PassageBreaks> breaks) {
        this.analyzer = analyzer;
        this.deepBudget = deepBudget;
        this.breaks = breaks;
    }

    /**
     * One snippet per document, in order; null where the document has no text.
     *
     * @param heads the stored head of each document's text (see {@link IndexSchema#HEAD_CHARS}), read by the caller
     *              together with the fields it shows
     */
    public String[] of(IndexSearcher searcher, Query userQuery, int[] ids, String[] heads) throws IOException {
        var html = new String[ids.length];
        if (ids.length == 0) {
            return html;
        }
        var headsById = new HashMap<Integer, String>();
        for (int i = 0; i < ids.length; i++) {
            headsById.put(ids[i], heads[i]);
        }
        var query = PageTerms.narrowed(searcher, userQuery, ids, IndexSchema.BODY);
        var highlighter = new HeadHighlighter(configure(UnifiedHighlighter.builder(searcher, analyzer)), headsById);
        var highlighted = highlighter.highlight(query, ids);
        Weight weight = null;
        UnifiedHighlighter windows = null;
        Query windowQuery = null;
        var budget = new long[] { deepBudget };
        for (int i = 0; i < ids.length; i++) {
            var head = (Snippet) highlighted[i];
            if (head != null && head.marked()) {
                html[i] = head.html();
                continue;
            }
            // No match in the head: perhaps one further on (or none in the body, when the title matched)
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                windows = configure(UnifiedHighlighter.builderWithoutSearcher(analyzer)).build();
                windowQuery = anyPart(query);
            }
            var deep = deepSnippet(searcher, weight, windows, windowQuery, ids[i], budget);
            html[i] = deep != null ? deep : head == null ? null : head.html();
        }
        return html;
    }

    private UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder builder) {
        return builder.withMaxLength(IndexSchema.HEAD_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(breaks.get(),
                        PASSAGE_CHARS, 0.5f))
                .withFormatter(new MarkingFormatter())
                .withMaxNoHighlightPassages(1);
    }

    /**
     * Any positive part of the query, each on its own: a stretch of text may hold one word of a conjunction and not
     * the other (which made the document match further on, or in its title), and that word should be marked.
     */
    private static Query anyPart(Query query) {
        var any = new BooleanQuery.Builder();
        // a part of another field, narrowed to one that matches everything, marks nothing here
        TextMatcher.positiveLeaves(query).stream().filter(leaf -> !(leaf instanceof MatchAllDocsQuery))
                .forEach(leaf -> any.add(leaf, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * Passages around the first match in the body, from a stretch of the stored text read around it; null when the
     * body has no match. The stretch is highlighted on its own, as a short text.
     */
    private static String deepSnippet(IndexSearcher searcher, Weight weight, UnifiedHighlighter windows, Query anyPart,
            int doc, long[] budget) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var matches = weight.matches(leaf, doc - leaf.docBase);
        var body = matches == null ? null : matches.getMatches(IndexSchema.BODY);
        int first = -1;
        while (body != null && first < 0 && body.next()) {
            first = body.startOffset();
        }
        if (first < 0 || first + WINDOW_CHARS > budget[0]) {
            return null;
        }
        budget[0] -= first + WINDOW_CHARS;
        var window = StoredBody.read(searcher, doc, first - WINDOW_CHARS, first + WINDOW_CHARS);
        var text = wholeWords(window.text(), window.start() > 0, window.more());
        if (text.isEmpty()) {
            return null;
        }
        var snippet = (Snippet) windows.highlightWithoutSearcher(IndexSchema.BODY, anyPart, text, PASSAGES);
        return snippet != null && snippet.marked() ? snippet.html() : null;
    }

    /** The stretch without the partial words at its edges, where it was cut out of the text. */
    private static String wholeWords(String stretch, boolean cutAtStart, boolean cutAtEnd) {
        int start = 0;
        if (cutAtStart) {
            var space = firstSpace(stretch);
            start = space < 0 ? 0 : space + 1;
        }
        int end = stretch.length();
        for (int i = end - 1; cutAtEnd && i > start; i--) {
            if (Character.isWhitespace(stretch.charAt(i))) {
                end = i;
                break;
            }
        }
        return stretch.substring(start, end);
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Formats as the default formatter does (escaping for HTML) and tells whether anything was marked. */
    private static final class MarkingFormatter extends PassageFormatter {
        private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

        @Override
        public Object format(Passage[] passages, String content) {
            var marked = false;
            for (var passage : passages) {
                marked |= passage.getNumMatches() > 0;
            }
            return new Snippet(html.format(passages, content), marked);
        }
    }

    /** The highlighter of the stored heads, already read. */
    private static final class HeadHighlighter extends UnifiedHighlighter {

        private final Map<Integer, String> heads;

        HeadHighlighter(Builder builder, Map<Integer, String> heads) {
            super(builder);
            this.heads = heads;
        }

        Object[] highlight(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] { IndexSchema.BODY }, query, docs, new int[] { PASSAGES })
                    .get(IndexSchema.BODY);
        }

        /**
         * Postings, even for prefix and fuzzy queries. By default those make the highlighter analyse the text again
         * (costly, and it was most of a search's time); with weight matches, which this highlighter uses, the
         * query itself finds their terms in the one document's postings.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            var source = super.getOptimizedOffsetSource(components);
            return source == OffsetSource.ANALYSIS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                    && getOffsetSource(components.field()) == OffsetSource.POSTINGS ? OffsetSource.POSTINGS : source;
        }

        /** The heads the caller read, instead of reading each document again. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            var values = new ArrayList<CharSequence[]>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] { heads.get(doc) });
            }
            return values;
        }
    }
}
