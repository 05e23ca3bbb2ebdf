package pk.gov.mashwara.search.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.CommentFilter;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.RecordFilter;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.search.records.RecordSearch;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.Paging;
import pk.gov.mashwara.text.ExtractionStatus;

@RestController
@Tag(name = "Search", description = "Full-text search")
@SecurityRequirement(name = "basic")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record Hit(long draftId, int version, boolean latest, String title, String committee, DraftKind kind,
            DraftStatus status, int year, ExtractionStatus extraction, List<String> snippets,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String diaryNumber,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String fileNumber,
            pk.gov.mashwara.draft.Priority priority) {
    }

    /**
     * A comment that matched; {@code link} is the reader's address of its thread, relative to the portal;
     * {@code authorHome} the home organisation of an author from the NSMCWG, or null.
     */
    record CommentHit(long threadId, long commentId, long draftId, int version, String title, String committee,
            String author, String authorHome, java.time.Instant writtenAt, boolean internal, String passage,
            String snippet, String link) {
    }

    /**
     * The best few comments matching the words and how many in all; {@code available} false while reindexing;
     * {@code facets} counts them by their thread's {@code category} (code) and {@code severity}.
     */
    record Comments(long total, boolean available, List<CommentHit> hits, Map<String, Map<String, Long>> facets) {
    }

    /**
     * A record of the working group's other business that matched: {@code link} is the address of its page,
     * relative to the portal; {@code snippet} HTML with the record's words escaped and the matches in mark.
     */
    record RecordHit(RecordKind kind, long id, String title, List<String> bodies,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String status,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) java.time.LocalDate date, String snippet,
            String link,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true,
                    description = "the file kept with the record that the snippet's words were found in; "
                            + "null when they are the record's own words") String matchedFile) {
    }

    /**
     * The best few records matching the words that the caller may read, how many in all, and the facets
     * ({@code recordKind}, {@code body}, {@code recordStatus}) counted over those only.
     */
    record Records(long total, boolean available, List<RecordHit> hits, Map<String, Map<String, Long>> facets) {
    }

    record Result(long total, int page, int pageSize, List<Hit> hits, Map<String, Map<String, Long>> facets,
            Comments comments, Records records) {
    }

    @Operation(summary = "Search the drafts you may see",
            description = "q: words, \"phrases\", AND/OR/NOT, prefix*, fuzzy~; several committee/kind/status/year values "
                    + "are alternatives. Snippets are HTML with the document's text escaped and matches in <mark>. "
                    + "comments: the best few comments matching q (same filters), internal notes only for their committee. "
                    + "503 with Retry-After (seconds) while the index is checked or rebuilt: the message says how many "
                    + "versions are done of the total; comments.available is false while only the comments' index is. "
                    + "category/severity narrow the comments (facets in comments.facets). records: the best few letters, "
                    + "directions, progress entries, data requests, answers, statements, engagements and commitments "
                    + "matching q that you may read, narrowed by recordKind/body/recordStatus (facets in records.facets).")
    @GetMapping("/api/search")
    Result search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) List<String> committee,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) List<Integer> year, @RequestParam(defaultValue = "false") boolean allVersions,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) List<String> category, @RequestParam(required = false) List<String> severity,
            @RequestParam(required = false) List<String> recordKind, @RequestParam(required = false) List<String> body,
            @RequestParam(required = false) List<String> recordStatus) {
        Paging.checkPage(page, size, SearchQuery.MAX_PAGE_SIZE);
        var query = new SearchQuery(q, upper(committee), enums(DraftKind.class, kind, "kind"),
                enums(DraftStatus.class, status, "status"), year == null ? Set.of() : Set.copyOf(year), allVersions,
                page, size);
        var commentFilter = new CommentFilter(category == null ? Set.of()
                : category.stream().map(String::strip).collect(Collectors.toSet()), upper(severity));
        var recordFilter = new RecordFilter(recordKind == null ? Set.of()
                : recordKind.stream().map(v -> ApiValues.parse(RecordKind.class, v, "recordKind"))
                        .collect(Collectors.toSet()), upper(body), upper(recordStatus));
        var result = search.search(query, commentFilter, recordFilter);
        var hits = result.hits().stream().map(h -> new Hit(h.draftId(), h.version(), h.latest(), h.title(),
                h.committeeCode(), h.kind(), h.status(), h.year(), h.extraction(),
                h.snippetHtml() == null || h.snippetHtml().isBlank() ? List.of() : List.of(h.snippetHtml()),
                h.diaryNumber(), h.fileNumber(), h.priority())).toList();
        var facets = new java.util.LinkedHashMap<String, Map<String, Long>>();
        for (var facet : result.facets()) {
            var counts = new java.util.LinkedHashMap<String, Long>();
            facet.values().forEach(v -> counts.merge(v.value(), v.count(), Long::sum));
            facets.put(facet.dimension(), counts);
        }
        var found = result.comments();
        var comments = new Comments(found.total(), found.available(), found.hits().stream()
                .map(c -> new CommentHit(c.threadId(), c.commentId(), c.draftId(), c.version(), c.title(),
                        c.committeeCode(), c.authorName(), c.authorHome(), c.writtenAt(), c.internal(), c.passage(),
                        c.snippetHtml(), c.readerPath()))
                .toList(), counts(found.facets(), CommentResults.CATEGORY, CommentResults.SEVERITY));
        var records = result.records();
        var recordHits = records.hits().stream().map(r -> new RecordHit(r.kind(), r.id(), r.title(), r.bodies(),
                r.status(), r.date(), r.snippetHtml(), r.path(), r.matchedFile())).toList();
        return new Result(result.total(), result.page(), result.pageSize(), hits, facets, comments,
                new Records(records.total(), records.available(), recordHits,
                        counts(records.facets(), RecordSearch.KIND, RecordSearch.BODY, RecordSearch.STATUS)));
    }

    /** Every dimension named is present, empty when nothing is counted in it. */
    private static Map<String, Map<String, Long>> counts(List<pk.gov.mashwara.search.Facet> facets,
            String... dimensions) {
        var out = new java.util.LinkedHashMap<String, Map<String, Long>>();
        for (var dimension : dimensions) {
            out.put(dimension, new java.util.LinkedHashMap<>());
        }
        for (var facet : facets) {
            var counts = new java.util.LinkedHashMap<String, Long>();
            facet.values().forEach(v -> counts.merge(v.value(), v.count(), Long::sum));
            out.put(facet.dimension(), counts);
        }
        return out;
    }

    private static Set<String> upper(List<String> values) {
        return values == null ? Set.of() : values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String name) {
        return values == null ? Set.of()
                : values.stream().map(v -> type == DraftKind.class ? type.cast(DraftKind.parse(v, name))
                        : ApiValues.parse(type, v, name)).collect(Collectors.toSet());
    }
}
