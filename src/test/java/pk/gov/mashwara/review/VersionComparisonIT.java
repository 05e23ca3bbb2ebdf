package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.Comparison.Segment;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ReaderService;

/** The comparison through the real services: texts as extracted, visibility as the draft service decides it. */
@SpringBootTest
@Import(Fixtures.class)
class VersionComparisonIT {

    static final String V1 = "1. A platform shall register within ninety days.\n\n2. The Authority may charge a fee.\n\n"
            + "3. These rules come into force at once.\n";
    static final String V2 = "1. A platform shall register within sixty days.\n\n2. The Authority may charge a fee.\n\n"
            + "2A. A foreign platform shall appoint a representative.\n\n3. These rules come into force at once.\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    pk.gov.mashwara.draft.DraftService drafts;
    @Autowired
    pk.gov.mashwara.text.VersionTexts versionTexts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;
    DraftTexts texts;
    @Autowired
    VersionComparison comparisons;
    @Autowired
    ReaderService reader;

    @org.junit.jupiter.api.BeforeEach
    void helpers() {
        texts = new DraftTexts(drafts, versionTexts, extraction);
    }

    @Test
    void the_committee_compares_two_versions_with_offsets_into_each_versions_text() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);

        var comparison = Fixtures.as(drafter, () -> comparisons.compare(id, 1, 2));
        assertThat(comparison.draftId()).isEqualTo(id);
        assertThat(comparison.from().versionNumber()).isEqualTo(1);
        assertThat(comparison.to().versionNumber()).isEqualTo(2);
        assertThat(comparison.rows()).extracting(Comparison.Row::kind).containsExactly(RowKind.CHANGED,
                RowKind.UNCHANGED, RowKind.ADDED, RowKind.UNCHANGED);
        assertThat(comparison.rows().getFirst().segments()).filteredOn(s -> s.change() != Change.SAME)
                .extracting(Segment::change, Segment::text)
                .containsExactly(tuple(Change.REMOVED, "ninety"), tuple(Change.ADDED, "sixty"));
        assertThat(comparison.counts()).isEqualTo(new Comparison.Counts(1, 0, 1, 2, 1 + 8, 1));
        assertThat(comparison.precision().full()).isTrue();

        var older = Fixtures.as(drafter, () -> reader.read(id, 1)).text();
        var newer = Fixtures.as(drafter, () -> reader.read(id, 2)).text();
        assertThat(comparison.rows()).allSatisfy(row -> {
            if (row.from() != null) {
                assertThat(older.substring(row.from().start(), row.from().end())).isEqualTo(row.from().text());
            }
            if (row.to() != null) {
                assertThat(newer.substring(row.to().start(), row.to().end())).isEqualTo(row.to().text());
            }
        });

        var backwards = Fixtures.as(drafter, () -> comparisons.compare(id, 2, 1));
        assertThat(backwards.rows()).extracting(Comparison.Row::kind).contains(RowKind.REMOVED);
        assertThat(Fixtures.as(drafter, () -> comparisons.versions(id)).versions())
                .extracting(s -> s.versionNumber()).containsExactly(2, 1);
    }

    @Test
    void whoever_may_not_see_the_draft_gets_not_found_and_nobody_compares_anonymously() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);
        var otherCommittee = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        assertThatThrownBy(() -> Fixtures.as(otherCommittee, () -> comparisons.compare(id, 1, 2)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("not visible to you");
        // not yet submitted to the NSMCWG: it does not exist for its members either
        assertThatThrownBy(() -> Fixtures.as(member, () -> comparisons.compare(id, 1, 2)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(otherCommittee, () -> comparisons.versions(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> comparisons.compare(id, 1, 2)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_same_version_twice_or_a_version_that_does_not_exist_is_refused_clearly() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);

        assertThatThrownBy(() -> Fixtures.as(drafter, () -> comparisons.compare(id, 2, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Choose two different versions: both are v2.");
                    assertThat(e.localizedMessage(Messages.URDU)).contains("v2").doesNotContain("error.compare");
                });
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> comparisons.compare(id, 1, 9)))
                .isInstanceOf(NotFoundException.class).hasMessage("Version 9 does not exist.");
    }

    @Test
    void a_version_without_text_is_named_with_where_its_extraction_stands() throws IOException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1);
        var scanned = texts.addVersion(drafter, id, "scan.pdf", blankPdf());
        assertThat(texts.awaitExtracted(id, scanned)).isEqualTo(ExtractionStatus.NO_TEXT);

        assertThatThrownBy(() -> Fixtures.as(drafter, () -> comparisons.compare(id, 1, scanned)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Version 2 has no text to compare (No text).");
                    assertThat(e.localizedMessage(Messages.URDU)).contains("2").doesNotContain("NO_TEXT");
                });
    }

    private static byte[] blankPdf() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
