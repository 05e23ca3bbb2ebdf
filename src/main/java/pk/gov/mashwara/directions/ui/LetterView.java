package pk.gov.mashwara.directions.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directions.AddresseeInfo;
import pk.gov.mashwara.directions.CascadeNode;
import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.LetterDetails;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.PriorityFlag;
import pk.gov.mashwara.shared.ui.Views;

/**
 * A letter: its particulars and file, its addressees and copies, its directions with the time line as written, the
 * computed due date, status and overdue days, the cascade it travelled down with each office's receipt, and the
 * addressees that have not acknowledged it. The office's own acts (receipt, forwarding, events) are offered here.
 */
@Route("directions/letters/:letterId([0-9]{1,18})")
@PermitAll
public class LetterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "letterId";

    private final pk.gov.mashwara.text.FileTextStates fileTexts;
    private final LetterService letters;
    private final DirectoryService directory;
    private final ProgressReports reports;
    final H2 title = new H2();
    final Div body = new Div();
    final Grid<DirectionInfo> directions = new Grid<>();
    final TreeGrid<CascadeNode> cascade = new TreeGrid<>();
    LetterDetails letter;

    public LetterView(LetterService letters, DirectoryService directory, ProgressReports reports,
            pk.gov.mashwara.text.FileTextStates fileTexts) {
        this.fileTexts = fileTexts;
        this.letters = letters;
        this.directory = directory;
        this.reports = reports;
        Views.frame(this);
        // the subject and the text as the issuing office wrote them, in their own direction in an Urdu page
        title.getElement().setAttribute("dir", "auto");
        body.getElement().setAttribute("dir", "auto");
        var locale = getLocale();
        directions.addColumn(DirectionInfo::label).setHeader(getTranslation("directions.table.number"))
                .setAutoWidth(true).setFlexGrow(0);
        directions.addColumn(new ComponentRenderer<>(d -> DirectionLabels.written(d.text()))).setHeader(getTranslation("directions.table.direction")).setFlexGrow(4);
        directions.addColumn(d -> Bidi.isolate(d.timelineText())).setHeader(getTranslation("directions.table.timeline"))
                .setWidth("9em").setFlexGrow(0);
        directions.addColumn(d -> DirectionLabels.due(this, d)).setHeader(getTranslation("directions.table.due"))
                .setWidth("8em").setFlexGrow(0);
        directions.addColumn(new ComponentRenderer<>(d -> {
            var cell = new Div(DirectionLabels.status(this, d.status()), DirectionLabels.overdue(this, d));
            cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
            return cell;
        })).setHeader(getTranslation("directions.table.status")).setWidth("10em").setFlexGrow(0);
        directions.addColumn(new ComponentRenderer<>(d -> DirectionLabels.written(d.actionByText()))).setHeader(getTranslation("directions.table.actionBy")).setWidth("11em").setFlexGrow(0);
        directions.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DirectionView.class,
                DirectionView.parameters(e.getItem().id()))));
        directions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        directions.setAllRowsVisible(true);
        directions.setId("directions-grid");

        cascade.addHierarchyColumn(n -> Bidi.ltr(n.letter().reference(), locale) + " · "
                + n.letter().issuingOffice().displayName(locale)).setHeader(getTranslation("directions.cascade.letter"))
                .setFlexGrow(2);
        cascade.addColumn(n -> DirectionLabels.date(n.letter().date(), locale))
                .setHeader(getTranslation("directions.letter.date")).setAutoWidth(true).setFlexGrow(0);
        cascade.addColumn(n -> n.receipts().isEmpty() ? "—" : n.receipts().stream()
                .map(r -> getTranslation("directions.cascade.receipt", r.office().code(),
                        Bidi.ltr(r.diaryNumber(), locale), DirectionLabels.date(r.receivedOn(), locale)))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("directions.cascade.receipts"))
                .setFlexGrow(3);
        cascade.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LetterView.class,
                parameters(e.getItem().letter().id()))));
        // an office's name beside a long reference wraps rather than being cut off
        cascade.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        cascade.setAllRowsVisible(true);
        cascade.setId("cascade-tree");
    }

    static RouteParameters parameters(long letterId) {
        return new RouteParameters(PARAM, Long.toString(letterId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAM);
        try {
            show(letters.letter(id.orElseThrow()));
        } catch (NotFoundException | java.util.NoSuchElementException e) {
            Notices.error(getTranslation("error.directions.letter.notFound", id.orElse(0L)));
            event.forwardTo(LettersView.class);
        }
    }

    void show(LetterDetails details) {
        this.letter = details;
        removeAll();
        var locale = getLocale();
        var summary = details.letter();
        title.setText(summary.subject());
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Vertical.SMALL);
        var badges = new Div(PriorityFlag.of(this, summary.priority()),
                new Badge(getTranslation("classification." + summary.classification().name()), Badge.Tone.NEUTRAL));
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);

        var particulars = new Div();
        particulars.setId("letter-particulars");
        particulars.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.XSMALL);
        particulars.add(line("directions.letter.reference", Bidi.ltr(summary.reference(), locale)),
                line("directions.letter.date", DirectionLabels.date(summary.date(), locale)),
                line("directions.letter.office", summary.issuingOffice().displayName(locale)));
        if (details.signedBy() != null) {
            particulars.add(line("directions.letter.signedBy", details.signedBy()));
        }
        if (details.quoted() != null) {
            var quoted = new RouterLink(Bidi.ltr(details.quoted().reference(), locale) + " · "
                    + DirectionLabels.date(details.quoted().date(), locale), LetterView.class,
                    parameters(details.quoted().id()));
            var row = new Div(new Span(getTranslation("directions.letter.quotes") + ": "), quoted);
            particulars.add(row);
        }
        particulars.add(line("directions.letter.registered", getTranslation("directions.letter.registeredBy",
                directory.nameAndOffice(details.registeredBy(), locale), Formats.dateTime(details.registeredAt(), locale))));
        if (details.file() != null) {
            var sha = details.file().sha256();
            var file = new Div(fileLink(details), new pk.gov.mashwara.text.ui.files.FileTextNote(
                    fileTexts.of(java.util.List.of(sha)).get(sha)));
            file.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            particulars.add(file);
        }
        body.setText(details.body() == null ? "" : details.body());
        body.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.Padding.Vertical.SMALL);

        var actions = new Div();
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        long id = summary.id();
        if (details.canAcknowledge()) {
            actions.add(button("directions.receipt.action", "record-receipt",
                    () -> new LetterDialogs.Receipt(letters, id, this::reload).open()));
        }
        if (details.canForward()) {
            actions.add(button("directions.forward.action", "forward-letter",
                    () -> new LetterDialogs.Forward(letters, directory, id, this::reload).open()));
        }
        if (details.canRecordEvent()) {
            actions.add(button("directions.event.action", "record-event",
                    () -> new LetterDialogs.Event(letters, details, this::reload).open()));
        }

        directions.setItems(details.directions());
        cascade.setItems(List.of(details.cascade()), CascadeNode::forwarded);
        cascade.expandRecursively(List.of(details.cascade()), 10);

        var back = new RouterLink(getTranslation("directions.back"), LettersView.class);
        add(back, title, badges, particulars, body, addressees(details.addressees()), actions,
                heading("directions.section.directions"), directions, events(details),
                new ProgressReportsSection(reports, directory, summary.id()),
                heading("directions.section.cascade"), cascade, unacknowledged(details));
    }

    private void reload() {
        show(letters.letter(letter.letter().id()));
    }

    private Div line(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(label, new Span(value));
    }

    private H3 heading(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        return heading;
    }

    private Button button(String key, String id, Runnable open) {
        var button = new Button(getTranslation(key), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    private Div addressees(List<AddresseeInfo> all) {
        var to = all.stream().filter(a -> !a.copyOnly()).map(AddresseeInfo::name).collect(Collectors.joining("; "));
        var copies = all.stream().filter(AddresseeInfo::copyOnly).map(AddresseeInfo::name)
                .collect(Collectors.joining("; "));
        var box = new Div(line("directions.letter.to", to.isEmpty() ? "—" : to));
        if (!copies.isEmpty()) {
            box.add(line("directions.letter.copies", copies));
        }
        box.setId("letter-addressees");
        return box;
    }

    private Div events(LetterDetails details) {
        var box = new Div();
        box.setId("letter-events");
        for (var event : details.events()) {
            box.add(new Paragraph(getTranslation("directions.event.recorded", event.name(),
                    DirectionLabels.date(event.occurredOn(), getLocale()))));
        }
        return box;
    }

    private Div unacknowledged(LetterDetails details) {
        var box = new Div();
        box.setId("letter-unacknowledged");
        if (!details.unacknowledged().isEmpty()) {
            box.add(new Badge(getTranslation("directions.unacknowledged", details.unacknowledged().stream()
                    .map(b -> b.displayName(getLocale())).collect(Collectors.joining(", "))), Badge.Tone.WARNING));
        }
        return box;
    }

    private Anchor fileLink(LetterDetails details) {
        long id = details.letter().id();
        var failed = getTranslation("error.directions.download");
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var file = letters.file(id);
                return new DownloadResponse(file.open(), file.fileName(), file.mediaType(), file.sizeBytes());
            } catch (RuntimeException | java.io.IOException e) {
                return DownloadResponse.error(404, failed);
            }
        }), "");
        anchor.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + details.file().fileName() + " · SHA-256 "
                + Bidi.ltr(details.file().sha256().substring(0, 12) + "…", getLocale())));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("letter-file");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return (letter == null ? "" : letter.letter().reference() + " · ") + getTranslation("app.name");
    }
}
