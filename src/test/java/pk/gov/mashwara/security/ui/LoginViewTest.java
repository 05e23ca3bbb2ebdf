package pk.gov.mashwara.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import pk.gov.mashwara.security.LoginThrottledException;
import pk.gov.mashwara.security.ThrottleScope;
import pk.gov.mashwara.shared.Messages;
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

    @Test
    void a_wrong_password_is_told_as_such_and_a_throttled_attempt_says_when_to_try_again_in_english_and_urdu() {
        assertThat(afterFailure(new BadCredentialsException("Bad credentials")))
                .contains("Sign-in failed", "The user name or password is not correct");

        var throttled = afterFailure(new LoginThrottledException(Instant.now().plus(Duration.ofSeconds(40)),
                ThrottleScope.ACCOUNT_FROM_ADDRESS));
        assertThat(throttled).contains("Sign-in attempts limited").doesNotContain("The user name or password");
        assertThat(throttled).containsPattern("Too many attempts; try again in (39|40) seconds\\. Sign-ins are slowed");

        VaadinSession.getCurrent().setLocale(Messages.URDU);
        UI.getCurrent().setLocale(Messages.URDU);
        assertThat(afterFailure(new LoginThrottledException(Instant.now().plus(Duration.ofMinutes(15)),
                ThrottleScope.ADDRESS))).contains("لاگ اِن کی کوششیں محدود", "بہت زیادہ کوششیں؛ 15 منٹ بعد دوبارہ کوشش کریں۔");
    }

    @Test
    void one_button_names_the_other_language_and_switches_the_page_to_it_and_back() {
        navigate(LoginView.class);
        var button = $(com.vaadin.flow.component.button.Button.class).withClassName("language-switch").single();
        assertThat(button.getText()).isEqualTo("اردو");
        assertThat(button.getElement().getAttribute("lang")).isEqualTo("ur");
        assertThat(button.getElement().getAttribute("aria-label")).contains("اردو", "Language");
        test(button).click();
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Messages.URDU);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Messages.URDU);

        navigate(LoginView.class);
        var back = $(com.vaadin.flow.component.button.Button.class).withClassName("language-switch").single();
        assertThat(back.getText()).isEqualTo("English");
        assertThat(back.getElement().getAttribute("lang")).isEqualTo("en");
        test(back).click();
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(java.util.Locale.ENGLISH);
    }

    /**
     * The log-in page as Spring Security sends the browser back to it, the failure kept in the session: the texts
     * its form is given to show.
     */
    private String afterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        var view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
        return String.valueOf(view.login.getElement().getPropertyRaw("i18n"));
    }
}
