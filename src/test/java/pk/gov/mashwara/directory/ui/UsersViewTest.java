package pk.gov.mashwara.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class UsersViewTest extends UiTest {

    @Test
    void an_administrator_adds_a_drafter_and_finds_them() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(UsersView.class);
        test(view.add).click();
        var dialog = find(UserDialog.class).single();
        var username = "new." + UUID.randomUUID().toString().substring(0, 6);

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Newly Added Drafter");
        dialog.committee.setValue(dialog.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("PTA")).findFirst().orElseThrow());
        dialog.roles.setValue(Set.of(Role.COMMITTEE_DRAFTER));
        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        var row = (UserInfo) test(view.grid).getRow(0);
        assertThat(row.committeeCode()).isEqualTo("PTA");
        assertThat(row.roles()).containsExactly(Role.COMMITTEE_DRAFTER);
    }

    @Test
    void a_rule_violation_is_explained_and_the_dialog_keeps_its_values() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(UsersView.class);
        test(view.add).click();
        var dialog = find(UserDialog.class).single();

        test(dialog.username).setValue("mixed." + UUID.randomUUID().toString().substring(0, 6));
        test(dialog.displayName).setValue("Mixed Roles");
        dialog.committee.setValue(dialog.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("MOIT")).findFirst().orElseThrow());
        dialog.roles.setValue(Set.of(Role.COMMITTEE_DRAFTER, Role.NSMCWG_MEMBER));
        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.saveButton()).click();

        // the refusal is said under the roles, which it is about, and nothing typed is lost
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).contains("committee roles and NSMCWG roles");
        assertThat(find(Notification.class).all()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.displayName.getValue()).isEqualTo("Mixed Roles");
        assertThat(dialog.roles.getValue()).containsExactlyInAnyOrder(Role.COMMITTEE_DRAFTER, Role.NSMCWG_MEMBER);

        // a user id already taken is said under the user id
        dialog.roles.setValue(Set.of(Role.COMMITTEE_DRAFTER));
        test(dialog.username).setValue(fixtures.user("MOIT", Role.COMMITTEE_DRAFTER).getUsername());
        test(dialog.saveButton()).click();
        assertThat(dialog.roles.isInvalid()).isFalse();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isNotBlank();
        assertThat(find(Notification.class).all()).isEmpty();
    }

    @Test
    void an_administrator_gives_an_nsmcwg_member_a_home_organisation_and_only_such_a_member() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(UsersView.class);
        test(view.add).click();
        var dialog = find(UserDialog.class).single();
        var username = "home." + UUID.randomUUID().toString().substring(0, 6);

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Farah Naz");
        dialog.committee.setValue(dialog.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("MOIT")).findFirst().orElseThrow());
        assertThat(dialog.home.isVisible()).as("a committee's own people have no home organisation").isFalse();
        dialog.committee.setValue(dialog.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("NSMCWG")).findFirst().orElseThrow());
        assertThat(dialog.home.isVisible()).isTrue();
        assertThat(dialog.home.getListDataView().getItems()).noneMatch(c -> c.code().equals("NSMCWG"));
        dialog.home.setValue(dialog.home.getListDataView().getItems()
                .filter(c -> c.code().equals("MOFA")).findFirst().orElseThrow());
        dialog.roles.setValue(Set.of(Role.NSMCWG_MEMBER));
        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue(username);
        var row = (UserInfo) test(view.grid).getRow(0);
        assertThat(row.home()).isNotNull();
        assertThat(row.home().code()).isEqualTo("MOFA");
    }

    @Test
    void an_administrator_marks_a_law_officer_as_the_secretarys_designate_and_no_one_else() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(UsersView.class);
        test(view.add).click();
        var dialog = find(UserDialog.class).single();
        var username = "designate." + UUID.randomUUID().toString().substring(0, 6);

        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Muhammad Rizwan");
        dialog.committee.setValue(dialog.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("LAW")).findFirst().orElseThrow());
        dialog.roles.setValue(Set.of(Role.COMMITTEE_DRAFTER));
        assertThat(dialog.designate.isVisible()).as("a drafter is not designated to vet").isFalse();
        dialog.roles.setValue(Set.of(Role.COMMITTEE_OFFICER));
        assertThat(dialog.designate.isVisible()).isTrue();
        dialog.designate.setValue(true);
        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue(username);
        var row = (UserInfo) test(view.grid).getRow(0);
        assertThat(row.secretaryDesignate()).isTrue();

        // the NSMCWG's own people are never designated: the box is not offered to them
        test(view.add).click();
        var another = find(UserDialog.class).all().getLast();
        another.committee.setValue(another.committee.getListDataView().getItems()
                .filter(c -> c.code().equals("NSMCWG")).findFirst().orElseThrow());
        another.roles.setValue(Set.of(Role.NSMCWG_MEMBER));
        assertThat(another.designate.isVisible()).isFalse();
    }

    @Test
    void only_administrators_reach_the_view() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        navigate("admin/users", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
