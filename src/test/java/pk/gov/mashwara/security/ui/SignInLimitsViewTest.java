package pk.gov.mashwara.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.security.LoginThrottle;
import pk.gov.mashwara.security.LoginThrottles;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.ThrottleScope;
import pk.gov.mashwara.security.ThrottledLogIns;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

class SignInLimitsViewTest extends UiTest {

    @Autowired
    LoginThrottle throttle;
    @Autowired
    LoginThrottles throttles;

    @Test
    void an_administrator_sees_a_throttled_name_with_its_count_and_lifts_it() {
        var name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            throttle.failed(name, "10.99.0.1");
        }

        var admin = fixtures.user(null, Role.ADMIN);
        signIn(admin);
        var view = navigate(SignInLimitsView.class);
        var grid = test(view.grid);
        assertThat(view.grid.getDataProvider().isInMemory()).as("no list held by the view").isFalse();
        var row = row(grid, name);
        assertThat(row).as("the throttled name is listed").isNotNegative();
        var shown = grid.getRow(row);
        assertThat(shown.scope()).isEqualTo(ThrottleScope.ACCOUNT_FROM_ADDRESS);
        assertThat(shown.address()).isEqualTo("10.99.0.1");
        assertThat(shown.failures()).isEqualTo(6);
        assertThat(grid.getCellText(row, 0)).isEqualTo("User name from one address");
        assertThat(grid.getCellText(row, 3)).isEqualTo("6");

        test((Button) grid.getCellComponent(row, 7)).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Limit lifted.");
        assertThat(row(test(view.grid), name)).as("no longer listed").isNegative();
        throttle.check(name, "10.99.0.1"); // may try again at once
    }

    @Test
    void only_administrators_open_the_view_or_call_its_service() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        signIn(drafter);
        navigate("admin/sign-in-limits", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignInLimitsView.class);

        var auditor = fixtures.user(null, Role.AUDITOR);
        assertThatThrownBy(() -> Fixtures.as(auditor, () -> throttles.find(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(drafter, () -> throttles.lift(ThrottleScope.ACCOUNT, "x", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int row(GridTester<Grid<ThrottledLogIns>, ThrottledLogIns> grid, String name) {
        for (int i = 0; i < grid.size(); i++) {
            var shown = grid.getRow(i);
            if (shown.scope() == ThrottleScope.ACCOUNT_FROM_ADDRESS && name.equals(shown.account())) {
                return i;
            }
        }
        return -1;
    }
}
