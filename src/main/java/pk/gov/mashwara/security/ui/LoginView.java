package pk.gov.mashwara.security.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

import pk.gov.mashwara.security.LoginThrottledException;
import pk.gov.mashwara.shared.ui.Languages;

/**
 * The log-in page. Failed attempts say so without telling which of name or password was wrong; an attempt refused
 * because of too many failures before it says plainly that attempts are being limited, and when to try again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    private final AuthenticationContext authenticationContext;
    private final Clock clock;

    public LoginView(AuthenticationContext authenticationContext, Clock clock,
            @Value("${mashwara.demo.enabled:false}") boolean demo, @Value("${mashwara.demo.password:}") String demoPassword) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        Languages.restore(com.vaadin.flow.component.UI.getCurrent());
        addClassNames("login-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER, LumoUtility.JustifyContent.CENTER, LumoUtility.Padding.LARGE);
        setSizeFull();

        var logo = new Image("icons/mashwara.svg", "");
        logo.addClassName("login-logo");
        var title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XXXLARGE);
        var subtitle = new Paragraph(getTranslation("app.tagline"));
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.XSMALL);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        var card = new Div(logo, title, subtitle, login);
        card.addClassName("login-card");
        add(card);
        if (demo) {
            var hint = new Span(getTranslation("login.demoHint", demoPassword));
            hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "demo-hint");
            card.add(hint);
        }
        var switcher = Languages.switcher();
        card.add(switcher);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        var error = i18n.getErrorMessage();
        // what the form says under an empty field, in the page's language
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var i18n = i18n();
            if (lastFailure() instanceof LoginThrottledException throttled) {
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(throttled.message(getLocale(), clock.instant()));
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    private Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return null;
        }
        var session = request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
