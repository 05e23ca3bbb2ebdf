package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.Facet;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchResult;

/**
 * A new status, or a new version, is written into the draft's documents in place: no earlier version's text is read
 * (and analysed) again, yet who may find the draft, the status facet, the hits' status and latest flags and the
 * latest-version filter all follow at once, and after the index is opened again. When more than the state changed
 * (a diary number given on submission), the documents are written again in full.
 */
class InPlaceStateTest {

    @TempDir
    Path root;
    InMemorySource source;

    static final String V1 = "registration of social media companies first wording";
    static final String V2 = "registration of social media companies second wording";

    @BeforeEach
    void database() {
        source = new InMemorySource();
        source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.DRAFT, V1, V2);
        source.draft(2, "Content policy", 2, "MOIB", DraftKind.POLICY, DraftStatus.SUBMITTED, "the content policy");
    }

    private static SearchQuery allVersions(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), true, 0, SearchQuery.DEFAULT_PAGE_SIZE);
    }

    private static SearchQuery inStatus(String text, DraftStatus status) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(status), Set.of(), false, 0,
                SearchQuery.DEFAULT_PAGE_SIZE);
    }

    private static long count(SearchResult result, String dimension, String value) {
        return result.facets().stream().filter(f -> f.dimension().equals(dimension)).flatMap(f -> f.values().stream())
                .filter(v -> v.value().equals(value)).mapToLong(Facet.Value::count).sum();
    }

    @Test
    void a_new_status_is_written_in_place_without_reading_any_text_again() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            assertThat(support.search.search(SearchQuery.of("registration"), IndexSearchTest.NSMCWG_MEMBER).total())
                    .isZero();

            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED, V1,
                    V2);
            int reads = source.textReads.get();
            support.maintenance.draftStateChanged(1);
            assertThat(source.textReads.get()).as("texts read for a new status").isEqualTo(reads);

            var member = support.search.search(SearchQuery.of("registration"), IndexSearchTest.NSMCWG_MEMBER);
            assertThat(member.total()).isEqualTo(1);
            assertThat(member.hits().getFirst().status()).isEqualTo(DraftStatus.SUBMITTED);
            assertThat(member.hits().getFirst().version()).isEqualTo(2);
            assertThat(member.hits().getFirst().latest()).isTrue();
            var everything = support.search.search(SearchQuery.of("policy OR registration"), IndexSearchTest.EVERYTHING);
            assertThat(count(everything, IndexSchema.STATUS, "SUBMITTED")).isEqualTo(2);
            assertThat(count(everything, IndexSchema.STATUS, "DRAFT")).isZero();
            assertThat(support.search.search(inStatus("registration", DraftStatus.SUBMITTED),
                    IndexSearchTest.EVERYTHING).total()).isEqualTo(1);
            assertThat(support.search.search(inStatus("registration", DraftStatus.DRAFT),
                    IndexSearchTest.EVERYTHING).total()).isZero();
            // both versions carry the new state
            assertThat(support.search.search(allVersions("registration"), IndexSearchTest.NSMCWG_MEMBER).total())
                    .isEqualTo(2);

            // and back: returned for revision, members no longer find it
            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.DRAFT, V1, V2);
            support.maintenance.draftStateChanged(1);
            assertThat(support.search.search(allVersions("registration"), IndexSearchTest.NSMCWG_MEMBER).total())
                    .isZero();
            assertThat(source.textReads.get()).isEqualTo(reads);
        }
        // what was written in place is on disk: the index opened again says the same
        try (var support = new IndexTestSupport(root, source).started()) {
            assertThat(support.search.search(allVersions("registration"), IndexSearchTest.NSMCWG_MEMBER).total())
                    .isZero();
            assertThat(support.search.search(inStatus("registration", DraftStatus.DRAFT), IndexSearchTest.EVERYTHING)
                    .total()).isEqualTo(1);
        }
    }

    @Test
    void a_status_that_brings_a_diary_number_writes_the_documents_again() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED, V1,
                    V2);
            source.cover(1, "NSMCWG-2026-0042", null, null);
            int reads = source.textReads.get();
            support.maintenance.draftStateChanged(1);
            assertThat(source.textReads.get() - reads).as("both versions written again").isEqualTo(2);

            var found = support.search.search(SearchQuery.of("\"NSMCWG-2026-0042\""), IndexSearchTest.NSMCWG_MEMBER);
            assertThat(found.total()).isEqualTo(1);
            assertThat(found.hits().getFirst().diaryNumber()).isEqualTo("NSMCWG-2026-0042");
            assertThat(found.hits().getFirst().status()).isEqualTo(DraftStatus.SUBMITTED);

            // a later status change with the same particulars is in place again
            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.UNDER_REVIEW,
                    V1, V2);
            source.cover(1, "NSMCWG-2026-0042", null, null);
            reads = source.textReads.get();
            support.maintenance.draftStateChanged(1);
            assertThat(source.textReads.get()).isEqualTo(reads);
            assertThat(support.search.search(SearchQuery.of("\"NSMCWG-2026-0042\""), IndexSearchTest.NSMCWG_MEMBER)
                    .hits().getFirst().status()).isEqualTo(DraftStatus.UNDER_REVIEW);
        }
    }

    @Test
    void a_new_version_reads_only_its_own_text_and_becomes_the_latest() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.DRAFT, V1, V2,
                    "registration of social media companies third wording");
            int reads = source.textReads.get();
            support.maintenance.versionAdded(1, 3);
            assertThat(source.textReads.get() - reads).as("only the new version's text").isEqualTo(1);

            var latest = support.search.search(SearchQuery.of("registration"), IndexSearchTest.PTA_DRAFTER);
            assertThat(latest.total()).isEqualTo(1);
            assertThat(latest.hits().getFirst().version()).isEqualTo(3);
            assertThat(latest.hits().getFirst().latest()).isTrue();
            assertThat(support.search.search(SearchQuery.of("second"), IndexSearchTest.PTA_DRAFTER).total()).isZero();
            var all = support.search.search(allVersions("registration"), IndexSearchTest.PTA_DRAFTER);
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.hits()).filteredOn(h -> h.latest()).singleElement()
                    .satisfies(h -> assertThat(h.version()).isEqualTo(3));
            assertThat(support.index.numDocs()).isEqualTo(4);
        }
    }

    @Test
    void versions_heard_of_out_of_order_are_all_written_and_the_newest_is_the_latest() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.DRAFT, V1, V2,
                    "registration of social media companies third wording",
                    "registration of social media companies fourth wording");
            support.maintenance.versionAdded(1, 4);
            support.maintenance.versionAdded(1, 3);
            var all = support.search.search(allVersions("registration"), IndexSearchTest.PTA_DRAFTER);
            assertThat(all.hits()).extracting(h -> h.version()).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(all.hits()).filteredOn(h -> h.latest()).extracting(h -> h.version()).containsExactly(4);
            // heard again (an event delivered twice): nothing doubles
            support.maintenance.versionAdded(1, 4);
            assertThat(support.index.numDocs()).isEqualTo(5);
            assertThat(support.search.search(SearchQuery.of("third"), IndexSearchTest.PTA_DRAFTER).total()).isZero();
            assertThat(support.search.search(SearchQuery.of("fourth"), IndexSearchTest.PTA_DRAFTER).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_selected_status_still_shows_the_others_with_what_they_would_add() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            var result = support.search.search(inStatus("registration OR policy", DraftStatus.SUBMITTED),
                    IndexSearchTest.EVERYTHING);
            assertThat(result.total()).isEqualTo(1);
            assertThat(count(result, IndexSchema.STATUS, "SUBMITTED")).isEqualTo(1);
            assertThat(count(result, IndexSchema.STATUS, "DRAFT")).isEqualTo(1);
            assertThat(result.facets().stream().filter(f -> f.dimension().equals(IndexSchema.STATUS))
                    .flatMap(f -> f.values().stream()).filter(Facet.Value::selected).map(Facet.Value::value))
                    .containsExactly("SUBMITTED");
        }
    }
}
