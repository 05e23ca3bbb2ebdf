package pk.gov.mashwara.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.record.redline.RedlineService;
import pk.gov.mashwara.review.DraftTexts;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/** Redlines through the real services: who may have them, what they hold, that they are audited and bounded. */
@SpringBootTest
@Import(Fixtures.class)
class RedlineIT {

    static final String V1 = "1. A platform shall register within ninety days.\n\n2. The Authority may charge a fee.\n";
    static final String V2 = "1. A platform shall register within sixty days.\n\n2. The Authority may charge a fee.\n\n"
            + "3. A foreign platform shall appoint a representative.\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    RedlineService redlines;
    @Autowired
    AuditLog audit;
    @Autowired
    pk.gov.mashwara.draft.DraftService drafts;
    @Autowired
    pk.gov.mashwara.text.VersionTexts versionTexts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;

    @Test
    void whoever_sees_both_versions_has_the_redline_and_every_export_is_audited() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = texts().draft(drafter, V1, V2);

        var docx = Fixtures.as(drafter, () -> redlines.docx(id, 1, 2));
        assertThat(docx.fileName()).isEqualTo("draft-" + id + "-redline-v1-v2.docx");
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            var paragraphs = document.getParagraphs();
            var last = paragraphs.getLast().getCTP();
            assertThat(last.getInsArray()).hasSize(1);
            assertThat(last.getInsArray(0).getAuthor()).contains("Drafter (PTA)");
            var first = paragraphs.get(paragraphs.size() - 3).getCTP();
            assertThat(first.getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("ninety");
            assertThat(first.getInsArray(0).getRArray(0).getTArray(0).getStringValue()).isEqualTo("sixty");
        }
        var pdf = Fixtures.as(drafter, () -> redlines.pdf(id, 2, 1));
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Version 2 compared with version 1",
                    "Page 1 of " + document.getNumberOfPages(), "UNCLASSIFIED", "No diary number");
        }

        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(drafter.getUsername(), AuditAction.REDLINE_EXPORTED, "DRAFT", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 2);
        assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 5))).extracting(e -> e.detail())
                .anyMatch(d -> d.startsWith("redline of v1 against v2 (docx)") && d.contains("sha256 " + RecordIT.sha256(docx.content())))
                .anyMatch(d -> d.startsWith("redline of v2 against v1 (pdf)"));
    }

    @Test
    void a_draft_the_user_may_not_see_has_no_redline_and_bad_versions_are_refused() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var id = texts().draft(drafter, V1, V2);
        for (var outsider : new MashwaraUser[] { fixtures.user("NSMCWG", Role.NSMCWG_MEMBER),
                fixtures.user("PTA", Role.COMMITTEE_OFFICER), fixtures.user(null, Role.ADMIN) }) {
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> redlines.docx(id, 1, 2))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> redlines.pdf(id, 1, 2))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixtures.anonymously(() -> redlines.docx(id, 1, 2)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> redlines.docx(id, 1, 1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> redlines.pdf(id, 1, 9))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void huge_unrelated_versions_give_a_bounded_redline_that_says_where_it_stops() throws Exception {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var random = new Random(6);
        var id = texts().draft(drafter, words(random, 120_000), words(random, 120_000));

        var redline = Fixtures.as(drafter, () -> redlines.redline(id, 1, 2));
        var characters = redline.paragraphs().stream().flatMap(p -> p.pieces().stream()).mapToLong(p -> p.text().length()).sum();
        assertThat(characters).isLessThanOrEqualTo(RedlineService.MAX_CHARACTERS);
        assertThat(redline.notes()).anyMatch(n -> n.startsWith("This redline stops at paragraph"));
        var docx = Fixtures.as(drafter, () -> redlines.docx(id, 1, 2));
        assertThat(docx.content().length).isLessThan(4_000_000);
    }

    private DraftTexts texts() {
        return new DraftTexts(drafts, versionTexts, extraction);
    }

    private static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            for (int k = 0, n = 3 + random.nextInt(6); k < n; k++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(i % 60 == 59 ? "\n\n" : " ");
        }
        return text.toString();
    }
}
