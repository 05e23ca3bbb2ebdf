package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchResult;
import pk.gov.mashwara.text.ExtractionStatus;

/**
 * Runs a search on the index. What the user may see is a filter clause of the one Lucene query that produces
 * hits, totals and facet counts, so none of them can count a hidden draft.
 */
public class IndexSearch {

    /** Paging stops here: nobody reads page 500, and collecting that deep costs. */
    public static final int MAX_WINDOW = 10_000;

    /** The stored fields a hit shows, and the head of the text, from which its snippet comes. */
    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.DRAFT_ID, IndexSchema.VERSION_NUMBER,
            IndexSchema.TITLE, IndexSchema.COMMITTEE, IndexSchema.KIND, IndexSchema.YEAR, IndexSchema.EXTRACTION, IndexSchema.OCR, IndexSchema.BODY, IndexSchema.DIARY_NUMBER,
            IndexSchema.FILE_NUMBER, IndexSchema.PRIORITY);

    /** The timer of each phase of a search ({@code mashwara.search.phase}, tag {@code phase}). */
    public static final String PHASE_TIMER = "mashwara.search.phase";

    private final LuceneIndex index;
    private final Snippets snippets;
    private final FacetCounts facets = new FacetCounts();
    private final Timer matchTimer;
    private final Timer facetsTimer;
    private final Timer snippetsTimer;

    /** Without metrics (tests, benchmarks): the phases are timed into a registry that keeps nothing. */
    public IndexSearch(LuceneIndex index) {
        this(index, new CompositeMeterRegistry());
    }

    /**
     * The phases of every search are timed in {@code registry}: <em>match</em> (the query run with the user's
     * visibility, collecting the top hits, the total and the facet candidates in one pass), <em>facets</em> (the
     * counts, and the sideways counts of selected facets) and <em>snippets</em> (the page's stored fields and
     * highlighted passages).
     */
    public IndexSearch(LuceneIndex index, MeterRegistry registry) {
        this.index = index;
        this.snippets = new Snippets(index.analyzer());
        this.matchTimer = phase(registry, "match", "The query run: top hits, total and facet candidates in one pass");
        this.facetsTimer = phase(registry, "facets", "Facet counts, sideways counts of selected facets included");
        this.snippetsTimer = phase(registry, "snippets", "Stored fields and highlighted snippets of the page's hits");
    }

    private static Timer phase(MeterRegistry registry, String phase, String description) {
        return Timer.builder(PHASE_TIMER).tag("phase", phase).description(description).register(registry);
    }

    public SearchResult search(SearchQuery query, DraftVisibility visibility) {
        if (visibility.seesNothing()) {
            return SearchResult.empty(query);
        }
        // long: a page number sent through the API can be anything
        long wanted = ((long) query.page() + 1) * query.pageSize();
        if (wanted > MAX_WINDOW) {
            throw new InvalidQueryException("search.error.pageTooFar");
        }
        int window = (int) wanted;
        var userQuery = UserQueries.parse(query.text(), index.analyzer());
        try {
            return index.withSearcher(searcher -> run(searcher, query, visibility, userQuery, window));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("search.error.tooBroad");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchQuery query, DraftVisibility visibility, Query userQuery,
            int window) throws IOException {
        long start = System.nanoTime();
        var filtered = filtered(userQuery, query, visibility, null);
        var collected = searcher.search(filtered,
                new MultiCollectorManager(new TopScoreDocCollectorManager(window, Integer.MAX_VALUE),
                        new FacetsCollectorManager()));
        var top = (TopDocs) collected[0];
        long matched = System.nanoTime();
        matchTimer.record(matched - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        var counts = facets.count(searcher, (FacetsCollector) collected[1], query,
                dimension -> sideways(searcher, filtered(userQuery, query, visibility, dimension)));
        long counted = System.nanoTime();
        facetsTimer.record(counted - matched, java.util.concurrent.TimeUnit.NANOSECONDS);
        int from = Math.min(query.page() * query.pageSize(), top.scoreDocs.length);
        var page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        var hits = hits(searcher, userQuery, page);
        snippetsTimer.record(System.nanoTime() - counted, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new SearchResult(top.totalHits.value(), query.page(), query.pageSize(), hits, counts);
    }

    /**
     * The hits of a page with their snippets. Each document is read once, for the fields shown and the head of its
     * text together (public for the benchmark, which times this part on its own).
     */
    public List<SearchHit> hits(IndexSearcher searcher, Query userQuery, ScoreDoc[] page) throws IOException {
        var docs = new Document[page.length];
        var ids = new int[page.length];
        var heads = new String[page.length];
        var stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            var fields = new HitFields();
            stored.document(page[i].doc, fields);
            docs[i] = fields.getDocument();
            ids[i] = page[i].doc;
            heads[i] = docs[i].get(IndexSchema.BODY);
        }
        var texts = snippets.of(searcher, userQuery, ids, heads);
        var hits = new ArrayList<SearchHit>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs[i], value(searcher, ids[i], IndexSchema.STATUS_VALUE),
                    value(searcher, ids[i], IndexSchema.LATEST_VALUE) == 1, page[i].score, texts[i]));
        }
        return hits;
    }

    /** A document's number in a doc values field (its draft's state); -1 when it has none. */
    private static long value(IndexSearcher searcher, int doc, String field) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getNumericDocValues(field);
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : -1;
    }

    private static FacetsCollector sideways(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new FacetsCollectorManager());
    }

    /** The user's query narrowed to what they may see and what they selected (except one facet, for its counts). */
    public static Query filtered(Query userQuery, SearchQuery query, DraftVisibility visibility, String exceptFacet) {
        var builder = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        builder.add(visibilityFilter(visibility), Occur.FILTER);
        if (!query.allVersions()) {
            builder.add(IndexSchema.latestOnly(), Occur.FILTER);
        }
        addAnyOf(builder, IndexSchema.COMMITTEE, query.committees(), exceptFacet);
        addAnyOf(builder, IndexSchema.KIND, names(query.kinds()), exceptFacet);
        if (!query.statuses().isEmpty() && !IndexSchema.STATUS.equals(exceptFacet)) {
            builder.add(IndexSchema.inStatus(query.statuses()), Occur.FILTER);
        }
        addAnyOf(builder, IndexSchema.YEAR, query.years().stream().map(String::valueOf).collect(Collectors.toSet()), exceptFacet);
        return builder.build();
    }

    /**
     * {@link DraftVisibility} as a query on an index whose documents say with the word {@code true} in
     * {@link IndexSchema#SUBMITTED} that their draft was submitted (the comment index): everything, or any of the
     * user's committees, or submitted drafts.
     */
    public static Query termVisibilityFilter(DraftVisibility visibility) {
        return visibilityFilter(visibility, new TermQuery(new Term(IndexSchema.SUBMITTED, "true")));
    }

    /** {@link DraftVisibility} as a query on the document index (whose drafts' state is in doc values). */
    public static Query visibilityFilter(DraftVisibility visibility) {
        return visibilityFilter(visibility, IndexSchema.submittedOnly());
    }

    /** The same, with {@code submitted} the query that finds documents of submitted drafts. */
    private static Query visibilityFilter(DraftVisibility visibility, Query submitted) {
        if (visibility.everything()) {
            return new MatchAllDocsQuery();
        }
        var any = new BooleanQuery.Builder();
        for (var committee : visibility.committees()) {
            any.add(new TermQuery(new Term(IndexSchema.COMMITTEE_ID, String.valueOf(committee))), Occur.SHOULD);
        }
        if (visibility.submitted()) {
            any.add(submitted, Occur.SHOULD);
        }
        for (var draft : visibility.sharedDrafts()) {
            any.add(new TermQuery(new Term(IndexSchema.DRAFT_ID, String.valueOf(draft))), Occur.SHOULD);
        }
        // No clause matches nothing: a user who may see nothing finds nothing
        return any.setMinimumNumberShouldMatch(1).build();
    }

    private static void addAnyOf(BooleanQuery.Builder builder, String field, Collection<String> values, String except) {
        if (values.isEmpty() || field.equals(except)) {
            return;
        }
        var any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        builder.add(any.build(), Occur.FILTER);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** The fields a hit shows and the head of the text, stored in this order; the pages after them are not read. */
    private static final class HitFields extends DocumentStoredFieldVisitor {

        HitFields() {
            super(HIT_FIELDS);
        }

        @Override
        public Status needsField(FieldInfo fieldInfo) throws IOException {
            return IndexSchema.BODY_PAGE_START.equals(fieldInfo.name) ? Status.STOP : super.needsField(fieldInfo);
        }
    }

    private static SearchHit hit(Document doc, long status, boolean latest, float score, String snippet) {
        return new SearchHit(Long.parseLong(doc.get(IndexSchema.DRAFT_ID)),
                doc.getField(IndexSchema.VERSION_NUMBER).numericValue().intValue(),
                latest, doc.get(IndexSchema.TITLE), doc.get(IndexSchema.COMMITTEE),
                DraftKind.fromName(doc.get(IndexSchema.KIND)).orElseThrow(), IndexSchema.status(status),
                Integer.parseInt(doc.get(IndexSchema.YEAR)), ExtractionStatus.valueOf(doc.get(IndexSchema.EXTRACTION)),
                Boolean.parseBoolean(doc.get(IndexSchema.OCR)), snippet == null ? "" : snippet, score,
                doc.get(IndexSchema.DIARY_NUMBER), doc.get(IndexSchema.FILE_NUMBER),
                doc.get(IndexSchema.PRIORITY) == null ? pk.gov.mashwara.draft.Priority.ROUTINE
                        : pk.gov.mashwara.draft.Priority.valueOf(doc.get(IndexSchema.PRIORITY)));
    }
}
