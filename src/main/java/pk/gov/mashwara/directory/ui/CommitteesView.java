package pk.gov.mashwara.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Views;
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
        Views.frame(this);
        add = Views.addButton(getTranslation("committees.add"), "add-committee",
                e -> new CommitteeDialog(directory, null, this::refresh).open());
        var header = Views.header(getTranslation("committees.title"), add);

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
