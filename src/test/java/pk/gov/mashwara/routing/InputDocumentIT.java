package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.routing.domain.InputRevision;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The NSMCWG's input as a document on the real database: pre-filled from the review in the order of the text,
 * sanitised, kept revision by revision, composed by the secretary at consolidation, edited by the focal person at
 * clearance, cleared by the hash of its final text, and then seen by the committee; who may do what when.
 */
@SpringBootTest
@Import(Fixtures.class)
class InputDocumentIT {

    static final String TEXT = """
            Draft Social Media Grievance Rules

            Rule 1. These rules apply to every significant social media platform operating in Pakistan.

            Rule 2. A platform shall appoint a grievance officer resident in Pakistan within thirty days.

            Rule 3. A complaint shall be resolved within seven days of its receipt by the grievance officer.
            """;
    static final String EARLY = "apply to every significant social media platform";
    static final String LATE = "resolved within seven days of its receipt";

    @Autowired
    Fixtures fixtures;
    @Autowired
    InputService inputs;
    @Autowired
    RoutingService routing;
    @Autowired
    ClearanceService clearances;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions threads;
    @Autowired
    VersionTexts texts;
    @Autowired
    AuditLog audit;

    record Walk(MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary,
            MashwaraUser focal, long draftId, ThreadView late, ThreadView early, ThreadView whole, ThreadView declined,
            ThreadView noted) {
    }

