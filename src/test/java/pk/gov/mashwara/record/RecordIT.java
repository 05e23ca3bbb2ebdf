package pk.gov.mashwara.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The review record through its service on the real database: a submitted draft with an Urdu title, a thread
 * answered and declined with a reason and a committee's internal note, read back from the PDF as each reader
 * receives it; and who may not have it.
 */
@SpringBootTest
@Import(Fixtures.class)
class RecordIT {

    static final String TEXT = """
            Section 1. Every significant social media platform shall appoint a grievance officer resident in Pakistan.

            Section 2. The grievance officer shall acknowledge a complaint within twenty-four hours and decide it within seven days.
            """;
    static final String URDU_TITLE = "سوشل میڈیا شکایات قواعد";

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecordService records;
    @Autowired
    ThreadActions actions;
    @Autowired
    DraftService drafts;
    @Autowired
    VersionTexts texts;
    @Autowired
    AuditLog audit;
    @Autowired
    pk.gov.mashwara.directory.DirectoryService directory;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;

    record Reviewed(MashwaraUser drafter, MashwaraUser member, MashwaraUser secretary, long draftId, String title,
            String diaryNumber, String sha256) {
    }

    Reviewed reviewed() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var title = URDU_TITLE + " " + Fixtures.unique("");
        var created = fixtures.submittedTextDraft(drafter, officer, title, TEXT);
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(created.id(), 1).isFinal());
        var text = texts.text(created.id(), 1).orElseThrow();
        var exact = "within twenty-four hours";
        var start = text.indexOf(exact);
        var thread = Fixtures.as(member, () -> actions.start(new NewThread(created.id(), 1,
                new Selection(start, start + exact.length(), exact, null, null, null),
                "Twenty-four hours is too short for small platforms.", false)));
        var reply = Fixtures.as(drafter, () -> actions.reply(thread.id(), thread.opening().id(),
                "We will consider forty-eight hours."));
        Fixtures.as(secretary, () -> actions.resolve(thread.id(), reply.version(), Resolution.DECLINED,
                "The Act already fixes seven days."));
        Fixtures.as(drafter, () -> actions.start(new NewThread(created.id(), 1, null,
                "Internal: ask the Law Division before answering.", true)));
        var details = Fixtures.as(drafter, () -> drafts.get(created.id()));
        return new Reviewed(drafter, member, secretary, created.id(), title, details.diaryNumber(), created.sha256());
    }

    @Test
    void the_record_holds_the_particulars_versions_threads_resolution_and_history_as_its_reader_may_see_them()
            throws IOException {
        var r = reviewed();
        // the audit log, which the status history is read from, is written just after each change commits
        var auditor = fixtures.user(null, Role.AUDITOR);
        var changes = new AuditQuery(null, AuditAction.ROUTING_ACTION, "DRAFT", Long.toString(r.draftId()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(changes)) == 2);

        var file = Fixtures.as(r.secretary(), () -> records.export(r.draftId()));

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo(r.diaryNumber().replace('/', '-') + "-record.pdf");
        try (var pdf = Loader.loadPDF(file.content())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("REVIEW RECORD", "Diary No. " + r.diaryNumber(), r.sha256(),
                    "within twenty-four hours", "Twenty-four hours is too short for small platforms.",
                    "We will consider forty-eight hours.", "Resolved: DECLINED", "The Act already fixes seven days.",
                    "Status history", "Draft created", "Page 1 of " + pdf.getNumberOfPages());
            assertThat(flat(text)).contains(flat(URDU_TITLE)).as("the submission in the history")
                    .contains(flat("Awaiting committee approval Submitted to NSMCWG"));
            assertThat(text).as("a committee's internal note is not for the NSMCWG")
                    .doesNotContain("ask the Law Division before answering");
        }
        var forCommittee = Fixtures.as(r.drafter(), () -> records.export(r.draftId()));
        assertThat(text(forCommittee.content())).contains("ask the Law Division before answering",
                "internal note of PTA");
    }

    /** A user whose name shares nothing with their user id, so that a record naming them by id would show. */
    private MashwaraUser person(String code, String name, Role role) {
        var username = "p" + java.util.UUID.randomUUID().toString().substring(0, 10);
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.createUser(new pk.gov.mashwara.directory.UserForm(
                username, name, null, code == null ? null : fixtures.committee(code), java.util.EnumSet.of(role), true,
                Fixtures.PASSWORD)));
        return fixtures.load(username);
    }

    @Test
    void the_record_names_people_by_name_and_office_and_never_by_user_id() throws IOException {
        var drafter = person("PTA", "Ayesha Siddiqui", Role.COMMITTEE_DRAFTER);
        var officer = person("PTA", "Bilal Qureshi", Role.COMMITTEE_OFFICER);
        var member = person("NSMCWG", "Farah Naz", Role.NSMCWG_MEMBER);
        // a member from the Ministry of Foreign Affairs is named with it
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.updateUser(member.id(),
                new pk.gov.mashwara.directory.UserForm(member.getUsername(), "Farah Naz", null,
                        fixtures.committee("NSMCWG"), java.util.EnumSet.of(Role.NSMCWG_MEMBER), true, null,
                        fixtures.committee("MOFA"))));
        var secretary = person("NSMCWG", "Kamran Akhtar", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Named record"), TEXT);
        Fixtures.as(secretary, () -> windows.setDeadline(created.id(), java.time.Instant.now().plus(Duration.ofDays(9))));
        var thread = Fixtures.as(member, () -> actions.start(new NewThread(created.id(), 1, null,
                "Seven days is short for small platforms.", false)));
        var reply = Fixtures.as(drafter, () -> actions.reply(thread.id(), thread.opening().id(), "Noted; we will look."));
        Fixtures.as(secretary, () -> actions.resolve(thread.id(), reply.version(), Resolution.ACCEPTED, null));
        var auditor = fixtures.user(null, Role.AUDITOR);
        var changes = new AuditQuery(null, AuditAction.ROUTING_ACTION, "DRAFT", Long.toString(created.id()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(changes)) == 3);

        var text = flat(text(Fixtures.as(secretary, () -> records.export(created.id())).content()));

        assertThat(text).contains(flat("Ayesha Siddiqui, Drafter (PTA)"), flat("Farah Naz, NSMCWG member · Ministry of Foreign Affairs"),
                flat("Kamran Akhtar, NSMCWG secretary"), flat("Bilal Qureshi, Committee officer (PTA)"));
        for (var someone : java.util.List.of(drafter, officer, member, secretary)) {
            assertThat(text).as("no user id in the record").doesNotContain(someone.getUsername());
        }
    }

    @Test
    void every_export_is_in_the_audit_log_with_the_exported_file_s_hash() {
        var r = reviewed();
        var file = Fixtures.as(r.member(), () -> records.export(r.draftId()));
        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(r.member().getUsername(), AuditAction.RECORD_EXPORTED, "DRAFT",
                Long.toString(r.draftId()), null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 1);
        var entry = Fixtures.as(auditor, () -> audit.find(query, 0, 1)).getFirst();
        assertThat(entry.detail()).contains("sha256 " + sha256(file.content()));
    }

    @Test
    void a_draft_the_user_may_not_see_has_no_record_for_them() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, Fixtures.unique("Unsubmitted record"));
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var otherCommittee = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var administrator = fixtures.user(null, Role.ADMIN);

        for (var outsider : new MashwaraUser[] { member, otherCommittee, administrator }) {
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> records.export(created.id())))
                    .as(outsider.getUsername()).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixtures.anonymously(() -> records.export(created.id())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        var own = Fixtures.as(drafter, () -> records.export(created.id()));
        assertThat(own.fileName()).isEqualTo("draft-" + created.id() + "-record.pdf");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** PDF text extraction may return Arabic presentation forms and breaks lines anywhere it likes. */
    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
