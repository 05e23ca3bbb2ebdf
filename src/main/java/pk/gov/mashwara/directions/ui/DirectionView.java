package pk.gov.mashwara.directions.ui;

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

import pk.gov.mashwara.directions.BodyStatus;
import pk.gov.mashwara.directions.ProgressItem;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.StoredFiles;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;

/**
 * A direction: its text and time line as written, the computed due date, its status rolled up from each acting
 * body's, the drafts it produced, and the progress entries the user may read (with their evidence), with a form for
 * the user's body to add one and, for the lead's officer, a confirmation of work done.
 */
@Route("directions/:directionId([0-9]{1,18})")
@PermitAll
public class DirectionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "directionId";

    private final pk.gov.mashwara.text.FileTextStates fileTexts;
    private final ProgressService progress;
    private final DirectoryService directory;
    private final StoredFiles files;
    final Grid<BodyStatus> bodies = new Grid<>();
    final Div entries = new Div();
    ProgressService.DirectionPage page;

    public DirectionView(ProgressService progress, DirectoryService directory, StoredFiles files,
            pk.gov.mashwara.text.FileTextStates fileTexts) {
        this.fileTexts = fileTexts;
        this.progress = progress;
        this.directory = directory;
        this.files = files;
        Views.frame(this);
        var locale = getLocale();
        bodies.addColumn(b -> b.body().displayName(locale) + (b.lead() ? " — " + getTranslation("directions.body.lead")
                : "")).setHeader(getTranslation("directions.body.name")).setFlexGrow(3);
        bodies.addColumn(new ComponentRenderer<>(b -> {
            var cell = new Div(DirectionLabels.status(this, b.status()));
            if (b.awaitingConfirmation()) {
                cell.add(new Badge(getTranslation("directions.body.awaitingConfirmation"), Badge.Tone.WARNING));
            }
            cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL);
            return cell;
        })).setHeader(getTranslation("directions.table.status")).setAutoWidth(true).setFlexGrow(0);
        bodies.addColumn(b -> DirectionLabels.date(b.lastEntry(), locale))
                .setHeader(getTranslation("directions.body.lastEntry")).setAutoWidth(true).setFlexGrow(0);
        bodies.addColumn(b -> b.percent() == null ? "—" : Bidi.ltr(b.percent() + "%", locale))
                .setHeader(getTranslation("directions.progress.percent")).setAutoWidth(true).setFlexGrow(0);
        bodies.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        bodies.setAllRowsVisible(true);
        bodies.setId("direction-bodies");
        entries.setId("direction-entries");
    }

    static RouteParameters parameters(long directionId) {
        return new RouteParameters(PARAM, Long.toString(directionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAM);
        try {
            show(progress.direction(id.orElseThrow()));
        } catch (NotFoundException | java.util.NoSuchElementException e) {
            Notices.error(getTranslation("error.directions.direction.notFound", id.orElse(0L)));
            event.forwardTo(LettersView.class);
        }
    }

    void show(ProgressService.DirectionPage page) {
        this.page = page;
        removeAll();
        var locale = getLocale();
        var d = page.direction();
        var back = new RouterLink(getTranslation("directions.backToLetter", Bidi.ltr(page.letter().reference(), locale)),
                LetterView.class, LetterView.parameters(page.letter().id()));
        var title = new H2(getTranslation("directions.direction.title", d.label()));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Vertical.SMALL);
        var text = new Paragraph(d.text());
        text.getElement().setAttribute("dir", "auto");
        text.setId("direction-text");
        var facts = new Div(fact("directions.table.timeline", d.timelineText()),
                fact("directions.table.due", DirectionLabels.due(this, d)),
                fact("directions.table.actionBy", d.actionByText()));
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE, LumoUtility.FlexWrap.WRAP);
        var state = new Div(DirectionLabels.status(this, d.status()), DirectionLabels.overdue(this, d));
        state.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        state.setId("direction-state");
        add(back, title, state, text, facts);
        if (!d.draftIds().isEmpty()) {
            var links = new Div(new Span(getTranslation("directions.direction.drafts") + ": "));
            links.setId("direction-drafts");
            d.draftIds().forEach(id -> {
                var link = new Anchor("drafts/" + id, Bidi.ltr("#" + id, locale));
                link.addClassNames(LumoUtility.Margin.End.SMALL);
                links.add(link);
            });
            add(links);
        }
        if (!d.otherRefs().isEmpty()) {
            add(fact("directions.direction.refs", String.join("; ", d.otherRefs())));
        }
        if (!d.bodies().isEmpty()) {
            bodies.setItems(d.bodies());
            add(heading("directions.section.bodies"), bodies);
        }
        var header = new Div(heading("directions.section.progress"));
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM);
        if (page.canRecord()) {
            var add = new Button(getTranslation("directions.progress.add", page.myBody().displayName(locale)),
                    VaadinIcon.PLUS.create(), e -> new ProgressForm(progress, d.id(), files.maxBytes(), this::reload).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-progress");
            header.add(add);
        }
        entries.removeAll();
        if (page.entries().isEmpty()) {
            entries.add(new Paragraph(getTranslation("directions.progress.none")));
        }
        page.entries().forEach(entry -> entries.add(entryCard(entry)));
        add(header, entries);
    }

    private Div entryCard(ProgressItem entry) {
        var locale = getLocale();
        var card = new Div();
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        card.setId("entry-" + entry.id());
        var head = new Div(new Span(DirectionLabels.date(entry.date(), locale)),
                new Span(entry.body().displayName(locale)), DirectionLabels.status(this, entry.status()));
        if (entry.percent() != null) {
            head.add(new Span(Bidi.ltr(entry.percent() + "%", locale)));
        }
        if (entry.confirmedBy() != null) {
            head.add(new Badge(getTranslation("directions.progress.confirmedBy",
                    directory.name(entry.confirmedBy())), Badge.Tone.SUCCESS));
        }
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        card.add(head);
        if (!entry.detailed()) {
            var hidden = new Paragraph(getTranslation("directions.progress.notShared"));
            hidden.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            card.add(hidden);
            return card;
        }
        var done = new Paragraph(entry.done());
        done.getElement().setAttribute("dir", "auto");
        card.add(done);
        if (entry.remains() != null) {
            card.add(line("directions.progress.remains", entry.remains()));
        }
        if (entry.milestone() != null) {
            card.add(line("directions.progress.milestone", entry.milestone()));
        }
        if (entry.reason() != null) {
            card.add(line("directions.progress.reason", entry.reason()));
        }
        var states = fileTexts.of(entry.evidence().stream().map(f -> f.file().sha256()).toList());
        for (var file : entry.evidence()) {
            var evidence = new Div(evidenceLink(file),
                    new pk.gov.mashwara.text.ui.files.FileTextNote(states.get(file.file().sha256())));
            evidence.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            card.add(evidence);
        }
        var recorded = new Span(getTranslation("directions.progress.recordedBy",
                directory.nameAndOffice(entry.recordedBy(), locale), Formats.dateTime(entry.recordedAt(), locale)));
        recorded.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        card.add(new Div(recorded));
        if (page.canConfirm() && entry.status() == ProgressStatus.DONE && entry.confirmedBy() == null) {
            var confirm = new Button(getTranslation("directions.progress.confirm"), e -> {
                try {
                    progress.confirm(entry.id());
                    Notices.success(getTranslation("directions.progress.confirmed"));
                    reload();
                } catch (UserFacingException ex) {
                    Notices.error(ex);
                }
            });
            confirm.setId("confirm-" + entry.id());
            card.add(confirm);
        }
        return card;
    }

    private Anchor evidenceLink(ProgressItem.EvidenceInfo file) {
        var failed = getTranslation("error.directions.download");
        long id = file.id();
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var download = progress.evidence(id);
                return new DownloadResponse(download.open(), download.fileName(), download.mediaType(),
                        download.sizeBytes());
            } catch (RuntimeException | java.io.IOException e) {
                return DownloadResponse.error(404, failed);
            }
        }), "");
        anchor.add(VaadinIcon.PAPERCLIP.create(), new Span(" " + file.file().fileName() + " · "
                + Formats.size(file.file().sizeBytes(), getLocale()) + " · SHA-256 "
                + Bidi.ltr(file.file().sha256().substring(0, 12) + "…", getLocale())));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("evidence-" + id);
        anchor.addClassNames(LumoUtility.FontSize.SMALL);
        return anchor;
    }

    private void reload() {
        show(progress.direction(page.direction().id()));
    }

    private Div fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(label, DirectionLabels.written(value));
    }

    private Div line(String key, String value) {
        return fact(key, value);
    }

    private H3 heading(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        return heading;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : getTranslation("directions.direction.title", page.direction().label()) + " · ")
                + getTranslation("app.name");
    }
}
