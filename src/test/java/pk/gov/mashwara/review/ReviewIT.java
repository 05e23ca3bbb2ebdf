package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The review through its services on the real database, with real extraction of plain-text versions: who may
 * see and do what, the anchor checks, resolutions and carrying threads forward to a new version.
 */
@SpringBootTest
@Import(Fixtures.class)
class ReviewIT {

    static final String TEXT = """
            Section 1. Every significant social media platform shall appoint a grievance officer resident in Pakistan.

            Section 2. The grievance officer shall acknowledge a complaint within twenty-four hours and decide it within seven days.

            Section 3. The Authority may issue directions to block unlawful online content after hearing the platform.
            """;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewService review;
    @Autowired
    ThreadActions actions;
    @Autowired
    ReviewWindows windows;
    @Autowired
    DraftService drafts;
    @Autowired
    VersionTexts texts;

    record Cast(MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary,
            MashwaraUser otherCommittee, MashwaraUser auditor, long draftId) {
    }

    Cast submitted(String text) {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Review draft"), text);
        awaitText(created.id(), 1);
        return new Cast(drafter, officer, fixtures.user("NSMCWG", Role.NSMCWG_MEMBER),
                fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY), fixtures.user("MOIB", Role.COMMITTEE_DRAFTER),
                fixtures.user(null, Role.AUDITOR), created.id());
    }

    void awaitText(long draftId, int version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, version).isFinal());
        assertThat(texts.text(draftId, version)).isPresent();
    }

    static Selection quote(String text, String exact) {
        var start = text.indexOf(exact);
        return new Selection(start, start + exact.length(), exact, null, null, null);
    }

    @Test
    void a_member_comments_on_a_passage_the_committee_replies_and_the_secretary_accepts() {
        var c = submitted(TEXT);
        var text = texts.text(c.draftId(), 1).orElseThrow();
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1,
                quote(text, "within twenty-four hours"), "Twenty-four hours is too short for small platforms.", false)));

        assertThat(thread.placement()).isEqualTo(AnchorState.ANCHORED);
        assertThat(thread.passage().exact()).isEqualTo("within twenty-four hours");
        assertThat(text.substring(thread.passage().start(), thread.passage().end())).isEqualTo("within twenty-four hours");
        assertThat(thread.passage().prefix()).endsWith("acknowledge a complaint ");
        assertThat(thread.can().resolve()).as("a member does not resolve").isFalse();

        var replied = Fixtures.as(c.drafter(), () -> actions.reply(thread.id(), thread.opening().id(),
                "We will consider forty-eight hours."));
        assertThat(replied.comments()).hasSize(2);
        assertThat(replied.comments().get(1).depth()).isEqualTo(1);
        assertThat(replied.comments().get(1).parentId()).isEqualTo(thread.opening().id());

        var nested = Fixtures.as(c.member(), () -> actions.reply(thread.id(), replied.comments().get(1).id(), "Thank you."));
        assertThat(nested.comments()).extracting(CommentView::depth).containsExactly(0, 1, 2);

        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.resolve(thread.id(), nested.version(),
                Resolution.ACCEPTED, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(c.secretary(), () -> actions.resolve(thread.id(), nested.version(),
                Resolution.DECLINED, " "))).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.review.resolution.reasonRequired");

        var resolved = Fixtures.as(c.secretary(), () -> actions.resolve(thread.id(), nested.version(),
                Resolution.ACCEPTED, "Forty-eight hours agreed."));
        assertThat(resolved.status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo(c.secretary().getUsername());
        assertThat(resolved.history()).extracting(ThreadHistoryEntry::kind)
                .containsExactly(ThreadEventKind.STARTED, ThreadEventKind.RESOLVED);
        assertThat(Fixtures.as(c.member(), () -> review.counts(c.draftId()))).isEqualTo(new ReviewCounts(0, 1));

        assertThatThrownBy(() -> Fixtures.as(c.officer(), () -> actions.resolve(thread.id(), resolved.version(),
                Resolution.NOTED, null))).isInstanceOf(ConflictException.class);
        var reopened = Fixtures.as(c.officer(), () -> actions.reopen(thread.id(), resolved.version(), "Needs the Law Division's view."));
        assertThat(reopened.status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(reopened.history()).extracting(ThreadHistoryEntry::kind).last().isEqualTo(ThreadEventKind.REOPENED);
    }

    @Test
    void replies_to_one_thread_at_the_same_moment_are_all_kept() throws Exception {
        var c = submitted(TEXT);
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null,
                "A comment on the draft as a whole.", false)));
        var repliers = java.util.List.of(c.member(), c.drafter(), c.secretary(), c.member(), c.drafter(), c.secretary());
        var start = new java.util.concurrent.CountDownLatch(1);
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(repliers.size())) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < repliers.size(); i++) {
                var who = repliers.get(i);
                var body = "Simultaneous reply " + i + ".";
                done.add(pool.submit(() -> {
                    try {
                        start.await();
                        Fixtures.as(who, () -> actions.reply(thread.id(), thread.opening().id(), body));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        assertThat(failures).isEmpty();
        var after = Fixtures.as(c.member(), () -> review.thread(thread.id()));
        assertThat(after.comments()).hasSize(1 + repliers.size());
        assertThat(after.comments()).extracting(CommentView::body)
                .contains("Simultaneous reply 0.", "Simultaneous reply 5.");
    }

    @Test
    void a_stale_decision_is_refused_and_names_who_acted() {
        var c = submitted(TEXT);
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "General remark.", false)));
        Fixtures.as(c.secretary(), () -> actions.resolve(thread.id(), thread.version(), Resolution.NOTED, null));
        assertThatThrownBy(() -> Fixtures.as(c.officer(), () -> actions.resolve(thread.id(), thread.version(),
                Resolution.ACCEPTED, null))).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.review.thread.changedMeanwhile");
    }

    @Test
    void who_may_see_and_comment() {
        var c = submitted(TEXT);
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "Seen by all.", false)));

        assertThat(Fixtures.as(c.auditor(), () -> review.threads(c.draftId(), 1))).extracting(ThreadView::id).contains(thread.id());
        assertThatThrownBy(() -> Fixtures.as(c.auditor(), () -> actions.reply(thread.id(), thread.opening().id(), "No.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(c.otherCommittee(), () -> review.threads(c.draftId(), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(c.otherCommittee(), () -> review.thread(thread.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(c.otherCommittee(), () -> actions.reply(thread.id(), thread.opening().id(), "Hi")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "x", true))))
                .as("only a committee keeps notes internal").isInstanceOf(AccessDeniedException.class);
        var admin = fixtures.user(null, Role.ADMIN);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> review.threads(c.draftId(), 1)))
                .as("an administrator's role shows no drafts").isInstanceOf(NotFoundException.class);
        var focal = fixtures.focalPerson();
        var byFocal = Fixtures.as(focal, () -> actions.reply(thread.id(), thread.opening().id(), "The focal person notes this."));
        assertThat(byFocal.comments()).hasSize(2);
        assertThat(byFocal.can().resolve()).as("the focal person does not resolve").isFalse();
        assertThat(Fixtures.as(c.officer(), () -> review.thread(thread.id())).can().resolve()).isTrue();
        assertThat(Fixtures.as(c.secretary(), () -> review.thread(thread.id())).can().resolve()).isTrue();
    }

    @Test
    void an_internal_note_is_seen_only_by_its_committee_until_shared() {
        var c = submitted(TEXT);
        var note = Fixtures.as(c.drafter(), () -> actions.start(new NewThread(c.draftId(), 1, null,
                "Internal: check with the Law Division first.", true)));
        assertThat(note.internal()).isTrue();
        assertThat(Fixtures.as(c.officer(), () -> review.threads(c.draftId(), 1))).extracting(ThreadView::id).contains(note.id());
        for (var outsider : new MashwaraUser[] { c.member(), c.secretary(), c.auditor() }) {
            assertThat(Fixtures.as(outsider, () -> review.threads(c.draftId(), 1))).extracting(ThreadView::id)
                    .doesNotContain(note.id());
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> review.thread(note.id()))).isInstanceOf(NotFoundException.class);
            assertThat(Fixtures.as(outsider, () -> review.counts(c.draftId())).total()).isZero();
        }
        var shared = Fixtures.as(c.officer(), () -> actions.share(note.id()));
        assertThat(shared.internal()).isFalse();
        assertThat(Fixtures.as(c.member(), () -> review.thread(note.id())).history()).extracting(ThreadHistoryEntry::kind)
                .contains(ThreadEventKind.SHARED);
    }

    @Test
    void the_window_closes_commenting_for_members_but_not_for_the_committee() throws InterruptedException {
        var c = submitted(TEXT);
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> windows.setDeadline(c.draftId(), Instant.now().plusSeconds(60))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(c.secretary(), () -> windows.setDeadline(c.draftId(), Instant.now().minusSeconds(5))))
                .isInstanceOf(InvalidInputException.class);
        var info = Fixtures.as(c.secretary(), () -> windows.setDeadline(c.draftId(), Instant.now().plusSeconds(3)));
        assertThat(info.open()).isTrue();
        assertThat(Fixtures.as(c.member(), () -> drafts.get(c.draftId())).status())
                .isEqualTo(pk.gov.mashwara.draft.DraftStatus.UNDER_REVIEW);
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "Before the deadline.", false)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !Fixtures.as(c.member(), () -> review.window(c.draftId())).open());
        var closed = Fixtures.as(c.member(), () -> review.window(c.draftId()));
        assertThat(closed.canComment()).isFalse();
        assertThat(closed.whyNot()).isEqualTo("error.review.window.closed");
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "Late.", false))))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "error.review.window.closed");
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.reply(thread.id(), thread.opening().id(), "Late.")))
                .isInstanceOf(ConflictException.class);

        var answered = Fixtures.as(c.drafter(), () -> actions.reply(thread.id(), thread.opening().id(), "Noted, thank you."));
        Fixtures.as(c.drafter(), () -> actions.resolve(thread.id(), answered.version(), Resolution.NOTED, null));
        assertThat(Fixtures.as(c.secretary(), () -> review.window(c.draftId())).canComment()).isTrue();
    }

    @Test
    void an_anchor_must_match_the_text() {
        var c = submitted(TEXT);
        var text = texts.text(c.draftId(), 1).orElseThrow();
        var start = text.indexOf("grievance officer");
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1,
                new Selection(start, start + 17, "complaint officer", null, null, null), "x", false))))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.review.anchor.mismatch");
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1,
                new Selection(-1, 5, null, null, null, null), "x", false))))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.review.anchor.range");
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 2, null, "x", false))))
                .isInstanceOf(ConflictException.class);
        // a quote without offsets, unique in the text, is found
        var found = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1,
                new Selection(null, null, "decide it within seven days", null, null, null), "Seven days is fine.", false)));
        assertThat(text.substring(found.passage().start(), found.passage().end())).isEqualTo("decide it within seven days");
    }

    @Test
    void comments_are_edited_briefly_with_history_and_retracted_without_deletion() {
        var c = submitted(TEXT);
        var thread = Fixtures.as(c.member(), () -> actions.start(new NewThread(c.draftId(), 1, null, "Frist thought.", false)));
        var edited = Fixtures.as(c.member(), () -> actions.edit(thread.id(), thread.opening().id(), "First thought."));
        assertThat(edited.opening().body()).isEqualTo("First thought.");
        assertThat(edited.opening().earlierVersions()).isEqualTo(1);
        assertThat(edited.opening().editedAt()).isNotNull();
        assertThatThrownBy(() -> Fixtures.as(c.secretary(), () -> actions.edit(thread.id(), thread.opening().id(), "Mine now")))
                .isInstanceOf(pk.gov.mashwara.shared.ForbiddenException.class).hasFieldOrPropertyWithValue("messageKey", "error.review.comment.notYours");
        var retracted = Fixtures.as(c.member(), () -> actions.retract(thread.id(), thread.opening().id()));
        assertThat(retracted.opening().retracted()).isTrue();
        assertThat(retracted.opening().body()).isNull();
        assertThat(retracted.comments()).hasSize(1);
    }

    @Test
    void open_threads_are_carried_to_a_new_version_resolved_ones_stay() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var created = fixtures.textDraft(drafter, Fixtures.unique("Carried draft"), TEXT);
        awaitText(created.id(), 1);
        var text = texts.text(created.id(), 1).orElseThrow();
        var kept = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1,
                quote(text, "appoint a grievance officer resident in Pakistan"), "Resident where?", false)));
        var changed = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1,
                quote(text, "acknowledge a complaint within twenty-four hours and decide it within seven days"), "Timelines.", false)));
        var gone = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1,
                quote(text, "issue directions to block unlawful online content after hearing the platform"), "Due process.", false)));
        var whole = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1, null, "Overall fine.", false)));
        var done = Fixtures.as(officer, () -> actions.start(new NewThread(created.id(), 1, quote(text, "Section 1"), "Numbering.", false)));
        Fixtures.as(drafter, () -> actions.resolve(done.id(), done.version(), Resolution.NOTED, null));

        var second = """
                Preamble. This policy applies to platforms with more than one million users in Pakistan.

                Section 1. Every significant social media platform shall appoint a grievance officer resident in Pakistan.

                Section 2. The grievance officer shall acknowledge a complaint within forty-eight hours and decide it within seven days.

                Section 3. The Authority may publish yearly statistics of the complaints it received and the orders it made.
                """;
        fixtures.textVersion(drafter, created.id(), second);
        awaitText(created.id(), 2);
        await().atMost(Duration.ofMinutes(2)).until(() -> Fixtures.as(officer, () -> review.threads(created.id(), 2)).size() == 4);

        var v2 = texts.text(created.id(), 2).orElseThrow();
        var onV2 = Fixtures.as(officer, () -> review.threads(created.id(), 2));
        var k = onV2.stream().filter(t -> t.id() == kept.id()).findFirst().orElseThrow();
        assertThat(k.placement()).isEqualTo(AnchorState.ANCHORED);
        assertThat(v2.substring(k.passage().start(), k.passage().end())).isEqualTo("appoint a grievance officer resident in Pakistan");
        var ch = onV2.stream().filter(t -> t.id() == changed.id()).findFirst().orElseThrow();
        assertThat(ch.placement()).isEqualTo(AnchorState.MOVED);
        assertThat(v2.substring(ch.passage().start(), ch.passage().end())).contains("forty-eight hours and decide it within seven days");
        var g = onV2.stream().filter(t -> t.id() == gone.id()).findFirst().orElseThrow();
        assertThat(g.placement()).isEqualTo(AnchorState.OUTDATED);
        assertThat(g.passage().exact()).as("the outdated thread keeps what it was about")
                .isEqualTo("issue directions to block unlawful online content after hearing the platform");
        assertThat(onV2).extracting(ThreadView::id).contains(whole.id()).doesNotContain(done.id());
        assertThat(k.history()).extracting(ThreadHistoryEntry::kind).contains(ThreadEventKind.CARRIED_FORWARD);
        assertThat(Fixtures.as(officer, () -> review.threads(created.id(), 1))).extracting(ThreadView::id).containsExactly(done.id());
    }
}
