package pk.gov.mashwara;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus the portal's own stylesheet, served from {@code frontend/} as a static resource
 * so that no front-end bundle has to be built.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/mashwara.css")
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Mashwara");
        settings.addFavIcon("icon", "icons/mashwara.svg", "any");
    }
}
