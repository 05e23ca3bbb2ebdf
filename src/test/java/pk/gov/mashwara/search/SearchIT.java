package pk.gov.mashwara.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.FakeVersionTexts;

/** Search through the real services and events: what is extracted becomes findable, for those who may see it. */
@SpringBootTest
@Import({ Fixtures.class, FakeVersionTexts.class })
class SearchIT {

    /** The promise: searchable within 2 s of extraction. */
    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(2);

    @Autowired
    Fixtures fixtures;
    @Autowired
    FakeVersionTexts texts;
    @Autowired
    SearchService search;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;

    @BeforeEach
    void indexReady() {
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    SearchResult searchAs(MashwaraUser user, String text) {
        return Fixtures.as(user, () -> search.search(SearchQuery.of(text)));
    }

    @Test
    void a_submitted_draft_becomes_searchable_for_the_nsmcwg_and_never_for_another_committee() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var otherCommittee = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var word = "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        var created = fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Searchable draft"));
        texts.extracted(created.id(), 1, "The platform shall register within ninety days. Marker " + word + ".");

        await().atMost(SEARCHABLE_WITHIN).until(() -> searchAs(drafter, word).total() == 1);
        assertThat(searchAs(member, word).total()).as("not yet submitted").isZero();

        Fixtures.as(officer, () -> routing.act(created.id(), "submit", drafts.get(created.id()).version(), null));
        await().atMost(SEARCHABLE_WITHIN).until(() -> searchAs(member, word).total() == 1);
        var hit = searchAs(member, word).hits().getFirst();
        assertThat(hit.draftId()).isEqualTo(created.id());
        assertThat(hit.committeeCode()).isEqualTo("PTA");
        assertThat(hit.snippetHtml()).contains("<mark>" + word + "</mark>");

        var foreign = searchAs(otherCommittee, word);
        assertThat(foreign.total()).isZero();
        assertThat(foreign.facets()).allSatisfy(f -> assertThat(f.values()).isEmpty());
    }

    @Test
    void a_new_version_replaces_the_old_one_among_the_latest() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var word = "yq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var created = fixtures.draft(drafter, Fixtures.unique("Versioned draft"));
        texts.extracted(created.id(), 1, "first text " + word);
        await().atMost(SEARCHABLE_WITHIN).until(() -> searchAs(drafter, word).total() == 1);

        Fixtures.as(drafter, () -> drafts.addVersion(created.id(), "v2.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("second version " + word))));
        texts.extracted(created.id(), 2, "second text without the marker");
        await().atMost(SEARCHABLE_WITHIN).until(() -> searchAs(drafter, word).total() == 0);
        var all = Fixtures.as(drafter, () -> search.search(SearchQuery.of(word).withAllVersions(true)));
        assertThat(all.hits()).singleElement().satisfies(h -> assertThat(h.version()).isEqualTo(1));
    }

    @Test
    void malformed_queries_are_refused_with_a_translated_message() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        assertThatThrownBy(() -> searchAs(member, "\"unclosed")).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.localizedMessage(pk.gov.mashwara.shared.Messages.URDU)).doesNotContain("search.error"));
    }

    @Test
    void only_administrators_rebuild_and_only_signed_in_users_search() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        assertThatThrownBy(() -> Fixtures.as(member, () -> search.rebuild())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> search.search(SearchQuery.of("x"))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        var admin = fixtures.user(null, Role.ADMIN);
        var status = Fixtures.as(admin, () -> search.rebuild());
        assertThat(status.state()).isIn(IndexStatus.State.REBUILDING, IndexStatus.State.READY);
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.as(admin, () -> search.status().ready()));
    }
}
