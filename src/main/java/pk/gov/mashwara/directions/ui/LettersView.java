package pk.gov.mashwara.directions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.LetterSummary;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.PriorityFlag;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The register of letters of directions the user may see: the letters at the top of their cascades and those that
 * forwarded them down, newest first, with how many directions each carries and how many are overdue.
 */
@Route("directions")
@Menu(order = 4, title = "nav.directions", icon = "vaadin:clipboard-check")
@PermitAll
public class LettersView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final Grid<LetterSummary> grid = new Grid<>();

    private final pk.gov.mashwara.security.CurrentUser currentUser;

    Button register;

    public LettersView(LetterService letters, pk.gov.mashwara.security.CurrentUser currentUser,
            pk.gov.mashwara.directory.DirectoryService directory, pk.gov.mashwara.draft.StoredFiles files) {
        this.currentUser = currentUser;
        Views.frame(this);
        var intro = new Paragraph(getTranslation("directions.letters.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var locale = getLocale();
        grid.addColumn(l -> Bidi.ltr(l.reference(), locale)).setHeader(getTranslation("directions.letter.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> DirectionLabels.date(l.date(), locale)).setHeader(getTranslation("directions.letter.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.issuingOffice().displayName(locale)).setHeader(getTranslation("directions.letter.office"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> (l.parentLetterId() == null ? "" : "↳ ") + l.subject())
                .setHeader(getTranslation("directions.letter.subject")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(l -> PriorityFlag.of(this, l.priority())))
                .setHeader(getTranslation("directions.letter.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Bidi.ltr(Integer.toString(l.directions()), locale))
                .setHeader(getTranslation("directions.letter.directions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(l -> l.overdue() == 0 ? new com.vaadin.flow.component.html.Span()
                : new Badge(getTranslation("directions.letter.overdueCount", Bidi.ltr(Integer.toString(l.overdue()),
                        locale)), Badge.Tone.ERROR))).setHeader(getTranslation("directions.letter.overdue"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LetterView.class, LetterView.parameters(
                e.getItem().id()))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("letters-grid");
        grid.setSizeFull();
        grid.setItems(letters.letters());
        if (letters.mayRegister()) {
            var user = currentUser.require();
            Long own = user.has(pk.gov.mashwara.security.Role.PMO_MONITOR) ? user.committeeId() : null;
            register = Views.addButton(getTranslation("directions.register.open"), "register-letter",
                    e -> new RegisterLetterDialog(letters, directory.committees(), own, files.maxBytes(),
                            id -> getUI().ifPresent(ui -> ui.navigate(LetterView.class, LetterView.parameters(id))))
                            .open());
            add(Views.header(getTranslation("directions.letters.title"), register), intro, grid);
        } else {
            add(Views.header(getTranslation("directions.letters.title")), intro, grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directions.letters.title") + " · " + getTranslation("app.name");
    }

    /**
     * An administrator's role alone is addressed by no letter, so the register would be empty: it is not offered in
     * the menu and its address leads to the administrator's desk, as the drafts and search do.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (currentUser.get().filter(pk.gov.mashwara.security.MashwaraUser::administratorOnly).isPresent()) {
            event.forwardTo("desk");
        }
    }
}
