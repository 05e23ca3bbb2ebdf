package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the body text. Bounded: only the first {@code maxChars} characters of a text are read
 * (a 20-million-character text would otherwise be loaded for every hit). Safe: the formatter escapes every
 * character of the document for HTML, so the only markup in a snippet is its own {@code <mark>}.
 */
public final class Snippets {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 180;

    private final Analyzer analyzer;
    private final int maxChars;

    public Snippets(Analyzer analyzer, int maxChars) {
        this.analyzer = analyzer;
        this.maxChars = maxChars;
    }

    /** One snippet per document, in order; null where the document has no text. */
    public String[] of(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(maxChars)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        var ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return highlighter.highlightFields(new String[] { IndexSchema.BODY }, query, ids, new int[] { PASSAGES })
                .get(IndexSchema.BODY);
    }
}
