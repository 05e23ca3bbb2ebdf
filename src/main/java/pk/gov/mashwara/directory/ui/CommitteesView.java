package pk.gov.mashwara.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Badge;

/** Administrators add committees (e.g. Finance Division) and record a regulator's administrative ministry. */
@Route("admin/committees")
@Menu(order = 21, title = "nav.committees", icon = "vaadin:institution")
@RolesAllowed(Role.ADMIN_NAME)
public class CommitteesView extends Main implements HasDynamicTitle {

    final Grid<CommitteeInfo> grid = new Grid<>();
    final Button add;
    private final DirectoryService directory;

    public CommitteesView(DirectoryService directory) {
        this.directory = directory;
        addClassNames("view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.LARGE,
                LumoUtility.Gap.MEDIUM);
        setSizeFull();
        var title = new H2(getTranslation("committees.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        add = new Button(getTranslation("committees.add"), new Icon(VaadinIcon.PLUS),
                e -> new CommitteeDialog(directory, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-committee");
        var header = new Div(title, add);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.JustifyContent.BETWEEN, LumoUtility.AlignItems.CENTER);

        grid.addColumn(CommitteeInfo::code).setHeader(getTranslation("committees.code")).setAutoWidth(true);
        grid.addColumn(c -> c.displayName(getLocale())).setHeader(getTranslation("committees.name")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("committeeType." + c.type().name())).setHeader(getTranslation("committees.type"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.administrativeMinistryCode() == null ? "—" : c.administrativeMinistryCode())
                .setHeader(getTranslation("committees.ministry")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> c.active()
                ? new Badge(getTranslation("committees.active"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("committees.inactive"), Badge.Tone.NEUTRAL)))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> new CommitteeDialog(directory, e.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("committees-grid");
        add(header, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(directory.committees());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committees.title") + " · " + getTranslation("app.name");
    }
}
