package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/** Response templates and resolving several threads at once, through the real services. */
@SpringBootTest
@Import(Fixtures.class)
class ResponseTemplatesIT {

    static final String TEXT = "1. A platform shall register within ninety days.\n\n"
            + "Section 37(2) The Authority may block unlawful content.\n\n3. Fees are payable yearly.\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    BulkResolution bulk;
    @Autowired
    ThreadActions actions;
    @Autowired
    ReviewService review;
    @Autowired
    ReviewWindows windows;
    @Autowired
    AuditLog audit;

    @Test
    void each_library_is_kept_by_its_officer_or_the_secretary_and_seen_by_whoever_resolves() {
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var otherOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var own = Fixtures.as(officer, () -> templates.create(Fixtures.unique("Accepted with thanks"),
                "Thank you, {commenter}; {clause} is revised as you suggest."));
        var nsmcwg = Fixtures.as(secretary, () -> templates.create(Fixtures.unique("Working group standard"),
                "The NSMCWG notes the point on {clause}."));
        assertThat(own.library()).isEqualTo("PEMRA");
        assertThat(own.editable()).isTrue();
        assertThat(nsmcwg.library()).isEqualTo("NSMCWG");
        assertThat(nsmcwg.committeeId()).isNull();

        // the committee sees its own and the NSMCWG's; the drafter uses them but keeps none
        assertThat(Fixtures.as(drafter, () -> templates.list())).extracting(ResponseTemplateView::id)
                .contains(own.id(), nsmcwg.id());
        assertThat(Fixtures.as(drafter, () -> templates.get(own.id())).editable()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> templates.create("Mine", "Noted.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> templates.update(own.id(), own.version(), "X", "Y")))
                .isInstanceOf(AccessDeniedException.class);
        // another committee and the NSMCWG do not see a committee's wording
        for (var outsider : List.of(otherOfficer, secretary)) {
            assertThat(Fixtures.as(outsider, () -> templates.list())).extracting(ResponseTemplateView::id)
                    .doesNotContain(own.id());
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> templates.get(own.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> templates.update(own.id(), own.version(), "X", "Y")))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(Fixtures.as(otherOfficer, () -> templates.list())).extracting(ResponseTemplateView::id)
                .contains(nsmcwg.id());
        assertThat(Fixtures.as(otherOfficer, () -> templates.get(nsmcwg.id())).editable()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(otherOfficer, () -> {
            templates.delete(nsmcwg.id(), nsmcwg.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // members and auditors resolve nothing: no templates
        for (var none : List.of(member, auditor)) {
            assertThat(Fixtures.as(none, () -> templates.list())).isEmpty();
            assertThatThrownBy(() -> Fixtures.as(none, () -> templates.create("T", "Noted.")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void bad_templates_are_refused_with_the_field_and_nothing_is_saved() {
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var title = Fixtures.unique("Declined");
        var saved = Fixtures.as(officer, () -> templates.create(title, "Declined: {clause} stays."));
        var before = Fixtures.as(officer, () -> templates.list()).size();

        var refusals = List.<Runnable>of(() -> templates.create(" ", "Text"),
                () -> templates.create("T" + "x".repeat(ResponseTemplates.MAX_TITLE), "Text"),
                () -> templates.create(Fixtures.unique("T"), ""),
                () -> templates.create(Fixtures.unique("T"), "y".repeat(ResponseTemplates.MAX_BODY + 1)),
                () -> templates.create(Fixtures.unique("T"), "Dear {minister}, noted."),
                () -> templates.create(title.toUpperCase(Locale.ROOT), "Same title in other case"),
                () -> templates.create(Fixtures.unique("T"), "Bad \u0000 text"));
        var fields = List.of("title", "title", "body", "body", "body", "title", "body");
        for (int i = 0; i < refusals.size(); i++) {
            var refusal = refusals.get(i);
            var field = fields.get(i);
            assertThatThrownBy(() -> Fixtures.as(officer, refusal)).as("refusal %d", i)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        }
        assertThatThrownBy(() -> Fixtures.as(officer, () -> templates.create(Fixtures.unique("T"), "Dear {minister}")))
                .hasMessageContaining("{minister}");
        assertThat(Fixtures.as(officer, () -> templates.list())).hasSize(before);

        // an edit from a stale read is refused; the fresh one is taken, then deleted
        var changed = Fixtures.as(officer, () -> templates.update(saved.id(), saved.version(), title, "Declined: {clause} stays as it is."));
        assertThatThrownBy(() -> Fixtures.as(officer, () -> templates.update(saved.id(), saved.version(), title, "Lost")))
                .isInstanceOf(ConflictException.class);
        assertThat(Fixtures.as(officer, () -> templates.get(saved.id())).body()).isEqualTo("Declined: {clause} stays as it is.");
        Fixtures.as(officer, () -> templates.delete(saved.id(), changed.version()));
        assertThatThrownBy(() -> Fixtures.as(officer, () -> templates.get(saved.id()))).isInstanceOf(NotFoundException.class);

        var auditor = fixtures.user(null, Role.AUDITOR);
        var saves = new AuditQuery(officer.getUsername(), AuditAction.RESPONSE_TEMPLATE_SAVED, "RESPONSE_TEMPLATE",
                Long.toString(saved.id()), null, null);
        var deletes = new AuditQuery(officer.getUsername(), AuditAction.RESPONSE_TEMPLATE_DELETED, "RESPONSE_TEMPLATE",
                Long.toString(saved.id()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(saves)) == 2
                && Fixtures.as(auditor, () -> audit.count(deletes)) == 1);
    }

    @Test
    void a_template_is_filled_with_the_commenter_the_clause_and_the_organisation() {
        var r = reviewed(3);
        var template = Fixtures.as(r.officer(), () -> templates.create(Fixtures.unique("Filled"),
                "Thank you, {commenter} ({organisation}): {clause} is revised."));
        var onClause = Fixtures.as(r.officer(), () -> templates.fill(template.id(), r.threads().get(0).id(), Locale.ENGLISH));
        var onSection = Fixtures.as(r.officer(), () -> templates.fill(template.id(), r.threads().get(1).id(), Locale.ENGLISH));
        var whole = Fixtures.as(r.officer(), () -> templates.fill(template.id(), r.threads().get(2).id(), Locale.ENGLISH));
        var name = r.member().displayName();
        assertThat(onClause).isEqualTo("Thank you, " + name + " (National Social Media Coordination Working Group): 1 is revised.");
        assertThat(onSection).isEqualTo("Thank you, " + name + " (National Social Media Coordination Working Group): Section 37(2) is revised.");
        assertThat(whole).isEqualTo("Thank you, " + name + " (National Social Media Coordination Working Group): the draft as a whole is revised.");
        // a thread the user may not see is not found, the template untouched
        var outsider = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> templates.fill(template.id(), r.threads().get(0).id(),
                Locale.ENGLISH))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void several_threads_are_resolved_at_once_each_its_own_audited_act_and_a_stale_one_is_reported() {
        var r = reviewed(3);
        var first = r.threads().get(0);
        var second = r.threads().get(1);
        var third = r.threads().get(2);
        // someone replies to the second after the committee read it: that decision is on a stale read
        Fixtures.as(r.member(), () -> actions.reply(second.id(), second.opening().id(), "One more point."));

        var report = Fixtures.as(r.officer(), () -> bulk.resolve(r.draftId(), List.of(
                new BulkResolution.Item(first.id(), first.version()), new BulkResolution.Item(second.id(), second.version()),
                new BulkResolution.Item(third.id(), third.version())), Resolution.ACCEPTED,
                "Accepted, {commenter}: {clause} is revised.", Locale.ENGLISH));

        assertThat(report.resolved()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.outcomes()).extracting(BulkResolution.Outcome::threadId, BulkResolution.Outcome::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), true),
                        org.assertj.core.groups.Tuple.tuple(second.id(), false),
                        org.assertj.core.groups.Tuple.tuple(third.id(), true));
        assertThat(report.outcomes().get(1).error()).isEqualTo("error.review.thread.changedMeanwhile");
        assertThat(Fixtures.as(r.officer(), () -> review.thread(second.id())).open()).isTrue();
        var done = Fixtures.as(r.officer(), () -> review.thread(first.id()));
        assertThat(done.resolution()).isEqualTo(Resolution.ACCEPTED);
        assertThat(done.resolutionReason()).isEqualTo("Accepted, " + r.member().displayName() + ": 1 is revised.");
        assertThat(Fixtures.as(r.officer(), () -> review.thread(third.id())).resolutionReason())
                .isEqualTo("Accepted, " + r.member().displayName() + ": the draft as a whole is revised.");

        var auditor = fixtures.user(null, Role.AUDITOR);
        var resolved = new AuditQuery(r.officer().getUsername(), AuditAction.THREAD_RESOLVED, "DRAFT",
                Long.toString(r.draftId()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(resolved)) == 2);
        assertThat(Fixtures.as(auditor, () -> audit.find(resolved, 0, 10))).extracting(e -> e.detail())
                .anyMatch(d -> d.startsWith("thread " + first.id() + ": ACCEPTED"))
                .anyMatch(d -> d.startsWith("thread " + third.id() + ": ACCEPTED"));
    }

    @Test
    void a_bulk_request_wrong_as_a_whole_or_from_the_wrong_person_touches_no_thread() {
        var r = reviewed(2);
        var items = r.threads().stream().map(t -> new BulkResolution.Item(t.id(), t.version())).toList();
        var twice = List.of(items.get(0), items.get(0));
        assertThatThrownBy(() -> Fixtures.as(r.officer(), () -> bulk.resolve(r.draftId(), items, Resolution.DECLINED,
                " ", Locale.ENGLISH))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> Fixtures.as(r.officer(), () -> bulk.resolve(r.draftId(), twice, Resolution.NOTED,
                null, Locale.ENGLISH))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(r.officer(), () -> bulk.resolve(r.draftId(), List.of(), Resolution.NOTED,
                null, Locale.ENGLISH))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(r.member(), () -> bulk.resolve(r.draftId(), items, Resolution.NOTED,
                null, Locale.ENGLISH))).isInstanceOf(AccessDeniedException.class);
        var outsider = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> bulk.resolve(r.draftId(), items, Resolution.NOTED,
                null, Locale.ENGLISH))).isInstanceOf(NotFoundException.class);
        for (var t : r.threads()) {
            assertThat(Fixtures.as(r.officer(), () -> review.thread(t.id())).open()).isTrue();
        }
        // a thread of another draft among them is reported as not found, not resolved
        var other = reviewed(1);
        var mixed = List.of(items.get(0), new BulkResolution.Item(other.threads().get(0).id(), other.threads().get(0).version()));
        var secretary = r.secretary();
        var report = Fixtures.as(secretary, () -> bulk.resolve(r.draftId(), mixed, Resolution.NOTED, null, Locale.ENGLISH));
        assertThat(report.resolved()).isEqualTo(1);
        assertThat(report.outcomes().get(1).error()).isEqualTo("error.review.thread.notFound");
        assertThat(Fixtures.as(secretary, () -> review.thread(other.threads().get(0).id())).open()).isTrue();
    }

    record Reviewed(long draftId, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary, List<ThreadView> threads) {
    }

    /** A submitted PEMRA draft under review with {@code count} threads by one member: on clause 1, Section 37(2), the whole. */
    private Reviewed reviewed(int count) {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Templates"), TEXT);
        new DraftTexts(null, versionTexts, extraction).awaitText(created.id(), 1);
        Fixtures.as(secretary, () -> windows.setDeadline(created.id(), Instant.now().plus(Duration.ofDays(9))));
        var selections = List.of(new Selection(TEXT.indexOf("platform"), TEXT.indexOf("platform") + 8, "platform", null, null, null),
                new Selection(TEXT.indexOf("The Authority"), TEXT.indexOf("The Authority") + 13, "The Authority", null, null, null));
        var threads = new java.util.ArrayList<ThreadView>();
        for (int i = 0; i < count; i++) {
            var selection = i < selections.size() && i < 2 ? selections.get(i) : null;
            threads.add(Fixtures.as(member, () -> actions.start(new NewThread(created.id(), 1,
                    selection, "A point on this.", false))));
        }
        var read = threads.stream().map(t -> Fixtures.as(officer, () -> review.thread(t.id()))).toList();
        return new Reviewed(created.id(), officer, member, secretary, read);
    }

    @Autowired
    pk.gov.mashwara.text.VersionTexts versionTexts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;
}
