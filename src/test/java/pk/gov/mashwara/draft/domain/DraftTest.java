package pk.gov.mashwara.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static pk.gov.mashwara.draft.domain.DraftTestUtils.CREATED_AT;
import static pk.gov.mashwara.draft.domain.DraftTestUtils.DIARY_NUMBER;
import static pk.gov.mashwara.draft.domain.DraftTestUtils.DRAFTER;
import static pk.gov.mashwara.draft.domain.DraftTestUtils.OFFICER;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.UserFacingException;

class DraftTest {

    private static final Instant LATER = Instant.parse("2026-03-05T10:00:00Z");

    @Nested
    class Creation {

        @Test
        void a_new_draft_is_in_state_draft_without_versions_and_with_its_metadata_stripped() {
            var draft = new Draft("  Online Safety Rules  ", 3, DraftKind.POLICY, " Rules of Business 1973 ", true,
                    Classification.RESTRICTED, DRAFTER, CREATED_AT);

            assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
            assertThat(draft.getVersions()).isEmpty();
            assertThat(draft.getTitle()).isEqualTo("Online Safety Rules");
            assertThat(draft.getLegalBasis()).isEqualTo("Rules of Business 1973");
            assertThat(draft.hasFinancialImplications()).isTrue();
            assertThat(draft.getClassification()).isEqualTo(Classification.RESTRICTED);
            assertThat(draft.getCreatedAt()).isEqualTo(CREATED_AT).isEqualTo(draft.getUpdatedAt());
            assertThat(draft.isSubmitted()).isFalse();
            assertThat(draft.getDiaryNumber()).isNull();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = { "   ", "\t\n" })
        void a_title_is_required(String title) {
            assertThatThrownBy(() -> draftTitled(title)).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.title");
        }

