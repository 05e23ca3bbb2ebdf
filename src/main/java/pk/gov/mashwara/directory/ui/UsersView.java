package pk.gov.mashwara.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.shared.ui.Badge;

/** Administrators add users, change their roles and committee, disable them and reset passwords. */
@Route("admin/users")
@Menu(order = 20, title = "nav.users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends Main implements HasDynamicTitle {

    final Grid<UserInfo> grid = new Grid<>();
    final TextField search = new TextField();
    final Button add;
    private final DirectoryService directory;

    public UsersView(DirectoryService directory) {
        this.directory = directory;
        Views.frame(this);
        add = Views.addButton(getTranslation("users.add"), "add-user", e -> edit(null));
        var header = Views.header(getTranslation("users.title"), add);

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(UserInfo::username).setHeader(getTranslation("users.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserInfo::displayName).setHeader(getTranslation("users.displayName")).setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(u -> u.committeeCode() == null ? "—" : u.committeeCode())
                .setHeader(getTranslation("users.committee")).setAutoWidth(true);
        grid.addColumn(u -> u.home() == null ? "" : u.home().code())
                .setHeader(getTranslation("users.home")).setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted().toList())
                + (u.secretaryDesignate() ? " · " + getTranslation("users.designate.short") : ""))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(u -> u.enabled()
                ? new Badge(getTranslation("users.enabled"), Badge.Tone.SUCCESS)
                : new Badge(getTranslation("users.disabled"), Badge.Tone.ERROR)))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("users-grid");
        add(header, search, grid);
        refresh();
    }

    private void edit(UserInfo user) {
        new UserDialog(directory, user, this::refresh).open();
    }

    void refresh() {
        var text = search.getValue();
        grid.setItems(query -> directory.users(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.users(text, org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
