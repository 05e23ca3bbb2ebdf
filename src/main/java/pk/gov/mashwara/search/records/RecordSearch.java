package pk.gov.mashwara.search.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import pk.gov.mashwara.search.Facet;
import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.RecordFilter;
import pk.gov.mashwara.search.RecordHit;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordResults;
import pk.gov.mashwara.search.index.UserQueries;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Finds the records matching what the user typed (parsed as the document search parses it), then keeps those the
 * user may read, as each record's module decides (asked once per search for all candidates of that module). The
 * total, the facets and the hits are all counted over the readable ones only, so that no count betrays a record the
 * user may not read. At most {@link #MAX_CANDIDATES} best-scoring matches are considered.
 */
public class RecordSearch {

    /** The facets' names, as the API and the page name them. */
    public static final String KIND = "recordKind";
    public static final String BODY = "body";
    public static final String STATUS = "recordStatus";
    /** How many matches (before the readers' rules) one search considers at most. */
    static final int MAX_CANDIDATES = 2_000;

    private static final int PASSAGES = 2;
    private static final int PASSAGE_CHARS = 200;
    private static final Set<String> CANDIDATE_FIELDS = Set.of(RecordSchema.GROUP, RecordSchema.KIND, RecordSchema.ID,
            RecordSchema.BODIES, RecordSchema.STATUS);
    private static final Set<String> HIT_FIELDS = Set.of(RecordSchema.TITLE, RecordSchema.PATH, RecordSchema.DATE,
            RecordSchema.FILE_NAME, RecordSchema.FILE_START);

    private final RecordIndexMaintenance maintenance;

    public RecordSearch(RecordIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /**
     * The records matching the query's words that the user may read; none for a blank query.
     *
     * @throws InvalidQueryException as the document search does, for a query it cannot understand
     */
    public RecordResults search(String text, RecordFilter filter, MashwaraUser user) {
        if (text == null || text.isBlank() || user == null) {
            return RecordResults.NONE;
        }
        if (!maintenance.status().ready()) {
            return RecordResults.UNAVAILABLE;
        }
        var index = maintenance.index();
        var userQuery = UserQueries.parse(text, index.analyzer());
        try {
            return index.withSearcher(searcher -> run(searcher, index.analyzer(), userQuery, filter, user));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("search.error.tooBroad");
        } catch (IllegalStateException e) {
            // closed for a moment while a rebuilt index is switched in
            return RecordResults.UNAVAILABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A match before the readers' rules are applied. */
    private record Match(int doc, float score, RecordSources.Candidate candidate, List<String> bodies, String status) {

        RecordKind kind() {
            return candidate.ref().kind();
        }
    }

    private RecordResults run(IndexSearcher searcher, Analyzer analyzer, Query query, RecordFilter filter,
            MashwaraUser user) throws IOException {
        var top = searcher.search(query, new TopScoreDocCollectorManager(MAX_CANDIDATES, MAX_CANDIDATES));
        var matches = new ArrayList<Match>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (var scoreDoc : top.scoreDocs) {
            var doc = stored.document(scoreDoc.doc, CANDIDATE_FIELDS);
            var groupKind = RecordSources.kindOf(Long.parseLong(doc.get(RecordSchema.GROUP)));
            var ref = new RecordRef(RecordSchema.kind(doc), doc.getField(RecordSchema.ID).numericValue().longValue());
            matches.add(new Match(scoreDoc.doc, scoreDoc.score, new RecordSources.Candidate(groupKind, ref),
                    Arrays.asList(doc.getValues(RecordSchema.BODIES)), doc.get(RecordSchema.STATUS)));
        }
        var readable = maintenance.sources().readable(user, matches.stream().map(Match::candidate).toList());
        var visible = matches.stream().filter(m -> readable.contains(m.candidate().ref())).toList();

        Predicate<Match> kindOk = m -> filter.kinds().isEmpty() || filter.kinds().contains(m.kind());
        Predicate<Match> bodyOk = m -> filter.bodies().isEmpty() || m.bodies().stream().anyMatch(filter.bodies()::contains);
        Predicate<Match> statusOk = m -> filter.statuses().isEmpty()
                || m.status() != null && filter.statuses().contains(m.status());
        var facets = List.of(
                facet(KIND, visible.stream().filter(bodyOk.and(statusOk)).toList(), m -> List.of(m.kind().name()),
                        filter.kinds().stream().map(Enum::name).toList()),
                facet(BODY, visible.stream().filter(kindOk.and(statusOk)).toList(), Match::bodies,
                        List.copyOf(filter.bodies())),
                facet(STATUS, visible.stream().filter(kindOk.and(bodyOk)).toList(),
                        m -> m.status() == null ? List.of() : List.of(m.status()), List.copyOf(filter.statuses())));
        var selected = visible.stream().filter(kindOk.and(bodyOk).and(statusOk)).toList();
        var best = selected.stream().limit(RecordResults.MAX_HITS).toList();
        var snippets = snippets(searcher, analyzer, query, best);
        var hits = new ArrayList<RecordHit>(best.size());
        for (int i = 0; i < best.size(); i++) {
            var m = best.get(i);
            var doc = stored.document(m.doc(), HIT_FIELDS);
            var date = doc.get(RecordSchema.DATE);
            var snippet = snippets[i];
            hits.add(new RecordHit(m.kind(), m.candidate().ref().id(), doc.get(RecordSchema.TITLE), m.bodies(),
                    m.status(), doc.get(RecordSchema.PATH), date == null ? null : LocalDate.parse(date),
                    snippet == null ? "" : snippet.html(), m.score(),
                    snippet == null ? null : matchedFile(doc, snippet.matchStarts())));
        }
        return new RecordResults(selected.size(), hits, facets, true);
    }

    /** The counts of one facet; a selected value is listed even when nothing matches it any more. */
    private static Facet facet(String dimension, List<Match> matches, Function<Match, List<String>> values,
            List<String> selected) {
        var counts = new TreeMap<String, Long>();
        for (var m : matches) {
            values.apply(m).stream().distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        selected.forEach(v -> counts.putIfAbsent(v, 0L));
        var list = counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Facet.Value(e.getKey(), e.getValue(), selected.contains(e.getKey()))).toList();
        return new Facet(dimension, list);
    }

    /**
     * The file the snippet's words were found in: the first file named by a match, but only when no match shown is
     * in the record's own words (the hit then is not "found in a file"); null otherwise.
     */
    private static String matchedFile(org.apache.lucene.document.Document doc, int[] matchStarts) {
        String first = null;
        for (var start : matchStarts) {
            var name = RecordSchema.fileAt(doc, start);
            if (name == null) {
                return null;
            }
            if (first == null) {
                first = name;
            }
        }
        return first;
    }

    /**
     * A snippet: the passages as HTML, and where in the searched text every match shown starts, so that the hit can
     * name the file they were found in.
     */
    record Snippet(String html, int[] matchStarts) {
    }

    /** Formats as the default formatter does and keeps where the passages' matches start. */
    private static final class SnippetFormatter extends PassageFormatter {

        private final DefaultPassageFormatter html = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

        @Override
        public Object format(Passage[] passages, String content) {
            var starts = java.util.Arrays.stream(passages)
                    .flatMapToInt(p -> java.util.Arrays.stream(p.getMatchStarts(), 0, p.getNumMatches())).toArray();
            return new Snippet(html.format(passages, content), starts);
        }
    }

    /** The highlighter's objects (the snippets with their offsets), which only a subclass may ask for. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {

        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] snippets(String field, Query query, int[] docIds, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] { field }, query, docIds, new int[] { passages }).get(field);
        }
    }

    /** The formatter escapes every character of the record, so the only markup in a snippet is its own mark. */
    private static Snippet[] snippets(IndexSearcher searcher, Analyzer analyzer, Query query, List<Match> best)
            throws IOException {
        if (best.isEmpty()) {
            return new Snippet[0];
        }
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1);
        var ids = best.stream().mapToInt(Match::doc).toArray();
        var objects = new SnippetHighlighter(builder).snippets(RecordSchema.BODY, query, ids, PASSAGES);
        var out = new Snippet[objects.length];
        for (int i = 0; i < objects.length; i++) {
            out[i] = objects[i] instanceof Snippet snippet ? snippet
                    : objects[i] == null ? null : new Snippet(objects[i].toString(), new int[0]);
        }
        return out;
    }
}
