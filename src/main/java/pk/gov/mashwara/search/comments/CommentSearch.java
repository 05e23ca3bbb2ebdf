package pk.gov.mashwara.search.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.CommentHit;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.index.UserQueries;

/**
 * Finds the comments matching what the user typed (parsed as the document search parses it), among those the user
 * may read, with the facets the user selected. Only the best few are returned, highlighted; the total counts all.
 */
public class CommentSearch {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 200;
    private static final Set<String> HIT_FIELDS = Set.of(CommentSchema.DRAFT_ID, CommentSchema.COMMENT_ID,
            CommentSchema.THREAD_ID, CommentSchema.VERSION_NUMBER, CommentSchema.INTERNAL, CommentSchema.COMMITTEE,
            CommentSchema.DRAFT_TITLE, CommentSchema.AUTHOR, CommentSchema.WRITTEN_AT, CommentSchema.PASSAGE,
            CommentSchema.AUTHOR_HOME, CommentSchema.AUTHOR_HOME_UR);

    private final CommentIndexMaintenance maintenance;

    public CommentSearch(CommentIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /**
     * The comments matching the query's words; none for a blank query (listing every comment is not a search).
     *
     * @throws InvalidQueryException as the document search does, for a query it cannot understand
     */
    public CommentResults search(SearchQuery query, DraftVisibility visibility) {
        return search(query, pk.gov.mashwara.search.CommentFilter.ALL, visibility);
    }

    /**
     * The same, narrowed to the threads' categories and severities selected, with both facets counted over the
     * comments the user may read ("sideways": each over the other's selection only).
     */
    public CommentResults search(SearchQuery query, pk.gov.mashwara.search.CommentFilter selection,
            DraftVisibility visibility) {
        if (query.text().isBlank() || visibility.seesNothing()) {
            return CommentResults.NONE;
        }
        if (!maintenance.status().ready()) {
            return CommentResults.UNAVAILABLE;
        }
        var index = maintenance.index();
        var userQuery = UserQueries.parse(query.text(), index.analyzer());
        var readable = CommentFilters.filtered(userQuery, query, visibility);
        var filtered = CommentFilters.selected(readable, selection);
        try {
            return index.withSearcher(searcher -> {
                var counted = CommentFacets.count(searcher, readable, selection);
                return run(searcher, index.analyzer(), userQuery, filtered).withFacets(counted.facets(),
                        counted.names());
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("search.error.tooBroad");
        } catch (IllegalStateException e) {
            // closed for a moment while a rebuilt index is switched in
            return CommentResults.UNAVAILABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommentResults run(IndexSearcher searcher, Analyzer analyzer, Query userQuery, Query filtered) throws IOException {
        var top = searcher.search(filtered, new TopScoreDocCollectorManager(CommentResults.MAX_HITS, Integer.MAX_VALUE));
        var snippets = snippets(searcher, analyzer, userQuery, top.scoreDocs);
        var hits = new ArrayList<CommentHit>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(hit(searcher, top.scoreDocs[i], snippets[i]));
        }
        return new CommentResults(top.totalHits.value(), hits, true);
    }

    /**
     * The formatter escapes every character of the comment for HTML, so the only markup in a snippet is its own
     * {@code <mark>}. A comment found through the unstemmed or Urdu field alone still shows its beginning.
     */
    private static String[] snippets(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        var ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        return highlighter.highlightFields(new String[] { CommentSchema.BODY }, query, ids, new int[] { PASSAGES })
                .get(CommentSchema.BODY);
    }

    private static CommentHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, String snippet) throws IOException {
        var doc = searcher.storedFields().document(scoreDoc.doc, HIT_FIELDS);
        return new CommentHit(doc.getField(CommentSchema.THREAD_ID).numericValue().longValue(),
                Long.parseLong(doc.get(CommentSchema.COMMENT_ID)), Long.parseLong(doc.get(CommentSchema.DRAFT_ID)),
                doc.getField(CommentSchema.VERSION_NUMBER).numericValue().intValue(), doc.get(CommentSchema.DRAFT_TITLE),
                doc.get(CommentSchema.COMMITTEE), doc.get(CommentSchema.AUTHOR),
                Instant.ofEpochMilli(doc.getField(CommentSchema.WRITTEN_AT).numericValue().longValue()),
                !CommentSchema.NOT_INTERNAL.equals(doc.get(CommentSchema.INTERNAL)), doc.get(CommentSchema.PASSAGE),
                snippet == null ? "" : snippet, scoreDoc.score, doc.get(CommentSchema.AUTHOR_HOME),
                doc.get(CommentSchema.AUTHOR_HOME_UR));
    }
}
