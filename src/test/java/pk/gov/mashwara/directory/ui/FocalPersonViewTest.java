package pk.gov.mashwara.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/** The focal person's page: history for everyone, nominations and their steps for the NSMCWG. */
class FocalPersonViewTest extends UiTest {

    @Autowired
    FocalPersonService focal;

    @Test
    void a_member_nominates_another_supports_and_the_secretary_is_offered_consensus() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        signIn(member);
        var view = navigate(FocalPersonView.class);
        assertThat(view.nominate.isVisible()).isTrue();
        test(view.nominate).click();
        var dialog = find(FocalPersonView.NominateDialog.class).single();
        // nobody chosen: refused under the field
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.nominee.isInvalid()).isTrue();
        dialog.nominee.setValue(focal.candidates().stream().filter(u -> u.id() == nominee.id()).findFirst().orElseThrow());
        test(dialog.note).setValue("Knows the platforms' teams.");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.current.nomineeName()).isEqualTo(nominee.displayName());
        // the nominator may support, not record consensus
        assertThat(view.support.isVisible()).isTrue();
        assertThat(view.consensus.isVisible()).isFalse();
        test(view.support).click();
        var opinion = find(FocalPersonView.OpinionDialog.class).single();
        test(opinion.saveButton()).click();
        assertThat(view.current.supporting()).isEqualTo(1);

        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        signIn(secretary);
        var secretaryView = navigate(FocalPersonView.class);
        var id = view.current.id();
        secretaryView.show(Fixtures.as(secretary, () -> focal.nomination(id)));
        assertThat(secretaryView.consensus.isVisible()).isTrue();
        assertThat(secretaryView.support.isVisible()).isTrue();
        assertThat(secretaryView.approval.isVisible()).isFalse();
    }

    @Test
    void the_nominee_withdraws_from_the_page_and_the_nomination_shows_closed() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var id = Fixtures.as(member, () -> focal.nominate(nominee.id(), "Knows the platforms."));
        var other = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        signIn(other);
        var otherView = navigate(FocalPersonView.class);
        otherView.show(Fixtures.as(other, () -> focal.nomination(id)));
        assertThat(otherView.withdraw.isVisible()).as("only the nominator or the nominee").isFalse();

        signIn(nominee);
        var view = navigate(FocalPersonView.class);
        view.show(Fixtures.as(nominee, () -> focal.nomination(id)));
        assertThat(view.withdraw.isVisible()).isTrue();
        test(view.withdraw).click();
        var dialog = find(WithdrawNominationDialog.class).single();
        // no reason: refused under the field, nothing lost
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        test(dialog.reason).setValue("Posted abroad.");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();

        view.show(Fixtures.as(nominee, () -> focal.nomination(id)));
        assertThat(view.current.status()).isEqualTo(pk.gov.mashwara.directory.NominationStatus.WITHDRAWN);
        assertThat(view.withdraw.isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("nomination-withdrawn").single()
                .getText()).contains(nominee.displayName()).contains("Posted abroad.");
    }

    @Test
    void the_secretary_records_that_the_pm_did_not_approve() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        var id = Fixtures.as(member, () -> focal.nominate(nominee.id(), "A name for the PM."));
        try {
            Fixtures.as(member, () -> focal.opinion(id, true, null));
            Fixtures.as(secretary, () -> focal.consensus(id, "Agreed", focal(secretary, id).version()));
            Fixtures.as(secretary, () -> focal.recommendation(id, "NSMCWG/FP/3", today, focal(secretary, id).version()));
            signIn(secretary);
            var view = navigate(FocalPersonView.class);
            view.show(focal(secretary, id));
            assertThat(view.approval.isVisible()).isTrue();
            assertThat(view.notApproved.isVisible()).isTrue();
            test(view.notApproved).click();
            var dialog = find(FocalPersonView.LetterDialog.class).single();
            test(dialog.reference).setValue("PMO/FP/2026-N");
            dialog.date.setValue(today);
            test(dialog.saveButton()).click();
            assertThat(dialog.isOpened()).isFalse();
            view.show(focal(secretary, id));
            assertThat(view.current.status()).isEqualTo(pk.gov.mashwara.directory.NominationStatus.NOT_APPROVED);
            assertThat(view.approval.isVisible()).isFalse();
            assertThat(view.notApproved.isVisible()).isFalse();
            assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("nomination-answer").single()
                    .getText()).startsWith("Not approved by the PM").contains("PMO/FP/2026-N");
        } finally {
            if (!focal(secretary, id).status().closed()) {
                Fixtures.as(member, () -> focal.withdraw(id, "Test cleanup.", focal(member, id).version()));
            }
        }
        assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
    }

    private pk.gov.mashwara.directory.NominationDetails focal(pk.gov.mashwara.security.MashwaraUser user, long id) {
        return Fixtures.as(user, () -> focal.nomination(id));
    }

    @Test
    void outside_the_nsmcwg_only_the_history_is_shown() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        var view = navigate(FocalPersonView.class);
        assertThat(view.nominate.isVisible()).isFalse();
        assertThat(view.nominations.getParent()).isEmpty();
        assertThat(view.history.getParent()).isPresent();
    }
}
