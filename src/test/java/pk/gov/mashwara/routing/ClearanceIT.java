package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.record.RecordService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.domain.Clearance;
import pk.gov.mashwara.routing.domain.ClearanceRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/**
 * The focal person's clearance through the routing service on the real database: a PTA draft walked from
 * submission through review and consolidation to clearance, cleared into "input issued" with its stamp, audited
 * and printed in the review record; who may not clear, and what is refused.
 */
@SpringBootTest
@Import(Fixtures.class)
class ClearanceIT {

    static final String NOTE = "The NSMCWG conveys its input on the grievance rules, point by point.";
    static final String HTML = "<h2>Points accepted</h2><ol><li>The working group accepts the grievance officer "
            + "requirement.</li><li>سات دن کی مدت برقرار رکھی جائے۔</li><li>The notice period should be "
            + "<strong>fourteen</strong> days.</li></ol>";
    /** What the clearance keeps and hashes: the input document's final text. */
    static final String INPUT = NOTE + "\n\n" + HTML;

    @Autowired
    Fixtures fixtures;
    @Autowired
    RoutingService routing;
    @Autowired
    ClearanceService clearances;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions threads;
    @Autowired
    RecordService records;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clearances clearanceRecorder;
    @Autowired
    DraftService drafts;
    @Autowired
    InputService inputs;
    @Autowired
    PlatformTransactionManager transactions;
    @PersistenceContext
    EntityManager entityManager;

    record Walk(MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary,
            MashwaraUser focal, long draftId) {
    }

