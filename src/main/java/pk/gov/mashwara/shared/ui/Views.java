package pk.gov.mashwara.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The common frame of the portal's views: a padded column with a title row and its main actions. */
public final class Views {

    private Views() {
    }

    /** Lays the view out as a padded column that fills the page. */
    public static <T extends Component & HasStyle & HasSize> void frame(T view) {
        view.addClassNames("view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.LARGE,
                LumoUtility.Gap.MEDIUM);
        view.setSizeFull();
    }

    /** The title of the view, with its actions at the far end of the row. */
    public static Div header(String title, Component... actions) {
        var heading = new H2(title);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        var header = new Div(heading);
        header.add(actions);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        return header;
    }

    /** A primary "add" style button with an id for tests. */
    public static Button addButton(String text, String id, ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button(text, new Icon(VaadinIcon.PLUS), listener);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    /** Below this window width (a small laptop with the menu open) a list shows only the columns that matter. */
    public static final int NARROW = 1280;

    /**
     * Hides secondary columns while the browser window is narrower than {@link #NARROW} pixels, so that the list
     * does not scroll sideways; they come back when the window is widened. What they show stays in reach on the
     * row's own page.
     */
    public static void hideWhenNarrow(Component owner, com.vaadin.flow.component.grid.Grid.Column<?>... secondary) {
        owner.addAttachListener(attach -> {
            var ui = attach.getUI();
            java.util.function.IntConsumer fit = width -> {
                for (var column : secondary) {
                    column.setVisible(width <= 0 || width >= NARROW);
                }
            };
            ui.getPage().retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
            var resize = ui.getPage().addBrowserWindowResizeListener(e -> fit.accept(e.getWidth()));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
