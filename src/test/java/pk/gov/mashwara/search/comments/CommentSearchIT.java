package pk.gov.mashwara.search.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.search.CommentHit;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Comments found by the search, through the real review services, events and extraction: who finds which
 * comment, and how the index follows retractions, shared notes, submissions, new versions and a lost directory.
 */
@SpringBootTest
@Import(Fixtures.class)
class CommentSearchIT {

    static final Duration INDEXED_WITHIN = Duration.ofSeconds(10);
    static final String TEXT = """
            Section 1. Every significant social media platform shall appoint a grievance officer resident in Pakistan.

            Section 2. The grievance officer shall acknowledge a complaint within twenty-four hours.
            """;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ThreadActions actions;
    @Autowired
    SearchService search;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;
    @Autowired
    VersionTexts texts;
    @Autowired
    pk.gov.mashwara.directory.DirectoryService directory;
    @Autowired
    CommentIndexMaintenance maintenance;

    MashwaraUser drafter;
    MashwaraUser officer;
    MashwaraUser member;
    MashwaraUser secretary;
    MashwaraUser auditor;
    MashwaraUser otherCommittee;

    @BeforeEach
    void cast() {
        await().atMost(Duration.ofSeconds(60)).until(() -> maintenance.status().ready()
                && Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        auditor = fixtures.user(null, Role.AUDITOR);
        otherCommittee = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
    }

    static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    CommentResults comments(MashwaraUser user, String words) {
        return Fixtures.as(user, () -> search.search(SearchQuery.of(words)).comments());
    }

    void awaitFound(MashwaraUser user, String words, long total) {
        await().atMost(INDEXED_WITHIN).until(() -> comments(user, words).total() == total);
    }

    void awaitText(long draftId, int version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, version).isFinal());
    }

    @Test
    void a_members_comment_is_found_by_the_nsmcwg_and_the_committee_and_internal_notes_only_by_the_committee() {
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Comment search draft"), TEXT);
        awaitText(created.id(), 1);
        var exact = "within twenty-four hours";
        var start = texts.text(created.id(), 1).orElseThrow().indexOf(exact);
        var memberWord = word("cm");
        var noteWord = word("cn");
        // the member comes from the PM's Digital Media Wing: his hits say so
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.updateUser(member.id(),
                new pk.gov.mashwara.directory.UserForm(member.getUsername(), member.displayName(), null,
                        fixtures.committee("NSMCWG"), java.util.EnumSet.of(Role.NSMCWG_MEMBER), true, null,
                        fixtures.committee("DMW"))));
        var thread = Fixtures.as(member, () -> actions.start(new NewThread(created.id(), 1,
                new Selection(start, start + exact.length(), exact, null, null, null),
                "Too short: " + memberWord + " & <small> platforms.", false)));
        var note = Fixtures.as(drafter, () -> actions.start(new NewThread(created.id(), 1, null,
                "Keep this between us: " + noteWord, true)));

        awaitFound(member, memberWord, 1);
        CommentHit hit = comments(member, memberWord).hits().getFirst();
        assertThat(hit.threadId()).isEqualTo(thread.id());
        assertThat(hit.draftId()).isEqualTo(created.id());
        assertThat(hit.committeeCode()).isEqualTo("PTA");
        assertThat(hit.authorName()).isEqualTo(member.displayName());
        assertThat(hit.authorHome(java.util.Locale.ENGLISH)).isEqualTo("Prime Minister's Digital Media Wing");
        assertThat(hit.authorHome(java.util.Locale.forLanguageTag("ur"))).isEqualTo("وزیرِ اعظم کا ڈیجیٹل میڈیا ونگ");
        assertThat(hit.passage()).isEqualTo(exact);
        assertThat(hit.readerPath()).isEqualTo("drafts/" + created.id() + "/versions/1/text?thread=" + thread.id());
        assertThat(hit.snippetHtml()).contains("<mark>" + memberWord + "</mark>").contains("&amp;", "&lt;small&gt;")
                .doesNotContain("<small>");
        assertThat(comments(drafter, memberWord).total()).isEqualTo(1);
        assertThat(comments(officer, memberWord).total()).isEqualTo(1);
        assertThat(comments(auditor, memberWord).total()).isEqualTo(1);
        assertThat(comments(otherCommittee, memberWord).total()).isZero();

        awaitFound(drafter, noteWord, 1);
        assertThat(comments(drafter, noteWord).hits().getFirst().internal()).isTrue();
        assertThat(comments(officer, noteWord).total()).isEqualTo(1);
        for (var outsider : new MashwaraUser[] { member, secretary, auditor, otherCommittee }) {
            assertThat(comments(outsider, noteWord).total()).as(outsider.getUsername()).isZero();
        }

        Fixtures.as(member, () -> actions.retract(thread.id(), thread.opening().id()));
        awaitFound(drafter, memberWord, 0);
        assertThat(comments(member, memberWord).total()).isZero();

        Fixtures.as(officer, () -> actions.share(note.id()));
        awaitFound(member, noteWord, 1);
        assertThat(comments(member, noteWord).hits().getFirst().internal()).isFalse();
    }

    @Test
    void a_committees_comment_is_found_by_the_nsmcwg_once_submitted_and_links_to_the_version_its_thread_is_on() {
        var created = fixtures.textDraft(drafter, Fixtures.unique("Unsubmitted comment draft"), TEXT);
        var early = word("ce");
        // the officer comments: the drafter's own follow of the new draft is still being written meanwhile
        var thread = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1, null,
                "Before submission: " + early, false)));
        awaitFound(drafter, early, 1);
        assertThat(comments(member, early).total()).isZero();

        fixtures.textVersion(drafter, created.id(), TEXT + "\nSection 3. A new section.\n");
        awaitText(created.id(), 2);
        await().atMost(INDEXED_WITHIN).until(() -> comments(drafter, early).hits().getFirst().version() == 2);
        assertThat(comments(drafter, early).hits().getFirst().readerPath())
                .isEqualTo("drafts/" + created.id() + "/versions/2/text?thread=" + thread.id());

        var putUp = Fixtures.as(drafter, () -> routing.act(created.id(), "put-up", drafts.get(created.id()).version(), null));
        Fixtures.as(officer, () -> routing.act(created.id(), "submit", putUp.version(), null));
        awaitFound(member, early, 1);
        assertThat(comments(otherCommittee, early).total()).isZero();
    }

    @Test
    void a_lost_comment_index_is_rebuilt_from_the_database_at_start_up() throws Exception {
        var created = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Rebuilt comment draft"));
        var lost = word("cl");
        Fixtures.as(member, () -> actions.start(new NewThread(created.id(), 1, null, "Remember " + lost, false)));
        awaitFound(member, lost, 1);

        // as if the portal stopped, the directory was lost and the portal started again
        maintenance.index().close();
        try (var files = Files.walk(maintenance.directory())) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        maintenance.startUp().get(60, TimeUnit.SECONDS);

        assertThat(maintenance.status().ready()).isTrue();
        assertThat(Files.isDirectory(maintenance.directory())).isTrue();
        assertThat(comments(member, lost).total()).isEqualTo(1);
        assertThat(comments(otherCommittee, lost).total()).isZero();
    }
}