    /** A PTA draft put up, submitted, reviewed (one thread, accepted), consolidated and sent for clearance. */
    Walk inClearance() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        var draft = fixtures.draft(drafter, Fixtures.unique("Social media grievance rules"));
        long id = draft.id();
        act(drafter, id, "put-up", null);
        act(officer, id, "submit", null);
        // setting the review window opens the review (open-review) as the secretary
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plusSeconds(3600)));
        assertThat(status(secretary, id)).isEqualTo(DraftStatus.UNDER_REVIEW);
        var thread = Fixtures.as(member, () -> threads.start(new NewThread(id, 1, null,
                "Fourteen days' notice would be fairer.", false)));
        // closing the review closes comments at once, before the deadline
        act(secretary, id, "close-review", null);
        assertThatThrownBy(() -> act(secretary, id, "send-for-clearance", null)).as("a thread is still open")
                .hasFieldOrPropertyWithValue("messageKey", "error.routing.blocked");
        Fixtures.as(secretary, () -> threads.resolve(thread.id(), thread.version(), Resolution.ACCEPTED, null));
        assertThatThrownBy(() -> act(secretary, id, "send-for-clearance", null)).as("the input is not composed")
                .hasFieldOrPropertyWithValue("messageKey", "error.routing.blocked")
                .hasMessageContaining("input must be composed");
        Fixtures.as(secretary, () -> inputs.save(id, 0, NOTE, HTML));
        act(secretary, id, "send-for-clearance", null);
        assertThat(status(focal, id)).isEqualTo(DraftStatus.CLEARANCE);
        return new Walk(drafter, officer, member, secretary, focal, id);
    }

    @Test
    void the_focal_person_clears_the_input_which_is_issued_with_its_stamp_audited_and_in_the_record()
            throws IOException {
        var w = inClearance();
        assertThat(Fixtures.as(w.drafter(), () -> clearances.clearance(w.draftId()))).isEmpty();
        var clear = Fixtures.as(w.focal(), () -> routing.routing(w.draftId())).actions().stream()
                .filter(a -> a.name().equals("clear")).findFirst().orElseThrow();
        assertThat(clear.possibleNow()).isTrue();

        var moved = act(w.focal(), w.draftId(), "clear", null);

        assertThat(moved.status()).isEqualTo(DraftStatus.INPUT_ISSUED);
        var stamp = Fixtures.as(w.drafter(), () -> clearances.clearance(w.draftId())).orElseThrow();
        assertThat(stamp.input()).isEqualTo(INPUT);
        assertThat(stamp.versionNumber()).isEqualTo(1);
        assertThat(stamp.versionSha256()).isEqualTo(moved.latest().sha256());
        assertThat(stamp.signer()).isEqualTo(w.focal().getUsername());
        assertThat(stamp.signerName()).isEqualTo(w.focal().displayName());
        assertThat(stamp.hash()).matches("[0-9a-f]{64}").isEqualTo(ClearanceHash.of(w.draftId(), 1,
                stamp.versionSha256(), INPUT, stamp.signer(), stamp.signerName(), stamp.signedAt()));
        assertThat(stamp.intact()).isTrue();
        assertThat(stamp.ofLatestVersion()).isTrue();
        var verification = Fixtures.as(w.member(), () -> clearances.verify(w.draftId()));
        assertThat(verification.intact()).isTrue();
        assertThat(verification.computedHash()).isEqualTo(stamp.hash());

        var history = Fixtures.as(w.officer(), () -> routing.routing(w.draftId())).history();
        assertThat(history.getLast().action()).isEqualTo("clear");
        assertThat(history.getLast().details()).as("the step names the clearance; the input is kept in it")
                .isEqualTo(Map.of("clearance", stamp.hash()));

        // the committee takes the input up: the clearance guard holds now
        var takeUp = Fixtures.as(w.officer(), () -> routing.routing(w.draftId())).actions().stream()
                .filter(a -> a.name().equals("take-up-input")).findFirst().orElseThrow();
        assertThat(takeUp.blockedBy()).isEmpty();
        assertThat(act(w.officer(), w.draftId(), "take-up-input", null).status())
                .isEqualTo(DraftStatus.COMMITTEE_RESPONSE);

        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(w.focal().getUsername(), AuditAction.CLEARANCE_RECORDED, "DRAFT",
                Long.toString(w.draftId()), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 1);
        assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 1)).getFirst().detail())
                .contains("version 1", stamp.versionSha256(), stamp.hash());

        var pdf = Fixtures.as(w.member(), () -> records.export(w.draftId()));
        try (var document = Loader.loadPDF(pdf.content())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Clearance", "Cleared by " + w.focal().displayName(), "SHA-256 "
                    + stamp.hash().substring(0, 12), stamp.versionSha256(), stamp.hash(), "Version 1",
                    "Intact", NOTE, "The working group accepts the grievance officer requirement.",
                    "The notice period should be fourteen days.");
            assertThat(text).as("the record prints the words, not the markup").doesNotContain("<li>", "<strong>");
            assertThat(text).doesNotContain("Not cleared yet", "Earlier clearances");
            // the last page, with the clearance, for a look at it (kept under target/screenshots)
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 110), "png",
                    Path.of("target", "screenshots", "record-clearance.png").toFile());
        }

        // a later version: the stamp says the clearance is of an earlier one
        fixtures.textVersion(w.drafter(), w.draftId(), "Version 2 with fourteen days' notice.");
        var afterRevision = Fixtures.as(w.officer(), () -> clearances.clearance(w.draftId())).orElseThrow();
        assertThat(afterRevision.ofLatestVersion()).isFalse();
        assertThat(afterRevision.intact()).isTrue();
        // cleared again (as the clear action does once a revision has come back for clearance): a new row counts
        var second = Fixtures.as(w.focal(), () -> new TransactionTemplate(transactions)
                .execute(status -> clearanceRecorder.record(drafts.get(w.draftId()), w.focal(), "Cleared again.")));
        var latest = Fixtures.as(w.drafter(), () -> clearances.clearance(w.draftId())).orElseThrow();
        assertThat(latest.id()).isEqualTo(second.id()).isNotEqualTo(stamp.id());
        assertThat(latest.versionNumber()).isEqualTo(2);
        assertThat(latest.ofLatestVersion()).isTrue();
        assertThat(latest.input()).isEqualTo("Cleared again.");
        assertThat(Fixtures.as(w.drafter(), () -> clearances.history(w.draftId()))).extracting(ClearanceStamp::hash)
                .containsExactly(stamp.hash(), latest.hash());
        var again = Fixtures.as(w.drafter(), () -> records.export(w.draftId()));
        try (var document = Loader.loadPDF(again.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Cleared again.", "Version 2",
                    "Earlier clearances", stamp.hash());
        }
    }

    @Test
    void only_the_focal_person_clears_and_only_the_input_document() throws IOException {
        var w = inClearance();
        for (var other : new MashwaraUser[] { w.secretary(), w.member(), w.officer(), w.drafter() }) {
            assertThatThrownBy(() -> act(other, w.draftId(), "clear", null)).as(other.getUsername())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(status(w.focal(), w.draftId())).isEqualTo(DraftStatus.CLEARANCE);
        assertThat(Fixtures.as(w.focal(), () -> clearances.history(w.draftId()))).isEmpty();
        assertThatThrownBy(() -> Fixtures.as(w.focal(), () -> clearances.verify(w.draftId())))
                .isInstanceOf(NotFoundException.class).hasFieldOrPropertyWithValue("messageKey", "error.clearance.none");
        var pdf = Fixtures.as(w.secretary(), () -> records.export(w.draftId()));
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Clearance", "Not cleared yet");
        }

        // the focal person edits the document to its longest; free text sent with the action is not what is cleared
        var longest = "<p>" + "ر".repeat(pk.gov.mashwara.routing.domain.InputRevision.MAX_BODY - 7) + "</p>";
        var note = "ن".repeat(pk.gov.mashwara.routing.domain.InputRevision.MAX_NOTE);
        Fixtures.as(w.focal(), () -> inputs.save(w.draftId(), 1, note, longest));
        act(w.focal(), w.draftId(), "clear", "The working group has no objection.");
        var cleared = Fixtures.as(w.officer(), () -> clearances.clearance(w.draftId())).orElseThrow();
        assertThat(cleared.input()).isEqualTo(note + "\n\n" + longest).hasSizeLessThanOrEqualTo(Clearance.MAX_INPUT);
        assertThat(Fixtures.as(w.officer(), () -> clearances.verify(w.draftId())).intact()).isTrue();
    }

    @Test
    void a_draft_one_may_not_see_has_no_clearance_to_show() {
        var w = inClearance();
        act(w.focal(), w.draftId(), "clear", null);
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> clearances.clearance(w.draftId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> clearances.verify(w.draftId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void no_code_path_changes_a_clearance_and_a_change_behind_the_portals_back_is_detected() throws Exception {
        var w = inClearance();
        act(w.focal(), w.draftId(), "clear", null);
        var stamp = Fixtures.as(w.focal(), () -> clearances.clearance(w.draftId())).orElseThrow();
        long id = stamp.id();

        // the repository offers saving and finding, nothing that changes or removes
        assertThat(ClearanceRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(ClearanceRepository.class.getMethods()).map(Method::getName))
                .isNotEmpty().allMatch(name -> name.equals("save") || name.startsWith("find"));

        var tx = new TransactionTemplate(transactions);
        // a managed clearance changed in memory: Hibernate writes nothing of it
        tx.executeWithoutResult(status -> {
            var managed = entityManager.find(Clearance.class, id);
            set(managed, "input", "Changed in memory");
            entityManager.flush();
        });
        // a detached copy, changed (hash included, so that it would verify) and merged back
        var detached = tx.execute(status -> {
            var found = entityManager.find(Clearance.class, id);
            entityManager.detach(found);
            return found;
        });
        set(detached, "input", "Changed by a merge");
        set(detached, "hash", ClearanceHash.of(w.draftId(), 1, stamp.versionSha256(), "Changed by a merge",
                stamp.signer(), stamp.signerName(), stamp.signedAt()));
        tx.executeWithoutResult(status -> {
            entityManager.merge(detached);
            entityManager.flush();
        });
        // a bulk update in JPQL is refused for an immutable entity
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> entityManager
                .createQuery("update Clearance c set c.input = :input where c.id = :id")
                .setParameter("input", "Changed by a query").setParameter("id", id).executeUpdate()))
                .hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("SELECT input FROM clearance WHERE id = ?", String.class, id)).isEqualTo(INPUT);
        assertThat(jdbc.queryForObject("SELECT hash FROM clearance WHERE id = ?", String.class, id))
                .isEqualTo(stamp.hash());
        assertThat(Fixtures.as(w.officer(), () -> clearances.verify(w.draftId())).intact()).isTrue();

        // changed in the database behind the portal's back: verification says so, and it no longer counts
        jdbc.update("UPDATE clearance SET input = ? WHERE id = ?", "The working group has no objection.", id);
        try {
            var verification = Fixtures.as(w.officer(), () -> clearances.verify(w.draftId()));
            assertThat(verification.intact()).isFalse();
            assertThat(verification.storedHash()).isEqualTo(stamp.hash());
            assertThat(verification.computedHash()).isNotEqualTo(stamp.hash());
            assertThat(Fixtures.as(w.officer(), () -> clearances.clearance(w.draftId())).orElseThrow().intact())
                    .isFalse();
            var takeUp = Fixtures.as(w.officer(), () -> routing.routing(w.draftId())).actions().stream()
                    .filter(a -> a.name().equals("take-up-input")).findFirst().orElseThrow();
            assertThat(takeUp.blockedBy()).containsExactly("guard.CLEARANCE_RECORDED");
            var pdf = Fixtures.as(w.officer(), () -> records.export(w.draftId()));
            try (var document = Loader.loadPDF(pdf.content())) {
                assertThat(new PDFTextStripper().getText(document)).contains("TAMPERED");
            }
        } finally {
            jdbc.update("UPDATE clearance SET input = ? WHERE id = ?", INPUT, id);
        }
        assertThat(Fixtures.as(w.officer(), () -> clearances.verify(w.draftId())).intact()).isTrue();
    }

    private static void set(Object target, String field, Object value) {
        try {
            var f = Clearance.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    pk.gov.mashwara.draft.DraftDetails act(MashwaraUser user, long draftId, String action, String input) {
        return Fixtures.as(user, () -> {
            var version = routing.routing(draftId).draftVersion();
            var details = input == null ? Map.<String, String>of() : Map.of("input", input);
            return routing.act(draftId, action, new ActionRequest(version, null, details));
        });
    }

    DraftStatus status(MashwaraUser user, long draftId) {
        return Fixtures.as(user, () -> routing.routing(draftId)).status();
    }
}
