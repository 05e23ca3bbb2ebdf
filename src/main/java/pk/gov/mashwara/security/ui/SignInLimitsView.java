package pk.gov.mashwara.security.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.security.LoginThrottles;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.ThrottledLogIns;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;

/**
 * Administrators see the user names and addresses whose failed log-ins have reached their limit, how many
 * failures and refusals each has counted and until when it waits, and lift a limit (the service audits it).
 */
@Route("admin/sign-in-limits")
@Menu(order = 23, title = "nav.signInLimits", icon = "vaadin:hand")
@RolesAllowed(Role.ADMIN_NAME)
public class SignInLimitsView extends Main implements HasDynamicTitle {

    final Grid<ThrottledLogIns> grid = new Grid<>();
    private final LoginThrottles throttles;
    private final Clock clock;

    public SignInLimitsView(LoginThrottles throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
        Views.frame(this);
        var refresh = new Button(getTranslation("signInLimits.refresh"), new Icon(VaadinIcon.REFRESH), e -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("refresh-limits");
        var intro = new Paragraph(getTranslation("signInLimits.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        grid.addColumn(t -> getTranslation("throttleScope." + t.scope().name()))
                .setHeader(getTranslation("signInLimits.scope")).setAutoWidth(true);
        grid.addColumn(t -> t.account() == null ? "—" : t.account()).setHeader(getTranslation("signInLimits.account"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.address() == null ? "—" : t.address()).setHeader(getTranslation("signInLimits.address"))
                .setAutoWidth(true);
        grid.addColumn(ThrottledLogIns::failures).setHeader(getTranslation("signInLimits.failures")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ThrottledLogIns::refused).setHeader(getTranslation("signInLimits.refused")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> Formats.dateTime(t.lastFailure(), getLocale()))
                .setHeader(getTranslation("signInLimits.lastFailure")).setAutoWidth(true);
        grid.addColumn(t -> t.until().isAfter(clock.instant()) ? Formats.dateTime(t.until(), getLocale())
                : getTranslation("signInLimits.free")).setHeader(getTranslation("signInLimits.until")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::liftButton)).setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // a page at a time from the service: the view holds no list of its own
        grid.setItems(query -> LazyPages.fetch(query, LoginThrottles.MAX_PAGE, throttles::find),
                query -> (int) Math.min(Integer.MAX_VALUE, throttles.count()));
        grid.setEmptyStateText(getTranslation("signInLimits.empty"));
        grid.setId("sign-in-limits");
        grid.setSizeFull();
        add(Views.header(getTranslation("signInLimits.title"), refresh), intro, grid);
    }

    private Button liftButton(ThrottledLogIns throttled) {
        var lift = new Button(getTranslation("signInLimits.lift"), e -> {
            try {
                var lifted = throttles.lift(throttled.scope(), throttled.account(), throttled.address());
                Notices.success(getTranslation(lifted ? "signInLimits.lifted" : "signInLimits.gone"));
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
            refresh();
        });
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return lift;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signInLimits.title") + " · " + getTranslation("app.name");
    }
}
