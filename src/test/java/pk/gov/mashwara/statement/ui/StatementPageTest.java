package pk.gov.mashwara.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.statement.Channel;
import pk.gov.mashwara.statement.StatementForm;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.StatementStatus;
import pk.gov.mashwara.statement.Urgency;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/** A statement's page and the statements list, as each kind of user meets them. */
class StatementPageTest extends UiTest {

    @Autowired
    StatementService statements;

    private long propose(MashwaraUser by, String occasion) {
        return Fixtures.as(by, () -> statements.propose(new StatementForm("The government welcomes the step.", null,
                occasion, "Meta", Urgency.ROUTINE)));
    }

    private MashwaraUser spokesperson() {
        return fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
    }

    @Test
    void those_who_may_not_issue_see_no_issue_button() {
        var proposer = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = propose(proposer, Fixtures.unique("No button"));
        for (var user : new MashwaraUser[] { proposer, fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY),
                fixtures.user(null, Role.AUDITOR), fixtures.user("MOIT", Role.COMMITTEE_DRAFTER) }) {
            signIn(user);
            var page = navigate("statements/" + id, StatementPage.class);
            assertThat(page.shown).as(user.roles().toString()).isNotNull();
            assertThat(page.issue.isVisible()).as(user.roles().toString()).isFalse();
            assertThat(page.decline.isVisible()).isFalse();
            assertThat(page.edit.isVisible()).isFalse();
            assertThat(page.askViews.isVisible()).isFalse();
        }
    }

    @Test
    void an_outsider_is_told_the_statement_is_not_found() {
        var id = propose(fixtures.user("PTA", Role.COMMITTEE_DRAFTER), Fixtures.unique("Hidden"));
        signIn(fixtures.user("PEMRA", Role.COMMITTEE_OFFICER));
        var page = navigate("statements/" + id, StatementPage.class);
        assertThat(page.shown).isNull();
        assertThat(page.body.getElement().getTextRecursively()).contains("does not exist or is not visible to you");
        assertThat(page.issue.isVisible()).isFalse();
    }

    @Test
    void the_spokesperson_issues_from_the_dialog_and_the_page_shows_the_hashed_issue() {
        var id = propose(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER), Fixtures.unique("Issued from the page"));
        signIn(spokesperson());
        var page = navigate("statements/" + id, StatementPage.class);
        assertThat(page.issue.isVisible()).isTrue();
        test(page.issue).click();
        var dialog = find(IssueDialog.class).single();
        // no channel: refused inside the dialog, nothing issued
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.channel.isInvalid()).isTrue();
        dialog.channel.setValue(Channel.PRESS_CONFERENCE);
        test(dialog.finalText).setValue("The government welcomes Meta's step, as said at today's press conference.");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.shown.status()).isEqualTo(StatementStatus.ISSUED);
        assertThat(page.shown.issue().intact()).isTrue();
        assertThat(page.issue.isVisible()).isFalse();
        assertThat(page.body.getElement().getTextRecursively()).contains("SHA-256 " + page.shown.issue().hash());
    }

    @Test
    void a_member_proposes_from_the_list_and_the_register_shows_issued_statements_to_everyone() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        signIn(member);
        var list = navigate(StatementsView.class);
        assertThat(list.propose.isVisible()).isTrue();
        test(list.propose).click();
        var dialog = find(StatementDialog.class).single();
        var occasion = Fixtures.unique("Proposed from the page");
        test(dialog.occasion).setValue(occasion);
        test(dialog.company).setValue("Telegram");
        test(dialog.textUr).setValue("حکومت ٹیلی گرام کے اقدام کا خیرمقدم کرتی ہے۔");
        test(dialog.saveButton()).click();
        assertThat(dialog.isOpened()).isFalse();
        var page = (StatementPage) getCurrentView();
        assertThat(page.shown.occasion()).isEqualTo(occasion);
        assertThat(page.shown.textEn()).isNull();

        // an administrator proposes nothing, but reads the register
        signIn(fixtures.user(null, Role.ADMIN));
        var admin = navigate(StatementsView.class);
        assertThat(admin.propose.isVisible()).isFalse();
        assertThat(admin.proposals.getParent()).isEmpty();
        assertThat(test(admin.issued).size()).isEqualTo(Fixtures.as(member, () -> statements.issued()).size());
    }

    @Test
    void the_statements_menu_opens_the_register() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        navigate("statements", Component.class);
        assertThat(getCurrentView()).isInstanceOf(StatementsView.class);
    }
}