        @Test
        void a_title_of_at_most_300_characters_is_accepted_and_a_longer_one_refused() {
            assertThat(draftTitled("t".repeat(Draft.MAX_TITLE)).getTitle()).hasSize(300);
            assertThatThrownBy(() -> draftTitled("t".repeat(Draft.MAX_TITLE + 1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("300")
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.title.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Rules\u0000", "Rules\u0007 on bells", "\u001b[31mRed rules", "Two\nlines",
                "Tab\tbed", "Next\u0085line", "Delete\u007f" })
        void a_title_with_control_characters_is_refused_in_words(String title) {
            assertThatThrownBy(() -> draftTitled(title)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("control characters")
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.title.control");
        }

        @Test
        void a_title_in_urdu_with_its_own_marks_is_accepted() {
            var title = "سوشل میڈیا قواعد\u200C ۲۰۲۶ (ترمیم شدہ)";
            assertThat(draftTitled(title).getTitle()).isEqualTo(title);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void a_legal_basis_is_required(String legalBasis) {
            assertThatThrownBy(() -> new Draft("Title", 1, DraftKind.POLICY, legalBasis, false,
                    Classification.UNCLASSIFIED, DRAFTER, CREATED_AT))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.legalBasis");
        }

        @Test
        void a_legal_basis_longer_than_1000_characters_is_refused() {
            assertThatThrownBy(() -> new Draft("Title", 1, DraftKind.POLICY, "b".repeat(Draft.MAX_LEGAL_BASIS + 1),
                    false, Classification.UNCLASSIFIED, DRAFTER, CREATED_AT))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.draft.legalBasis.tooLong");
        }

        @Test
        void kind_and_classification_are_required() {
            assertThatThrownBy(() -> new Draft("Title", 1, null, "Basis", false, Classification.UNCLASSIFIED,
                    DRAFTER, CREATED_AT)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> new Draft("Title", 1, DraftKind.POLICY, "Basis", false, null, DRAFTER,
                    CREATED_AT)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void announcing_creation_registers_draft_created_with_the_id() {
            var draft = DraftTestUtils.newDraft();

            draft.announceCreated();

            assertThat(draft.events()).singleElement().isEqualTo(new DraftCreated(draft.getId(),
                    DraftTestUtils.COMMITTEE, draft.getTitle(), DRAFTER, CREATED_AT));
        }

        private static Draft draftTitled(String title) {
            return new Draft(title, 1, DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED,
                    DRAFTER, CREATED_AT);
        }
    }

    @Nested
    class Versions {

        @Test
        void versions_are_numbered_1_2_3_and_listed_newest_first() {
            var draft = DraftTestUtils.newDraft();

            var numbers = new int[] { DraftTestUtils.addVersion(draft, 1).getNumber(),
                    DraftTestUtils.addVersion(draft, 2).getNumber(), DraftTestUtils.addVersion(draft, 3).getNumber() };

            assertThat(numbers).containsExactly(1, 2, 3);
            assertThat(draft.getVersions()).extracting(DraftVersion::getNumber).containsExactly(3, 2, 1);
            assertThat(draft.getVersions().getFirst().getFileName()).isEqualTo("draft-v3.pdf");
        }

        @Test
        void a_version_records_its_file_and_moves_the_update_time() {
            var draft = DraftTestUtils.newDraft();

            var version = draft.addVersion("rules.pdf", "application/pdf", 1234, "ab".repeat(32), DRAFTER, LATER);

            assertThat(version.toInfo()).satisfies(info -> {
                assertThat(info.number()).isEqualTo(1);
                assertThat(info.fileName()).isEqualTo("rules.pdf");
                assertThat(info.mediaType()).isEqualTo("application/pdf");
                assertThat(info.sizeBytes()).isEqualTo(1234);
                assertThat(info.sha256()).isEqualTo("ab".repeat(32));
                assertThat(info.uploadedBy()).isEqualTo(DRAFTER);
                assertThat(info.uploadedAt()).isEqualTo(LATER);
            });
            assertThat(draft.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void announcing_a_version_registers_version_uploaded() {
            var draft = DraftTestUtils.draftWithVersions(1);
            var second = DraftTestUtils.addVersion(draft, 2);

            draft.announceVersion(second);

            assertThat(draft.events()).singleElement().isEqualTo(new VersionUploaded(draft.getId(), 2,
                    second.getSha256(), "application/pdf", second.getSizeBytes(), "draft-v2.pdf", DRAFTER,
                    second.getUploadedAt()));
        }

        @Test
        void a_returned_draft_accepts_the_next_version() {
            var draft = DraftTestUtils.returnedToDrafter();

            assertThat(DraftTestUtils.addVersion(draft, 2).getNumber()).isEqualTo(2);
        }

        @ParameterizedTest
        @EnumSource(names = { "COMMITTEE_APPROVAL", "SUBMITTED" })
        void no_version_is_accepted_while_the_draft_is_with_the_officer_or_the_nsmcwg(DraftStatus status) {
            var draft = DraftTestUtils.in(status);
            var before = draft.getUpdatedAt();

            assertThatThrownBy(() -> DraftTestUtils.addVersion(draft, 9)).isInstanceOf(ConflictException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("error.draft.noNewVersionInState");
            assertThat(draft.getVersions()).extracting(DraftVersion::getNumber).containsExactly(1);
            assertThat(draft.getUpdatedAt()).isEqualTo(before);
        }

        @Test
        void whether_a_version_is_welcome_can_be_asked_before_the_upload_is_stored() {
            DraftTestUtils.in(DraftStatus.DRAFT).requireAcceptsNewVersion();
            DraftTestUtils.returnedToDrafter().requireAcceptsNewVersion();

            assertThatThrownBy(() -> DraftTestUtils.submitted().requireAcceptsNewVersion())
                    .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be uploaded");
        }

        @Test
        void only_the_committee_s_own_states_and_the_consultations_accept_new_versions() {
            var accepting = EnumSet.noneOf(DraftStatus.class);
            for (var status : DraftStatus.values()) {
                if (status.acceptsNewVersions()) {
                    accepting.add(status);
                }
            }
            // in consultations: the version carrying the Cabinet's modifications, or one the vetting must see again
            assertThat(accepting).containsExactlyInAnyOrder(DraftStatus.DRAFT, DraftStatus.RETURNED_FOR_REVISION,
                    DraftStatus.COMMITTEE_RESPONSE, DraftStatus.CONSULTATIONS);
        }
    }

    /**
     * Which moves exist, and who takes them, is the routing rules' business; the draft checks that it is in a
     * state the move starts from, and records the move.
     */
    @Nested
    class Routing {

        @Test
        void a_move_changes_the_state_records_the_note_and_registers_the_change() {
            var draft = DraftTestUtils.awaitingApproval();

            draft.transition(Set.of(DraftStatus.COMMITTEE_APPROVAL), DraftStatus.DRAFT, OFFICER,
                    "Cite the enabling section", LATER);

            assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
            assertThat(draft.getStatusNote()).isEqualTo("Cite the enabling section");
            assertThat(draft.getUpdatedAt()).isEqualTo(LATER);
            assertThat(draft.events()).singleElement().isEqualTo(new DraftStatusChanged(draft.getId(),
                    DraftStatus.COMMITTEE_APPROVAL, DraftStatus.DRAFT, OFFICER, "Cite the enabling section", LATER));
        }

        @Test
        void a_move_to_the_same_state_records_the_note_but_is_no_change_of_state() {
            var draft = DraftTestUtils.submitted();

            draft.transition(Set.of(DraftStatus.SUBMITTED), DraftStatus.SUBMITTED, OFFICER, "Received in the registry",
                    LATER);

            assertThat(draft.getStatus()).isEqualTo(DraftStatus.SUBMITTED);
            assertThat(draft.getStatusNote()).isEqualTo("Received in the registry");
            assertThat(draft.events()).isEmpty();
        }

        @Test
        void a_move_from_a_state_it_does_not_start_from_is_refused_and_changes_nothing() {
            var draft = DraftTestUtils.submitted();
            var before = draft.getUpdatedAt();

            // e.g. "submit" (from COMMITTEE_APPROVAL) on a draft someone else submitted a moment ago
            assertThatThrownBy(() -> draft.transition(Set.of(DraftStatus.COMMITTEE_APPROVAL), DraftStatus.SUBMITTED,
                    OFFICER, null, LATER)).isInstanceOf(ConflictException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.illegalTransition");
            assertThat(draft.getStatus()).isEqualTo(DraftStatus.SUBMITTED);
            assertThat(draft.getUpdatedAt()).isEqualTo(before);
            assertThat(draft.events()).isEmpty();
        }

        @Test
        void every_state_a_move_does_not_name_refuses_it() {
            for (var status : EnumSet.of(DraftStatus.DRAFT, DraftStatus.COMMITTEE_APPROVAL, DraftStatus.SUBMITTED)) {
                var draft = DraftTestUtils.in(status);
                var from = EnumSet.complementOf(EnumSet.of(status));
                assertThatThrownBy(() -> draft.transition(from, DraftStatus.CLOSED, OFFICER, null, LATER))
                        .as("from %s", status).isInstanceOf(ConflictException.class);
                assertThat(draft.getStatus()).isEqualTo(status);
            }
        }

        @Test
        void a_draft_goes_up_for_approval_only_with_a_file() {
            var draft = DraftTestUtils.newDraft();

            assertThatThrownBy(() -> draft.transition(Set.of(DraftStatus.DRAFT), DraftStatus.COMMITTEE_APPROVAL,
                    DRAFTER, null, LATER)).isInstanceOf(ConflictException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.noVersion");
            assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
        }

        @Test
        void a_move_along_the_rule_from_any_of_its_states_is_taken() {
            var draft = DraftTestUtils.returnedToDrafter();

            draft.transition(Set.of(DraftStatus.DRAFT, DraftStatus.RETURNED_FOR_REVISION), DraftStatus.COMMITTEE_APPROVAL,
                    DRAFTER, null, LATER);

            assertThat(draft.getStatus()).isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
            assertThat(draft.events()).singleElement().extracting(e -> ((DraftStatusChanged) e).from())
                    .isEqualTo(DraftStatus.DRAFT);
        }

        @Test
        void a_draft_without_a_version_has_nothing_to_put_up() {
            var draft = DraftTestUtils.newDraft();

            assertThatThrownBy(draft::requireVersions).isInstanceOf(ConflictException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.draft.noVersion");
            DraftTestUtils.addVersion(draft, 1);
            draft.requireVersions();
        }

        @Test
        void the_diary_number_and_first_submission_are_kept_when_a_draft_comes_back_after_revision() {
            var draft = DraftTestUtils.submitted();
            var first = draft.getSubmittedAt();

            draft.assignDiaryNumber("NSMCWG/2026/9999", LATER);

            assertThat(draft.getDiaryNumber()).isEqualTo(DIARY_NUMBER);
            assertThat(draft.getSubmittedAt()).isEqualTo(first);
            assertThat(draft.isSubmitted()).isTrue();
        }
    }

    @Test
    void the_test_data_builder_reaches_each_state_through_real_transitions() {
        assertThat(DraftTestUtils.in(DraftStatus.DRAFT).getStatus()).isEqualTo(DraftStatus.DRAFT);
        assertThat(DraftTestUtils.in(DraftStatus.COMMITTEE_APPROVAL).getStatus())
                .isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
        assertThat(DraftTestUtils.in(DraftStatus.SUBMITTED).getDiaryNumber()).isEqualTo(DIARY_NUMBER);
        assertThat(DraftTestUtils.returnedToDrafter().getStatusNote()).isNotBlank();
        assertThatThrownBy(() -> DraftTestUtils.in(DraftStatus.CLEARANCE)).isInstanceOf(IllegalArgumentException.class);
    }
}
