package pk.gov.mashwara.routing.ui;

import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.InputDocument;
import pk.gov.mashwara.routing.InputHtml;
import pk.gov.mashwara.routing.InputService;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * The NSMCWG's input on a draft as a page of its own: the secretary composes it at consolidation (pre-filled from
 * the review), the focal person edits it at clearance beside the points it came from; once cleared, everyone who
 * may see the draft reads it ("Input of the NSMCWG, cleared by …"), point by point with a link to each passage,
 * records the committee's response per point (the routing action {@code record-response}) and downloads it as a
 * letter. Before clearance only the NSMCWG may open it.
 */
@Route("drafts/:draftId([0-9]{1,18})/input")
@PermitAll
public class InputView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String RESPOND = "record-response";

    private final InputService inputs;
    private final RoutingService routing;
    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph subtitle = new Paragraph();
    final Div status = new Div();
    final Div downloads = new Div();
    final Section document = new Section();
    final Section points = new Section();
    final Details revisions = new Details();
    final TextArea note = new TextArea();
    final TextArea text = new TextArea();
    final Button save = new Button();
    final Button prefill = new Button();
    final Div preview = new Div();
    private InputDocument doc;
    private long draftId;

    public InputView(InputService inputs, RoutingService routing) {
        this.inputs = inputs;
        this.routing = routing;
        addClassNames("view", "input-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.LARGE, LumoUtility.Gap.MEDIUM);
        back.setText(getTranslation("input.back"));
        back.addClassNames(LumoUtility.FontSize.SMALL);
        title.setText(getTranslation("input.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        title.setId("input-title");
        subtitle.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, "draft-heading");
        subtitle.getElement().setAttribute("dir", "auto");
        status.setId("input-status");
        status.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        downloads.setId("input-downloads");
        downloads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        document.setId("input-document");
        document.addClassNames("input-document");
        points.setId("input-points");
        points.addClassNames("input-points");
        revisions.setId("input-revisions");
        var columns = new Div(document, points);
        columns.addClassNames("input-columns");
        add(back, title, subtitle, status, downloads, columns, revisions);

        note.setLabel(getTranslation("input.field.note"));
        note.setId("input-note");
        note.setMaxLength(InputService.MAX_NOTE);
        note.setWidthFull();
        note.setMinHeight("6em");
        note.getElement().setAttribute("dir", "auto");
        text.setLabel(getTranslation("input.field.text"));
        text.setHelperText(getTranslation("input.field.text.help"));
        text.setId("input-text");
        text.setWidthFull();
        text.setMinHeight("22em");
        text.getElement().setAttribute("dir", "auto");
        text.addValueChangeListener(e -> showPreview());
        save.setText(getTranslation("input.save"));
        save.setId("input-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        prefill.setText(getTranslation("input.prefill"));
        prefill.setId("input-prefill");
        prefill.addClickListener(e -> startAgain());
        preview.setId("input-preview");
        preview.addClassNames("input-text", "input-preview");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("input.title") + (doc == null ? "" : " · " + doc.draftTitle());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().getLong("draftId").orElse(0L);
        back.setHref("drafts/" + draftId);
        try {
            doc = inputs.document(draftId);
        } catch (NotFoundException e) {
            Notices.error(e);
            event.forwardTo("drafts");
            return;
        }
        show();
    }

    private void show() {
        subtitle.setText(doc.draftTitle() + (doc.diaryNumber() == null ? ""
                : " · " + getTranslation("input.diary", "\u2068" + doc.diaryNumber() + "\u2069")));
        showStatus();
        showDocument();
        showPoints();
        showRevisions();
    }

    private void showStatus() {
        status.removeAll();
        downloads.removeAll();
        var cleared = doc.clearance();
        if (doc.cleared() && cleared != null) {
            status.add(new Badge(getTranslation("routing.cleared"), Badge.Tone.SUCCESS));
            var line = new Span(getTranslation("input.clearedBy", cleared.signerName(),
                    getTranslation("input.focalOffice"), Formats.date(cleared.signedAt(), getLocale())));
            line.setId("input-cleared-by");
            status.add(line);
            downloads.add(download("pdf", VaadinIcon.FILE_TEXT_O), download("docx", VaadinIcon.FILE_O));
        } else {
            status.add(new Badge(getTranslation("input.status." + doc.status()),
                    doc.status() == InputDocument.Status.NOT_COMPOSED ? Badge.Tone.WARNING : Badge.Tone.INFO));
            var hint = new Span(getTranslation(doc.mayEdit() ? "input.hint.edit." + doc.draftStatus()
                    : "input.hint.nsmcwgOnly"));
            hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            status.add(hint);
        }
    }

    private Anchor download(String format, VaadinIcon icon) {
        long id = draftId;
        // translated now, in the page's language: the download runs outside the page's request
        var failed = getTranslation("error.download.letter");
        // the letter in the language the page is read in
        var locale = getLocale();
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var file = inputs.letter(id, format, locale);
                return new DownloadResponse(new java.io.ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(404, failed);
            }
        }), "");
        var button = new Button(getTranslation("input.download." + format), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("input-download-" + format);
        return anchor;
    }

    private void showDocument() {
        document.removeAll();
        var heading = new H3(getTranslation(doc.mayEdit() ? "input.heading.edit" : "input.heading.text"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.NONE);
        document.add(heading);
        if (doc.mayEdit()) {
            note.setValue(doc.coveringNote());
            text.setValue(InputMarkup.toMarkup(doc.html()));
            var buttons = new Div(save, prefill);
            buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
            var previewTitle = new Span(getTranslation("input.preview"));
            previewTitle.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            document.add(note, text, buttons, previewTitle, preview);
            showPreview();
        } else {
            var covering = new Paragraph(doc.coveringNote());
            covering.setId("input-covering-note");
            covering.addClassNames("input-covering-note");
            covering.getElement().setAttribute("dir", "auto");
            document.add(covering, rendered(doc.html(), "input-rendered"));
        }
    }

    /** The text as stored, cleaned again and shown inert (headings, lists, bold and italic only). */
    private static Div rendered(String html, String id) {
        var box = new Div();
        box.setId(id);
        box.addClassNames("input-text");
        box.getElement().setAttribute("dir", "auto");
        box.add(new Html("<div>" + InputHtml.clean(html) + "</div>"));
        return box;
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new Html("<div>" + InputMarkup.toHtml(text.getValue()) + "</div>"));
    }

    private void startAgain() {
        var fresh = inputs.prefilled(draftId);
        note.setValue(fresh.coveringNote());
        text.setValue(InputMarkup.toMarkup(fresh.html()));
        Notices.success(getTranslation("input.prefilled"));
    }

    private void save() {
        note.setInvalid(false);
        text.setInvalid(false);
        try {
            doc = inputs.save(draftId, doc.revision(), note.getValue(), InputMarkup.toHtml(text.getValue()));
            Notices.success(getTranslation("input.saved", doc.revision()));
            show();
        } catch (InvalidInputException e) {
            // shown where it is wrong
            var field = e.messageKey().startsWith("error.input.note") ? note : text;
            field.setErrorMessage(Notices.messageFor(e));
            field.setInvalid(true);
        } catch (RuntimeException e) {
            Notices.error(e);
        }
    }

    private void showPoints() {
        points.removeAll();
        var heading = new H3(getTranslation("input.points", doc.points().size()));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.NONE);
        points.add(heading);
        if (doc.points().isEmpty()) {
            points.add(new Paragraph(getTranslation("input.points.none")));
            return;
        }
        var mayRespond = routing.routing(draftId).actions().stream()
                .anyMatch(a -> a.name().equals(RESPOND) && a.possibleNow());
        Resolution current = null;
        for (var point : doc.points()) {
            if (point.position() != current) {
                current = point.position();
                var group = new Span(getTranslation("input.prefill.section." + current));
                group.addClassNames("input-point-group", LumoUtility.FontWeight.SEMIBOLD);
                points.add(group);
            }
            points.add(point(point, mayRespond && point.position() == Resolution.ACCEPTED));
        }
    }

    private Div point(InputDocument.Point point, boolean mayRespond) {
        var card = new Div();
        card.setId("input-point-" + point.threadId());
        card.addClassNames("input-point");
        var head = new Div(new Badge(getTranslation("resolution." + point.position()), switch (point.position()) {
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.ERROR;
            case NOTED -> Badge.Tone.NEUTRAL;
        }));
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        var where = new Span(point.passage() == null ? getTranslation("input.prefill.wholeDraft")
                : point.page() == null ? getTranslation("input.point.passage")
                        : getTranslation("input.point.page", point.page()));
        where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        head.add(where);
        var reader = new Anchor("drafts/" + draftId + "/versions/" + point.versionNumber() + "/text?thread="
                + point.threadId(), getTranslation("input.point.open"));
        reader.setId("input-point-open-" + point.threadId());
        reader.addClassNames(LumoUtility.FontSize.SMALL);
        head.add(reader);
        card.add(head);
        if (point.passage() != null) {
            var quote = new Paragraph("“" + abbreviate(point.passage(), 300) + "”");
            quote.addClassNames("input-point-quote");
            quote.getElement().setAttribute("dir", "auto");
            card.add(quote);
        }
        if (point.said() != null) {
            var said = new Paragraph(point.said());
            said.getElement().setAttribute("dir", "auto");
            said.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
            card.add(said);
        }
        if (point.reason() != null && !point.reason().isBlank()) {
            var reason = new Paragraph(getTranslation("input.point.reason", point.reason()));
            reason.getElement().setAttribute("dir", "auto");
            reason.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
            card.add(reason);
        }
        if (point.response() != null) {
            var response = new Paragraph(getTranslation("input.point.response", point.response().text(),
                    Formats.date(point.response().at(), getLocale())));
            response.setId("input-point-response-" + point.threadId());
            response.getElement().setAttribute("dir", "auto");
            response.addClassNames("input-point-response", LumoUtility.FontSize.SMALL);
            card.add(response);
        }
        if (mayRespond) {
            var respond = new Button(getTranslation(point.response() == null ? "input.point.respond"
                    : "input.point.respondAgain"), e -> respond(point));
            respond.setId("input-point-respond-" + point.threadId());
            respond.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(respond);
        }
        return card;
    }

    /** The committee records how it dealt with the point: the routing action record-response, nothing else. */
    private void respond(InputDocument.Point point) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("input.point.respond"));
        dialog.setWidth("min(560px, 96vw)");
        var said = new Paragraph(point.said() == null ? "" : abbreviate(point.said(), 200));
        said.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var area = new TextArea(getTranslation("routing.detail.response"));
        area.setId("input-response-text");
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setRequired(true);
        area.getElement().setAttribute("dir", "auto");
        dialog.add(said, area);
        var confirm = new Button(getTranslation("action.confirm"), e -> {
            if (area.getValue().isBlank()) {
                area.setErrorMessage(getTranslation("routing.field.required"));
                area.setInvalid(true);
                return;
            }
            try {
                var view = routing.routing(draftId);
                routing.act(draftId, RESPOND, new ActionRequest(view.draftVersion(), null,
                        Map.of("threadId", Long.toString(point.threadId()), "response", area.getValue())));
                dialog.close();
                doc = inputs.document(draftId);
                show();
                Notices.success(getTranslation("input.point.responded"));
            } catch (InvalidInputException ex) {
                area.setErrorMessage(Notices.messageFor(ex));
                area.setInvalid(true);
            } catch (RuntimeException ex) {
                dialog.close();
                Notices.error(ex);
            }
        });
        confirm.setId("input-response-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void showRevisions() {
        revisions.setSummaryText(getTranslation("input.revisions", doc.revisions().size()));
        var list = new Div();
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        for (var r : doc.revisions().reversed()) {
            var line = new Span(getTranslation("input.revision", r.number(), r.authorName(),
                    "\u2068" + Formats.dateTime(r.savedAt(), getLocale()) + "\u2069",
                    getTranslation("draftStatus." + r.draftStatus())));
            line.addClassNames(LumoUtility.FontSize.SMALL);
            list.add(line);
        }
        revisions.removeAll();
        revisions.add(list);
        revisions.setVisible(!doc.revisions().isEmpty());
    }

    private static String abbreviate(String text, int max) {
        var flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > max ? flat.substring(0, max - 1) + "…" : flat;
    }
}