    /** A PTA draft reviewed with five points (three accepted, one declined, one noted) and consolidated. */
    Walk consolidated() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        long id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Grievance rules"), TEXT).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        var text = texts.text(id, 1).orElseThrow();
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(7))));
        // started in an order other than the text's
        var late = start(member, id, quote(text, LATE), "Seven days is too short; fourteen would be fairer.");
        var early = start(member, id, quote(text, EARLY), "Define \"significant\" by a number of users.");
        var whole = start(member, id, null, "The rules should say when they come into force.");
        var declined = start(member, id, quote(text, EARLY), "Exempt platforms run by universities.");
        var noted = start(member, id, null, "PEMRA has similar rules for broadcasters.");
        Fixtures.as(secretary, () -> windows.closeNow(id));
        act(secretary, id, "close-review");
        late = resolve(secretary, late, Resolution.ACCEPTED, "Consumers need the time to be heard.");
        early = resolve(secretary, early, Resolution.ACCEPTED, null);
        whole = resolve(secretary, whole, Resolution.ACCEPTED, null);
        declined = resolve(secretary, declined, Resolution.DECLINED, "Universities run no significant platform.");
        noted = resolve(secretary, noted, Resolution.NOTED, null);
        return new Walk(drafter, officer, member, secretary, focal, id, late, early, whole, declined, noted);
    }

    @Test
    void the_input_is_prefilled_from_the_review_accepted_points_in_the_order_of_the_text_the_others_apart() {
        var w = consolidated();
        var doc = Fixtures.as(w.secretary(), () -> inputs.document(w.draftId()));

        assertThat(doc.status()).isEqualTo(InputDocument.Status.NOT_COMPOSED);
        assertThat(doc.revision()).isZero();
        assertThat(doc.mayEdit()).isTrue();
        assertThat(doc.points()).extracting(InputDocument.Point::threadId).containsExactly(w.whole().id(),
                w.early().id(), w.late().id(), w.declined().id(), w.noted().id());
        assertThat(doc.points().get(2).passage()).isEqualTo(LATE);
        assertThat(doc.points().get(2).reason()).isEqualTo("Consumers need the time to be heard.");
        assertThat(doc.points().get(2).position()).isEqualTo(Resolution.ACCEPTED);
        assertThat(doc.coveringNote()).contains(doc.diaryNumber()).matches(".*NSMCWG/\\d{4}/\\d{4}.*");

        var html = doc.html();
        assertThat(html).startsWith("<h2>Points accepted by the NSMCWG</h2>");
        assertThat(html).contains("<em>Reason: Consumers need the time to be heard.</em>",
                "<li><strong>Accepted.</strong> Define \"significant\" by a number of users.</li>");
        assertThat(html).as("accepted points grouped by passage in the order of the text, the rest apart")
                .containsSubsequence("Points accepted by the NSMCWG", "The draft as a whole",
                        "come into force", EARLY, "Define", LATE, "Seven days is too short", "Points declined",
                        "Exempt platforms run by universities", "Reason: Universities run no significant platform.",
                        "Points noted", "PEMRA has similar rules");
        assertThat(html.indexOf("Exempt platforms")).as("a declined point is not among the accepted ones")
                .isGreaterThan(html.indexOf("Points declined"));
        // before anything is composed the draft cannot go to the focal person
        var send = Fixtures.as(w.secretary(), () -> routing.routing(w.draftId())).actions().stream()
                .filter(a -> a.name().equals("send-for-clearance")).findFirst().orElseThrow();
        assertThat(send.blockedBy()).containsExactly("guard.INPUT_COMPOSED");
        assertThatThrownBy(() -> act(w.secretary(), w.draftId(), "send-for-clearance"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("input must be composed");

        // in Urdu the secretary starts from Urdu headings
        var urduSecretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var urdu = Fixtures.as(new MashwaraUser(urduSecretary.id(), urduSecretary.getUsername(), null,
                urduSecretary.displayName(), urduSecretary.committeeId(), urduSecretary.committeeCode(), true,
                urduSecretary.roles(), true, false, "ur"), () -> inputs.document(w.draftId()));
        assertThat(urdu.html()).startsWith("<h2>این ایس ایم سی ڈبلیو جی کے منظور کردہ نکات</h2>");
    }

    @Test
    void what_is_saved_is_sanitised_and_checked_and_every_save_is_a_revision() {
        var w = consolidated();
        var id = w.draftId();
        var hostile = "<script>alert('x')</script><p onclick=\"steal()\" style=\"color:red\">Hi <a href=\"https://"
                + "evil.example\">there</a><img src=x onerror=\"alert(1)\"></p><h2 class=\"big\">Head</h2>"
                + "<ul><li><b>bold</b> and <i>italic</i> <u>under</u></li></ul><iframe src=\"x\"></iframe>"
                + "<style>p{}</style><!-- note -->";
        var saved = Fixtures.as(w.secretary(), () -> inputs.save(id, 0, "  Covering note.  ", hostile));

        assertThat(saved.html()).isEqualTo("<p>Hi there</p><h2>Head</h2><ul><li><b>bold</b> and <i>italic</i> under</li></ul>");
        assertThat(saved.html()).doesNotContain("script", "alert", "onclick", "style", "href", "evil", "img",
                "onerror", "class", "iframe", "<!--");
        assertThat(saved.coveringNote()).isEqualTo("Covering note.");
        assertThat(saved.status()).isEqualTo(InputDocument.Status.COMPOSED);
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(InputHtml.clean("<p>Hi <script>x</script>there</p>")).as("cleaned again when shown")
                .isEqualTo("<p>Hi there</p>");

        // bad input: each refused with its message, nothing saved
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "  ", "<p>x</p>")))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.noteMissing");
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "Note", "<script>x</script><p> </p>")))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.textMissing");
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 1,
                "n".repeat(InputRevision.MAX_NOTE + 1), "<p>x</p>")))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.noteTooLong");
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "Note",
                "<p>" + "x".repeat(InputRevision.MAX_BODY) + "</p>")))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.textTooLong");
        // a save from an older revision does not overwrite a newer one
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 0, "Note", "<p>Mine</p>")))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.savedMeanwhile");
        // saving the same again keeps one revision
        assertThat(Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "Covering note.", saved.html())).revision())
                .isEqualTo(1);

        var second = Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "Covering note, revised.",
                "<h2>Accepted</h2><ol><li>Fourteen days.</li></ol>"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.revisions()).extracting(InputDocument.Revision::number).containsExactly(1, 2);
        assertThat(second.revisions()).extracting(InputDocument.Revision::authorName)
                .containsOnly(w.secretary().displayName());
        assertThat(second.revisions()).extracting(InputDocument.Revision::draftStatus)
                .containsOnly(DraftStatus.CONSOLIDATION);

        var auditor = fixtures.user(null, Role.AUDITOR);
        var composed = new AuditQuery(w.secretary().getUsername(), AuditAction.INPUT_COMPOSED, "DRAFT", Long.toString(id),
                null, null);
        var edited = new AuditQuery(w.secretary().getUsername(), AuditAction.INPUT_EDITED, "DRAFT", Long.toString(id),
                null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(composed)) == 1
                && Fixtures.as(auditor, () -> audit.count(edited)) == 1);
        assertThat(Fixtures.as(auditor, () -> audit.find(edited, 0, 1)).getFirst().detail())
                .contains("input revision 2", "CONSOLIDATION");
    }

    @Test
    void the_secretary_composes_the_focal_person_edits_and_clears_and_then_the_committee_reads_it() {
        var w = consolidated();
        var id = w.draftId();
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var anotherMember = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        // only the secretary composes, only at consolidation; before clearance only the NSMCWG sees the document
        assertThatThrownBy(() -> Fixtures.as(w.member(), () -> inputs.save(id, 0, "Note", "<p>Mine</p>")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(w.focal(), () -> inputs.save(id, 0, "Note", "<p>Too early</p>")))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.notNow");
        assertThatThrownBy(() -> Fixtures.as(w.officer(), () -> inputs.save(id, 0, "Note", "<p>Ours</p>")))
                .isInstanceOf(AccessDeniedException.class);
        for (var committee : new MashwaraUser[] { w.drafter(), w.officer() }) {
            assertThatThrownBy(() -> Fixtures.as(committee, () -> inputs.document(id)))
                    .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.notCleared");
        }
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> inputs.document(id))).isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(anotherMember, () -> inputs.document(id)).mayEdit()).isFalse();

        fixtures.composeInput(w.secretary(), id);
        act(w.secretary(), id, "send-for-clearance");
        assertThatThrownBy(() -> Fixtures.as(w.secretary(), () -> inputs.save(id, 1, "Note", "<p>Late</p>")))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "error.input.notNow");
        assertThatThrownBy(() -> Fixtures.as(w.drafter(), () -> inputs.document(id))).isInstanceOf(NotFoundException.class);

        // the focal person sees the document with the points it came from, and edits it
        var seen = Fixtures.as(w.focal(), () -> inputs.document(id));
        assertThat(seen.mayEdit()).isTrue();
        assertThat(seen.points()).hasSize(5);
        var edited = Fixtures.as(w.focal(), () -> inputs.save(id, 1, "The NSMCWG conveys its input.",
                "<h2>Accepted</h2><ul><li>Complaints are resolved within <strong>fourteen</strong> days.</li></ul>"));
        assertThat(edited.revisions()).extracting(InputDocument.Revision::authorName)
                .containsExactly(w.secretary().displayName(), w.focal().displayName());

        act(w.focal(), id, "clear");
        var stamp = Fixtures.as(w.drafter(), () -> clearances.clearance(id)).orElseThrow();
        var finalText = "The NSMCWG conveys its input.\n\n<h2>Accepted</h2><ul><li>Complaints are resolved within "
                + "<strong>fourteen</strong> days.</li></ul>";
        assertThat(stamp.input()).as("the clearance keeps the final text").isEqualTo(finalText);
        assertThat(stamp.hash()).isEqualTo(ClearanceHash.of(id, 1, stamp.versionSha256(), finalText, stamp.signer(),
                stamp.signerName(), stamp.signedAt()));

        // the committee reads what was cleared, with the points; it edits nothing; the outsider still sees nothing
        var read = Fixtures.as(w.officer(), () -> inputs.document(id));
        assertThat(read.status()).isEqualTo(InputDocument.Status.CLEARED);
        assertThat(read.html()).isEqualTo(edited.html());
        assertThat(read.coveringNote()).isEqualTo("The NSMCWG conveys its input.");
        assertThat(read.revision()).isEqualTo(2);
        assertThat(read.clearance().signerName()).isEqualTo(w.focal().displayName());
        assertThat(read.clearance().hash()).isEqualTo(stamp.hash());
        assertThat(read.mayEdit()).isFalse();
        assertThat(read.points()).extracting(InputDocument.Point::threadId).startsWith(w.whole().id(), w.early().id(),
                w.late().id());
        assertThatThrownBy(() -> Fixtures.as(w.focal(), () -> inputs.save(id, 2, "Note", "<p>After</p>")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> inputs.document(id))).isInstanceOf(NotFoundException.class);

        // the committee's response to a point is shown with it
        act(w.officer(), id, "take-up-input");
        act(w.drafter(), id, "record-response", Map.of("threadId", String.valueOf(w.late().id()),
                "response", "Rule 3 now says fourteen days."));
        var answered = Fixtures.as(w.drafter(), () -> inputs.document(id)).points().stream()
                .filter(p -> p.threadId() == w.late().id()).findFirst().orElseThrow();
        assertThat(answered.response().text()).isEqualTo("Rule 3 now says fourteen days.");
    }

    @Test
    void a_return_for_revision_keeps_the_documents_history_and_the_next_round_needs_it_composed_again() {
        var w = consolidated();
        var id = w.draftId();
        fixtures.composeInput(w.secretary(), id);
        act(w.secretary(), id, "send-for-clearance");
        Fixtures.as(w.focal(), () -> routing.act(id, "return-from-clearance", new ActionRequest(
                routing.routing(id).draftVersion(), "Rule 2 needs redrafting first.", Map.of())));

        var kept = Fixtures.as(w.secretary(), () -> inputs.document(id));
        assertThat(kept.revisions()).hasSize(1);
        assertThat(kept.status()).isEqualTo(InputDocument.Status.COMPOSED);
        assertThat(kept.mayEdit()).isFalse();

        fixtures.textVersion(w.drafter(), id, TEXT.replace("seven days", "fourteen days"));
        act(w.drafter(), id, "put-up");
        act(w.officer(), id, "submit");
        Fixtures.as(w.secretary(), () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(7))));
        Fixtures.as(w.secretary(), () -> windows.closeNow(id));
        act(w.secretary(), id, "close-review");
        assertThatThrownBy(() -> act(w.secretary(), id, "send-for-clearance")).as("composed in the earlier round only")
                .isInstanceOf(ConflictException.class).hasMessageContaining("input must be composed");
        var again = fixtures.composeInput(w.secretary(), id);
        assertThat(again.revisions()).extracting(InputDocument.Revision::number).containsExactly(1, 2);
        assertThat(act(w.secretary(), id, "send-for-clearance")).isEqualTo(DraftStatus.CLEARANCE);
    }

    private ThreadView start(MashwaraUser user, long draftId, Selection selection, String body) {
        return Fixtures.as(user, () -> threads.start(new NewThread(draftId, 1, selection, body, false)));
    }

    private ThreadView resolve(MashwaraUser secretary, ThreadView thread, Resolution resolution, String reason) {
        return Fixtures.as(secretary, () -> threads.resolve(thread.id(), thread.version(), resolution, reason));
    }

    private static Selection quote(String text, String exact) {
        var start = text.indexOf(exact);
        return new Selection(start, start + exact.length(), exact, null, null, null);
    }

    private DraftStatus act(MashwaraUser user, long draftId, String action) {
        return act(user, draftId, action, Map.of());
    }

    private DraftStatus act(MashwaraUser user, long draftId, String action, Map<String, String> details) {
        return Fixtures.as(user, () -> routing.act(draftId, action,
                new ActionRequest(routing.routing(draftId).draftVersion(), null, details)).status());
    }
}
