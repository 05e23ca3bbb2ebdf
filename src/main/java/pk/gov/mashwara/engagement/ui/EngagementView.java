package pk.gov.mashwara.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.EngagementDetails;
import pk.gov.mashwara.engagement.EngagementDocumentInfo;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;

/**
 * One engagement: its particulars, participants on both sides, topics, the NSMCWG's position (with the stamp of the
 * cleared input it takes up), the documents exchanged (each download audited) and the commitments with their
 * follow-up. Whoever may change it adds documents and commitments here.
 */
@Route("engagements/:id")
@RolesAllowed({ "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.NSA_LEAD_NAME, Role.AUDITOR_NAME,
        Role.COMMITTEE_DRAFTER_NAME, Role.COMMITTEE_OFFICER_NAME })
public class EngagementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    Grid<EngagementDocumentInfo> documents = new Grid<>();
    Grid<CommitmentInfo> commitments = new Grid<>();
    private final pk.gov.mashwara.text.FileTextStates fileTexts;
    private final EngagementService engagements;
    private final CommitmentService follow;
    private final DirectoryService directory;
    EngagementDetails details;

    public EngagementView(EngagementService engagements, CommitmentService follow, DirectoryService directory,
            pk.gov.mashwara.text.FileTextStates fileTexts) {
        this.fileTexts = fileTexts;
        this.engagements = engagements;
        this.follow = follow;
        this.directory = directory;
        Views.frame(this);
        setId("engagement");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            details = engagements.get(id);
        } catch (UserFacingException e) {
            // the router may reuse this page for another engagement: nothing of the one shown before stays
            details = null;
            removeAll();
            add(Views.header(getTranslation("engagement.list.title")), new Paragraph(e.localizedMessage(getLocale())));
            return;
        }
        render();
    }

    void render() {
        removeAll();
        var d = details;
        var back = new Anchor("engagements", getTranslation("engagement.back"));
        add(back, Views.header(d.subject()));
        var facts = new Div();
        facts.addClassNames("engagement-facts", LumoUtility.Display.GRID, LumoUtility.Gap.Column.LARGE,
                LumoUtility.Gap.Row.XSMALL);
        facts.getStyle().set("grid-template-columns", "max-content 1fr");
        fact(facts, "engagement.field.company", new Span(d.company()));
        fact(facts, "engagement.field.kind", new Span(getTranslation("engagementKind." + d.kind().name())));
        fact(facts, "engagement.field.date", new Span(EngagementLabels.day(d.occurredOn())));
        fact(facts, "engagement.field.lead", new Span(d.leadName()));
        if (d.directionNumber() != null) {
            fact(facts, "engagement.field.direction", new Span(getTranslation("engagement.direction.served",
                    getTranslation("engagement.direction." + d.directionNumber()),
                    Bidi.ltr(d.letterReference() == null ? "" : d.letterReference()))));
        }
        if (!d.bodies().isEmpty()) {
            fact(facts, "engagement.field.bodies", new Span(Bidi.ltr(String.join(", ", d.bodies()))));
        }
        fact(facts, "engagement.field.ourParticipants", text(d.ourParticipants()));
        fact(facts, "engagement.field.theirParticipants", text(d.theirParticipants()));
        add(facts);
        add(section("engagement.field.topics"), text(d.topics()));
        add(section("engagement.field.position"), position(d));
        add(documentsPart(d));
        add(commitmentsPart(d));
    }

    private Component position(EngagementDetails d) {
        var box = new Div();
        box.setId("engagement-position-text");
        box.add(text(d.position() == null ? getTranslation("engagement.position.none") : d.position()));
        if (d.clearedInput() != null) {
            var c = d.clearedInput();
            var stamp = new Anchor("drafts/" + c.draftId() + "/input", getTranslation("engagement.position.cleared",
                    c.draftTitle(), c.signerName(), Bidi.ltr(Formats.dateTime(c.signedAt(), getLocale())),
                    Bidi.ltr(c.shortHash())));
            stamp.setId("engagement-cleared-input");
            box.add(new Paragraph(stamp));
        } else if (d.positionDraftId() != null) {
            box.add(new Paragraph(getTranslation("engagement.position.draftHidden", Bidi.ltr("#" + d.positionDraftId()))));
        }
        return box;
    }

    private Component documentsPart(EngagementDetails d) {
        var part = new Div(section("engagement.documents.title"));
        documents = new Grid<>();
        var states = fileTexts.of(d.documents().stream().map(EngagementDocumentInfo::sha256).toList());
        documents.addColumn(doc -> getTranslation("documentDirection." + doc.direction().name()))
                .setHeader(getTranslation("engagement.documents.direction")).setWidth("8em").setFlexGrow(0);
        documents.addColumn(new ComponentRenderer<>(doc -> new Div(downloadLink(doc),
                new pk.gov.mashwara.text.ui.files.FileTextNote(states.get(doc.sha256())))))
                .setHeader(getTranslation("engagement.documents.file")).setFlexGrow(3);
        documents.addColumn(doc -> Bidi.ltr(Formats.size(doc.sizeBytes(), getLocale())))
                .setHeader(getTranslation("engagement.documents.size")).setWidth("7em").setFlexGrow(0);
        documents.addColumn(doc -> Bidi.ltr(doc.sha256().substring(0, 12) + "…"))
                .setTooltipGenerator(EngagementDocumentInfo::sha256)
                .setHeader(getTranslation("engagement.documents.sha256")).setWidth("9em").setFlexGrow(0);
        documents.addColumn(doc -> Bidi.ltr(Formats.dateTime(doc.uploadedAt(), getLocale())))
                .setHeader(getTranslation("engagement.documents.added")).setWidth("10em").setFlexGrow(0);
        documents.setItems(d.documents());
        documents.setAllRowsVisible(true);
        documents.setEmptyStateText(getTranslation("engagement.documents.none"));
        documents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        documents.setId("engagement-documents");
        part.add(documents);
        if (d.mayChange()) {
            part.add(new DocumentUpload(engagements, d.id(), () -> reload()));
        }
        return part;
    }

    private Anchor downloadLink(EngagementDocumentInfo doc) {
        var id = details.id();
        var failed = getTranslation("error.download.file");
        // read as the signed-in user when the link is followed, and audited then
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var download = engagements.download(id, doc.id());
                return new DownloadResponse(download.open(), download.fileName(), download.mediaType(),
                        download.sizeBytes());
            } catch (java.io.IOException | RuntimeException e) {
                return DownloadResponse.error(404, failed);
            }
        }), Bidi.isolate(doc.fileName()));
        anchor.setId("engagement-document-" + doc.id());
        return anchor;
    }

    private Component commitmentsPart(EngagementDetails d) {
        var part = new Div(section("engagement.commitments.title"));
        commitments = new Grid<>();
        CommitmentColumns.configure(this, commitments, false, this::followUp);
        commitments.setItems(d.commitments().stream().sorted(java.util.Comparator
                .comparing((CommitmentInfo c) -> !c.overdue()).thenComparing(CommitmentInfo::dueOn)).toList());
        commitments.setAllRowsVisible(true);
        commitments.setId("engagement-commitments");
        part.add(commitments);
        if (d.mayChange()) {
            var add = new Button(getTranslation("engagement.commitment.add"), new Icon(VaadinIcon.PLUS),
                    e -> new CommitmentDialog(engagements, d.id(), directory.committees(), this::reload).open());
            add.setId("add-commitment");
            part.add(add);
        }
        return part;
    }

    private void followUp(CommitmentInfo c, pk.gov.mashwara.engagement.CommitmentStatus outcome) {
        new FollowUpDialog(follow, c, outcome, this::reload).open();
    }

    void reload() {
        try {
            details = engagements.get(details.id());
            render();
        } catch (UserFacingException e) {
            Notices.error(e);
        }
    }

    private void fact(Div facts, String key, Component value) {
        var label = new Span(getTranslation(key));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        facts.add(label, value);
    }

    private H3 section(String key) {
        var title = new H3(getTranslation(key));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        return title;
    }

    private static Component text(String text) {
        var p = new Paragraph(text == null || text.isBlank() ? "—" : text);
        p.getStyle().set("white-space", "pre-line");
        p.addClassNames(LumoUtility.Margin.NONE);
        return p;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("engagement.list.title") : details.subject()) + " · "
                + getTranslation("app.name");
    }
}
