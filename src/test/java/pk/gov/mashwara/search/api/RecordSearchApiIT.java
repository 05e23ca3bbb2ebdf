package pk.gov.mashwara.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.datarequest.NewDataRequest;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Severity;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * {@code GET /api/search} with its {@code records} part and the comments' category and severity facets: the JSON a
 * reader gets, and an outsider's, in which a confidential answer leaves no trace.
 */
@WebIntegrationTest
class RecordSearchApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DataRequestService requests;
    @Autowired
    ThreadActions threads;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void records_are_returned_beside_documents_and_comments_to_those_who_may_read_them_only() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var answerWord = word("qa");
        var id = Fixtures.as(secretary, () -> requests.create(new NewDataRequest(Fixtures.unique("Takedowns"),
                "How many takedown requests were made?", "For the NSMCWG's advice.", FormWanted.FIGURES,
                Classification.CONFIDENTIAL, Priority.PRIORITY, 10, null, null, List.of("MOIT"))));
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "Figures & <b>" + answerWord + "</b>: 312.", false, null,
                false, List.of()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/search?q=" + answerWord, as(secretary.getUsername())).<Integer>json("$.records.total"))
                .isEqualTo(1));
        var found = api.get("/api/search?q=" + answerWord, as(secretary.getUsername()));
        assertThat(found.status()).isEqualTo(200);
        // the existing parts are unchanged
        assertThat(found.<Integer>json("$.total")).isZero();
        assertThat(found.<List<Object>>json("$.hits")).isEmpty();
        assertThat(found.<Boolean>json("$.comments.available")).isTrue();
        assertThat(found.<Boolean>json("$.records.available")).isTrue();
        assertThat(found.<String>json("$.records.hits[0].kind")).isEqualTo("ANSWER");
        assertThat(found.<String>json("$.records.hits[0].link")).isEqualTo("data-requests/" + id);
        assertThat(found.<String>json("$.records.hits[0].status")).isEqualTo("ANSWERED");
        assertThat(found.<List<String>>json("$.records.hits[0].bodies")).containsExactly("MOIT");
        assertThat(found.<String>json("$.records.hits[0].snippet")).contains("<mark>" + answerWord + "</mark>")
                .contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(found.<Map<String, Object>>json("$.records.facets.recordKind")).containsEntry("ANSWER", 1);
        assertThat(found.<Map<String, Object>>json("$.records.facets.body")).containsEntry("MOIT", 1);
        assertThat(found.<Map<String, Object>>json("$.records.facets.recordStatus")).containsEntry("ANSWERED", 1);
        // narrowed by a facet
        assertThat(api.get("/api/search?q=" + answerWord + "&recordKind=LETTER", as(secretary.getUsername()))
                .<Integer>json("$.records.total")).isZero();
        assertThat(api.get("/api/search?q=" + answerWord + "&recordKind=answer&body=moit",
                as(secretary.getUsername())).<Integer>json("$.records.total")).isEqualTo(1);

        // a body not asked: no hit, no count, no facet value
        var hidden = api.get("/api/search?q=" + answerWord, as(pta.getUsername()));
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.<Integer>json("$.records.total")).isZero();
        assertThat(hidden.<List<Object>>json("$.records.hits")).isEmpty();
        assertThat(hidden.<Map<String, Object>>json("$.records.facets.recordKind")).isEmpty();
        assertThat(hidden.<Map<String, Object>>json("$.records.facets.body")).isEmpty();
        assertThat(hidden.text()).doesNotContain(answerWord).doesNotContain("data-requests/" + id);

        // a kind that does not exist is refused clearly
        assertJsonError(api.get("/api/search?q=x&recordKind=MEMO", as(secretary.getUsername())), 400, "invalid_input");
    }

    @Test
    void comments_are_counted_and_narrowed_by_their_threads_category_and_severity() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var commentWord = word("qc");
        var draft = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Facet draft"),
                "Section 1. Platforms shall register.");
        Fixtures.as(member, () -> threads.start(new NewThread(draft.id(), 1, null, "Legal doubt: " + commentWord,
                false, "LEGAL", Severity.MUST_CHANGE, null)));
        Fixtures.as(member, () -> threads.start(new NewThread(draft.id(), 1, null, "Policy view: " + commentWord,
                false, "POLICY", Severity.CONSIDER, null)));
        Fixtures.as(member, () -> threads.start(new NewThread(draft.id(), 1, null, "Another legal point: "
                + commentWord, false, "LEGAL", Severity.CONSIDER, null)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/search?q=" + commentWord, as(member.getUsername())).<Integer>json("$.comments.total"))
                .isEqualTo(3));
        var all = api.get("/api/search?q=" + commentWord, as(member.getUsername()));
        assertThat(all.<Map<String, Object>>json("$.comments.facets.category")).containsEntry("LEGAL", 2)
                .containsEntry("POLICY", 1);
        assertThat(all.<Map<String, Object>>json("$.comments.facets.severity")).containsEntry("MUST_CHANGE", 1)
                .containsEntry("CONSIDER", 2);

        // a category narrows the comments and the severities counted; the categories stay counted sideways
        var legal = api.get("/api/search?q=" + commentWord + "&category=LEGAL", as(member.getUsername()));
        assertThat(legal.<Integer>json("$.comments.total")).isEqualTo(2);
        assertThat(legal.<Map<String, Object>>json("$.comments.facets.category")).containsEntry("POLICY", 1);
        assertThat(legal.<Map<String, Object>>json("$.comments.facets.severity")).containsEntry("MUST_CHANGE", 1)
                .containsEntry("CONSIDER", 1);
        var both = api.get("/api/search?q=" + commentWord + "&category=LEGAL&severity=must_change",
                as(member.getUsername()));
        assertThat(both.<Integer>json("$.comments.total")).isEqualTo(1);
        assertThat(both.<String>json("$.comments.hits[0].snippet")).contains("Legal doubt");

        // an outsider counts nothing
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var hidden = api.get("/api/search?q=" + commentWord, as(outsider.getUsername()));
        assertThat(hidden.<Integer>json("$.comments.total")).isZero();
        assertThat(hidden.<Map<String, Object>>json("$.comments.facets.category")).isEmpty();
    }
}
