package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchResult;

class IndexSearchTest {

    static final long PTA = 1, MOIB = 2, PEMRA = 3;
    static final DraftVisibility EVERYTHING = new DraftVisibility(true, Set.of(), false);
    static final DraftVisibility PTA_DRAFTER = new DraftVisibility(false, Set.of(PTA), false);
    static final DraftVisibility NSMCWG_MEMBER = new DraftVisibility(false, Set.of(), true);

    @TempDir
    Path dir;
    IndexTestSupport support;

    @BeforeEach
    void index() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Platform registration regulations", PTA, "PTA", DraftKind.REGULATOR_REGULATIONS,
                DraftStatus.SUBMITTED,
                "Old wording about licences for social media platforms.",
                "The regulation of social media platforms requires registration <script>alert('x')</script> within ninety days.");
        source.draft(2, "Broadcasting plan Quetzal", MOIB, "MOIB", DraftKind.RULES_UNDER_STATUTE, DraftStatus.DRAFT,
                "Unsubmitted plan: broadcasting regulations and the registration of channels. Word zanzibarite.");
        source.draft(3, "سوشل میڈیا پالیسی", PEMRA, "PEMRA", DraftKind.POLICY, DraftStatus.UNDER_REVIEW,
                "حکومت پاکستان کی پالیسی برائے سوشل میڈیا یہ ہے");
        source.draft(4, "Arabic-keyboard text", PEMRA, "PEMRA", DraftKind.POLICY, DraftStatus.UNDER_REVIEW,
                "اس كتاب ميں قواعد");
        support = new IndexTestSupport(dir, source).started();
    }

    @AfterEach
    void close() throws Exception {
        support.close();
    }

    SearchResult search(String text) {
        return search(SearchQuery.of(text), EVERYTHING);
    }

    SearchResult search(SearchQuery query, DraftVisibility visibility) {
        return support.search.search(query, visibility);
    }

    static Set<Long> drafts(SearchResult result) {
        return result.hits().stream().map(SearchHit::draftId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void plural_finds_singular_through_stemming() {
        assertThat(drafts(search("regulations"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(drafts(search("registrations"))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void phrases_match_words_in_order_only() {
        assertThat(drafts(search("\"social media platforms\""))).containsExactly(1L);
        assertThat(search("\"platforms media social\"").total()).isZero();
    }

    @Test
    void boolean_operators() {
        assertThat(drafts(search("registration AND NOT broadcasting"))).containsExactly(1L);
        assertThat(drafts(search("ninety OR channels"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(drafts(search("ninety channels"))).as("all words are required by default").isEmpty();
    }

    @Test
    void prefix_and_fuzzy() {
        assertThat(drafts(search("regist*"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(drafts(search("zanzibar*"))).containsExactly(2L);
        assertThat(drafts(search("zanzibarit~"))).containsExactly(2L);
        assertThat(drafts(search("brodcasting~"))).containsExactly(2L);
    }

    @Test
    void latest_versions_by_default_all_on_request() {
        assertThat(search("licences").total()).isZero();
        var all = search(SearchQuery.of("licences").withAllVersions(true), EVERYTHING);
        assertThat(all.hits()).singleElement().satisfies(h -> {
            assertThat(h.draftId()).isEqualTo(1L);
            assertThat(h.version()).isEqualTo(1);
            assertThat(h.latest()).isFalse();
        });
        assertThat(search(SearchQuery.of("platforms").withAllVersions(true), EVERYTHING).total()).isEqualTo(2);
    }

    @Test
    void permission_filter_changes_totals_and_facet_counts() {
        var all = search(SearchQuery.of("registration"), EVERYTHING);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facet("committee").count("MOIB")).isEqualTo(1);
        assertThat(all.facet("kind").count("RULES_UNDER_STATUTE")).isEqualTo(1);

        // The NSMCWG sees submitted drafts only: the MoIB draft is not counted anywhere
        var member = search(SearchQuery.of("registration"), NSMCWG_MEMBER);
        assertThat(member.total()).isEqualTo(1);
        assertThat(drafts(member)).containsExactly(1L);
        assertThat(member.facet("committee").count("MOIB")).isZero();
        assertThat(member.facet("committee").count("PTA")).isEqualTo(1);
        assertThat(member.facet("kind").count("RULES_UNDER_STATUTE")).isZero();
        assertThat(member.facet("status").count("DRAFT")).isZero();

        // A word only the hidden draft has: no hits, no facet value at all
        var hidden = search(SearchQuery.of("zanzibarite"), PTA_DRAFTER);
        assertThat(hidden.total()).isZero();
        assertThat(hidden.facets()).allSatisfy(f -> assertThat(f.values()).isEmpty());
        assertThat(search(SearchQuery.of("zanzibarite"), new DraftVisibility(false, Set.of(MOIB), false)).total()).isEqualTo(1);

        assertThat(search(SearchQuery.of("registration"), DraftVisibility.NOTHING).total()).isZero();
        assertThat(search(SearchQuery.of(""), DraftVisibility.NOTHING).facets()).isEmpty();
    }

    @Test
    void facet_selection_narrows_hits_but_its_own_facet_counts_sideways() {
        var result = search(SearchQuery.of("registration").withCommittees(Set.of("PTA")), EVERYTHING);
        assertThat(result.total()).isEqualTo(1);
        var committees = result.facet("committee");
        assertThat(committees.count("PTA")).isEqualTo(1);
        assertThat(committees.count("MOIB")).as("what choosing MoIB as well would add").isEqualTo(1);
        assertThat(result.facet("kind").count("RULES_UNDER_STATUTE")).isZero();
        assertThat(result.facet("year").count("2026")).isEqualTo(1);
        assertThat(search(SearchQuery.of("registration").withYears(Set.of(2019)), EVERYTHING).total()).isZero();
        assertThat(search(SearchQuery.of("").withKinds(Set.of(DraftKind.POLICY)), EVERYTHING).total()).isEqualTo(2);
    }

    @Test
    void snippets_mark_matches_and_escape_everything_from_the_document() {
        var hit = search("ninety").hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>ninety</mark>").doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        // No match in the body (only the title): the opening of the text, escaped, without marks
        var titleOnly = search("quetzal").hits().getFirst();
        assertThat(titleOnly.snippetHtml()).startsWith("Unsubmitted plan").doesNotContain("<");
    }

    @Test
    void urdu_typed_with_arabic_keyboard_letters_finds_urdu_text_and_back() {
        assertThat(drafts(search("حكومت"))).containsExactly(3L); // Arabic kaf
        assertThat(drafts(search("پاليسي"))).containsExactly(3L); // Arabic yeh
        assertThat(drafts(search("\"سوشل ميڈيا\""))).containsExactly(3L);
        assertThat(drafts(search("کتاب"))).containsExactly(4L); // Urdu kaf finds text typed with Arabic kaf
        assertThat(search("حكومت").hits().getFirst().snippetHtml()).contains("<mark>");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"unclosed", "AND OR", "title:[", "(registration", "*leading", "registration)" })
    void malformed_queries_get_a_message_not_a_stack_trace(String text) {
        assertThatThrownBy(() -> search(text)).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.messageKey()).startsWith("search.error."));
    }

    @Test
    void paging() {
        var first = search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), false, 0, 3), EVERYTHING);
        var second = search(first.total() > 3 ? new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), false, 1, 3)
                : SearchQuery.of(""), EVERYTHING);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hits()).hasSize(3);
        assertThat(second.hits()).hasSize(1);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(new SearchQuery("x", null, null, null, null, false, 0, 500).pageSize()).isEqualTo(SearchQuery.MAX_PAGE_SIZE);
        assertThatThrownBy(() -> search(new SearchQuery("", null, null, null, null, false, 10_000, 50), EVERYTHING))
                .isInstanceOf(InvalidQueryException.class);
    }
}
