package pk.gov.mashwara.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.router.QueryParameters;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FakeVersionTexts;

@Import(FakeVersionTexts.class)
class SearchViewTest extends UiTest {

    @Autowired
    FakeVersionTexts texts;
    @Autowired
    SearchService search;
    @Autowired
    ThreadActions threads;

    @BeforeEach
    void indexReady() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    @Test
    void a_query_shows_results_with_escaped_snippets_and_facets() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var created = fixtures.draft(drafter, Fixtures.unique("View search draft"));
        texts.extracted(created.id(), 1, "Text with " + word + " and <b>markup</b> from the file.");
        await().atMost(Duration.ofSeconds(2))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).total()) == 1);

        signIn(drafter);
        var view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();

        assertThat(view.total.getText()).isEqualTo("1 result");
        var card = (SearchHitCard) view.results.getComponentAt(0);
        assertThat(card.title.getHref()).isEqualTo("drafts/" + created.id() + "/versions/1/text?q=" + word);
        var html = card.snippet.getElement().getProperty("innerHTML");
        assertThat(html).contains("<mark>" + word + "</mark>").contains("&lt;b&gt;markup&lt;").doesNotContain("<b>");
        assertThat(view.facets.groups.get("committee").getListDataView().getItems()).containsExactly("PTA");
        assertThat(view.facets.groups.get("kind").getListDataView().getItems()).containsExactly("POLICY");
        assertThat(view.rebuild.isVisible()).isFalse();
    }

    @Test
    void a_hit_links_to_the_reader_with_the_search_encoded() {
        var hit = new SearchHit(42, 3, true, "Title", "PTA", DraftKind.POLICY, DraftStatus.DRAFT, 2026,
                ExtractionStatus.DONE, false, "", 1f);
        var query = "\"content regulations\" & حكومت?";
        var target = SearchView.hitTarget(hit, query);
        assertThat(target).startsWith("drafts/42/versions/3/text?q=").doesNotContain(" ", "&", "حكومت");
        assertThat(QueryParameters.fromString(target.substring(target.indexOf('?') + 1)).getSingleParameter("q"))
                .contains(query);
        assertThat(SearchView.hitTarget(hit, "  ")).isEqualTo("drafts/42/versions/3/text");
    }

    @Test
    void a_malformed_query_gets_a_plain_message() {
        signIn(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        var view = navigate(SearchView.class);
        test(view.queryField).setValue("\"unclosed AND");
        test(view.searchButton).click();

        // said under the query, which is kept to be corrected
        assertThat(view.queryField.isInvalid()).isTrue();
        assertThat(view.queryField.getErrorMessage()).startsWith("The search could not be understood");
        assertThat(view.queryField.getValue()).isEqualTo("\"unclosed AND");
        assertThat(view.results.getComponentCount()).isZero();

        test(view.queryField).setValue("\"unclosed\" AND grievance");
        test(view.searchButton).click();
        assertThat(view.queryField.isInvalid()).isFalse();
    }

    @Test
    void matching_comments_are_shown_with_links_to_their_threads_and_internal_notes_marked() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, Fixtures.unique("Commented search draft"));
        var open = Fixtures.as(officer, () -> threads.start(new NewThread(created.id(), 1, null,
                "Open remark: " + word + " <i>as typed</i>", false)));
        var note = Fixtures.as(officer, () -> threads.start(new NewThread(created.id(), 1, null,
                "Internal remark: " + word, true)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).comments().total()) == 2);

        signIn(drafter);
        var view = navigate(SearchView.class);
        assertThat(view.comments.isVisible()).as("no search yet").isFalse();
        test(view.queryField).setValue(word);
        test(view.searchButton).click();

        assertThat(view.comments.isVisible()).isTrue();
        assertThat(view.comments.total.getText()).isEqualTo("2 comments");
        var cards = view.comments.hits.getChildren().map(CommentHitCard.class::cast).toList();
        assertThat(cards).extracting(c -> c.link.getHref()).containsExactlyInAnyOrder(
                "drafts/" + created.id() + "/versions/1/text?thread=" + open.id(),
                "drafts/" + created.id() + "/versions/1/text?thread=" + note.id());
        var openCard = cards.stream().filter(c -> c.link.getHref().endsWith("=" + open.id())).findFirst().orElseThrow();
        assertThat(openCard.snippet.getElement().getProperty("innerHTML")).contains("<mark>" + word + "</mark>")
                .contains("&lt;i&gt;").doesNotContain("<i>");
        assertThat(badges(openCard)).isEmpty();
        var noteCard = cards.stream().filter(c -> c.link.getHref().endsWith("=" + note.id())).findFirst().orElseThrow();
        assertThat(badges(noteCard)).containsExactly("Internal note");

        test(view.queryField).setValue("nothingmatchesthis" + UUID.randomUUID().toString().substring(0, 6));
        test(view.searchButton).click();
        assertThat(view.comments.isVisible()).isFalse();
    }

    @Test
    void comments_the_user_may_not_read_are_not_shown() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, Fixtures.unique("Unsubmitted commented draft"));
        Fixtures.as(officer, () -> threads.start(new NewThread(created.id(), 1, null, "Remark " + word, false)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).comments().total()) == 1);

        signIn(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        var view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.comments.isVisible()).isFalse();
        assertThat(view.comments.hits.getComponentCount()).isZero();
    }

    private static java.util.List<String> badges(CommentHitCard card) {
        return card.getChildren().flatMap(c -> c.getChildren()).filter(Badge.class::isInstance)
                .map(c -> ((Badge) c).getText()).toList();
    }

    @Test
    void nothing_found_says_so() {
        signIn(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        var view = navigate(SearchView.class);
        test(view.queryField).setValue("nothingmatchesthis" + UUID.randomUUID().toString().substring(0, 6));
        test(view.searchButton).click();

        assertThat(view.total.getText()).isEqualTo("No results");
        assertThat(view.message.getText()).startsWith("Nothing found");
    }

    @Test
    void an_administrator_who_sees_no_drafts_is_sent_to_the_desk_where_the_index_is_rebuilt() {
        signIn(fixtures.user(null, Role.ADMIN));
        assertThat(navigate("search", pk.gov.mashwara.desk.ui.DeskView.class)).isNotNull();
    }

    @Autowired
    pk.gov.mashwara.datarequest.DataRequestService requests;

    @Test
    void records_are_shown_as_a_third_group_with_their_facets_and_comments_with_category_and_severity() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var created = fixtures.draft(drafter, Fixtures.unique("Records search draft"));
        Fixtures.as(drafter, () -> threads.start(new NewThread(created.id(), 1, null, "Legal remark: " + word, false,
                "LEGAL", pk.gov.mashwara.review.Severity.MUST_CHANGE, null)));
        var id = Fixtures.as(secretary, () -> requests.create(new pk.gov.mashwara.datarequest.NewDataRequest(
                "Complaints about " + word, "How many?", "For advice.", pk.gov.mashwara.datarequest.FormWanted.FIGURES,
                pk.gov.mashwara.draft.Classification.RESTRICTED, pk.gov.mashwara.draft.Priority.PRIORITY, 10, null,
                null, java.util.List.of("MOIT"))));
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "The figures on " + word + ": 12.", true,
                java.time.LocalDate.now().plusDays(20), false, java.util.List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(drafter,
                () -> search.search(SearchQuery.of(word)).comments().total()) == 1
                && Fixtures.as(secretary, () -> search.search(SearchQuery.of(word)).records().total()) == 2);

        // the drafter's comment, with its facets; no record of the working group is his to read
        signIn(drafter);
        var view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.comments.isVisible()).isTrue();
        assertThat(view.comments.facets.groups.get("category").getListDataView().getItems()).containsExactly("LEGAL");
        assertThat(view.comments.facets.groups.get("category").getItemLabelGenerator().apply("LEGAL"))
                .isEqualTo("Legal / constitutional (1)");
        assertThat(view.comments.facets.groups.get("severity").getItemLabelGenerator().apply("MUST_CHANGE"))
                .isEqualTo("Must change (1)");
        assertThat(view.records.isVisible()).isFalse();

        signIn(secretary);
        view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.records.isVisible()).isTrue();
        assertThat(view.records.total.getText()).isEqualTo("2 records");
        var cards = view.records.hits.getChildren().map(RecordHitCard.class::cast).toList();
        assertThat(cards).extracting(c -> c.link.getHref()).containsOnly("data-requests/" + id);
        assertThat(cards).allMatch(c -> c.snippet.getElement().getProperty("innerHTML")
                .contains("<mark>" + word + "</mark>"));
        var kinds = view.records.facets.groups.get("recordKind");
        assertThat(kinds.getListDataView().getItems()).containsExactlyInAnyOrder("DATA_REQUEST", "ANSWER");
        assertThat(kinds.getItemLabelGenerator().apply("ANSWER")).isEqualTo("Answer to a data request (1)");
        assertThat(view.records.facets.groups.get("recordStatus").getItemLabelGenerator().apply("PARTLY_ANSWERED"))
                .isEqualTo("Partly answered (1)");

        // narrowed to answers by the facet
        kinds.setValue(java.util.Set.of("ANSWER"));
        assertThat(view.records.total.getText()).isEqualTo("1 record");
        assertThat(view.records.hits.getChildren().map(RecordHitCard.class::cast).toList()).singleElement()
                .satisfies(c -> assertThat(c.link.getText()).contains("MOIT"));
    }
}
