package pk.gov.mashwara.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.support.UiTest;

class LoginViewTest extends UiTest {

    @Test
    void the_login_form_posts_to_spring_security_and_shows_errors_after_a_failure() {
        var view = navigate(LoginView.class);
        assertThat(view.login.getAction()).isEqualTo("login");
        assertThat(view.login.isError()).isFalse();

        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(((LoginView) getCurrentView()).login.isError()).isTrue();
    }

    @Test
    void anonymous_users_are_sent_to_the_login_page() {
        navigate("drafts", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
