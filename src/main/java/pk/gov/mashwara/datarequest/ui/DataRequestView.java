package pk.gov.mashwara.datarequest.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.datarequest.Act;
import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.DataRequestViews.AnswerInfo;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyDetails;
import pk.gov.mashwara.datarequest.DataRequestViews.Details;
import pk.gov.mashwara.datarequest.DataRequestViews.FileInfo;
import pk.gov.mashwara.datarequest.TablePreview;
import pk.gov.mashwara.draft.PortalFiles;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.PriorityFlag;
import pk.gov.mashwara.shared.ui.Views;

/**
 * One data request: what was asked and why, and for each addressed body where it stands, its thread, its answers with
 * their files (downloads recorded in the audit log) and a preview of tabular files, with the acts the reader may take.
 */
@Route("data-requests/:requestId([0-9]{1,18})")
@RolesAllowed({ "NSMCWG_MEMBER", "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.AUDITOR_NAME, Role.COMMITTEE_DRAFTER_NAME,
        Role.COMMITTEE_OFFICER_NAME })
public class DataRequestView extends Main implements com.vaadin.flow.router.BeforeEnterObserver, HasDynamicTitle {

    private final pk.gov.mashwara.text.FileTextStates fileTexts;
    private final DataRequestService requests;
    private final long maxBytes;
    private long id;
    private Details details;
    final Div content = new Div();

    public DataRequestView(DataRequestService requests, PortalFiles files,
            pk.gov.mashwara.text.FileTextStates fileTexts) {
        this.requests = requests;
        this.fileTexts = fileTexts;
        this.maxBytes = files.maxBytes();
        Views.frame(this);
        setId("data-request");
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        add(content);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("requestId").orElse(0L);
        try {
            show();
        } catch (UserFacingException e) {
            content.removeAll();
            var missing = new Paragraph(e.localizedMessage(getLocale()));
            missing.setId("data-request-missing");
            content.add(Views.header(getTranslation("datarequest.title")), missing);
        }
    }

    /** Reads the request again and draws the page. */
    void show() {
        details = requests.get(id);
        var locale = getLocale();
        content.removeAll();
        var back = new Anchor("data-requests", getTranslation("datarequest.back"));
        back.setId("data-request-back");
        var header = Views.header(Bidi.ltr(details.reference(), locale) + " · " + details.subject());
        content.add(back, header, particulars(locale));
        for (var body : details.bodies()) {
            content.add(body(body, locale));
        }
    }

    private Component particulars(Locale locale) {
        var box = new Div();
        box.setId("data-request-particulars");
        box.addClassNames("datarequest-particulars", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        var flags = new Div(PriorityFlag.of(this, details.priority()),
                new Badge(getTranslation("classification." + details.classification().name()),
                        details.classification().name().equals("UNCLASSIFIED") ? Badge.Tone.NEUTRAL : Badge.Tone.WARNING),
                new Badge(getTranslation("datarequest.form." + details.formWanted().name()), Badge.Tone.INFO));
        flags.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        box.add(flags);
        box.add(fact("datarequest.question", details.question()));
        box.add(fact("datarequest.why", details.whyNeeded()));
        box.add(fact("datarequest.askedBy", getTranslation("datarequest.askedByOn",
                requests.person(details.createdBy(), locale), Formats.dateTime(details.createdAt(), locale))));
        box.add(fact("datarequest.due", getTranslation("datarequest.dueIn", Formats.dateTime(details.dueAt(), locale),
                Bidi.ltr(Integer.toString(details.deadlineDays()), locale))));
        if (details.directionLetter() != null || details.directionNumber() != null) {
            box.add(fact("datarequest.direction", getTranslation("datarequest.directionOf",
                    Bidi.ltr(details.directionNumber() == null ? "" : details.directionNumber(), locale),
                    Bidi.ltr(details.directionLetter() == null ? "" : details.directionLetter(), locale))));
        }
        return box;
    }

    private Component fact(String key, String value) {
        var label = new Span(getTranslation(key));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var text = new Paragraph(value);
        text.addClassNames(LumoUtility.Margin.NONE, "datarequest-text");
        text.getStyle().set("white-space", "pre-wrap");
        text.getElement().setAttribute("dir", "auto"); // what users wrote, in either language
        var row = new Div(label, text);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return row;
    }

    private Component body(BodyDetails body, Locale locale) {
        var status = body.status();
        var card = new Div();
        card.setId("body-" + status.code().toLowerCase(Locale.ROOT));
        card.addClassNames("datarequest-card", LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        var name = new H3(("ur".equals(locale.getLanguage()) && status.nameUr() != null ? status.nameUr() : status.name())
                + " (" + Bidi.ltr(status.code(), locale) + ")");
        name.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        var title = new Div(name, DataRequestLabels.state(this, status.state()));
        if (status.overdue()) {
            var overdue = new Badge(getTranslation("datarequest.overdue"), Badge.Tone.ERROR);
            overdue.addClassName("datarequest-overdue");
            title.add(overdue);
        }
        if (status.escalated()) {
            title.add(new Badge(getTranslation("datarequest.escalated"), Badge.Tone.WARNING));
        }
        title.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        card.add(title);
        var facts = new Div();
        facts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN);
        if (body.acknowledgedAt() != null) {
            facts.add(new Span(getTranslation("datarequest.acknowledgedBy", requests.person(body.acknowledgedBy(), locale),
                    Formats.dateTime(body.acknowledgedAt(), locale))));
        }
        if (body.delegatedTo() != null) {
            facts.add(new Span(getTranslation("datarequest.delegatedTo", requests.person(body.delegatedTo(), locale))));
        }
        if (status.restDue() != null) {
            facts.add(new Span(getTranslation("datarequest.restDueOn", DataRequestLabels.day(status.restDue(), locale))));
        }
        if (body.declineReason() != null) {
            facts.add(new Span(getTranslation("datarequest.declinedBecause", body.declineReason())));
        }
        card.add(facts);
        card.add(actions(body));
        if (!body.thread().isEmpty()) {
            var thread = new Div();
            thread.addClassNames("datarequest-thread", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                    LumoUtility.Gap.XSMALL);
            var heading = new H4(getTranslation("datarequest.thread"));
            heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
            thread.add(heading);
            for (var message : body.thread()) {
                var who = new Span(getTranslation("datarequest.message." + message.kind(),
                        requests.person(message.author(), locale), Formats.dateTime(message.writtenAt(), locale)));
                who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                var text = new Paragraph(message.kind().equals("DELEGATED") ? requests.person(message.text(), locale)
                        : message.text());
                text.addClassNames(LumoUtility.Margin.NONE);
                text.getStyle().set("white-space", "pre-wrap");
                text.getElement().setAttribute("dir", "auto"); // what users wrote, in either language
                thread.add(new Div(who, text));
            }
            card.add(thread);
        }
        for (var answer : body.answers()) {
            card.add(answer(answer, locale));
        }
        return card;
    }

    private Component actions(BodyDetails body) {
        var row = new Div();
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        var code = body.status().code();
        for (var act : Act.values()) {
            if (!body.acts().contains(act)) {
                continue;
            }
            var button = new Button(getTranslation("datarequest.act." + act.name()), e -> act(act, code));
            button.setId("act-" + act.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + code.toLowerCase(Locale.ROOT));
            if (act == Act.ANSWER) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (act == Act.DECLINE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            row.add(button);
        }
        return row;
    }

    /** Takes the act: at once for those without a form, through its dialog for the others. */
    void act(Act act, String code) {
        Runnable again = this::show;
        switch (act) {
            case ACKNOWLEDGE -> run(() -> requests.acknowledge(id, code), "datarequest.done.ACKNOWLEDGE");
            case REMIND -> run(() -> requests.remind(id, code), "datarequest.done.REMIND");
            case ASK_CLARIFICATION, GIVE_CLARIFICATION -> new TextDialog(getTranslation("datarequest.act." + act.name()),
                    getTranslation("datarequest.label." + act.name()), getTranslation("datarequest.act." + act.name()),
                    getTranslation("datarequest.done." + act.name()), "text", text -> requests.clarify(id, code, text),
                    again).open();
            case DECLINE -> new TextDialog(getTranslation("datarequest.act.DECLINE"),
                    getTranslation("datarequest.label.DECLINE"), getTranslation("datarequest.act.DECLINE"),
                    getTranslation("datarequest.done.DECLINE"), "reason", text -> requests.decline(id, code, text),
                    again).open();
            case ESCALATE -> new TextDialog(getTranslation("datarequest.act.ESCALATE"),
                    getTranslation("datarequest.label.ESCALATE"), getTranslation("datarequest.act.ESCALATE"),
                    getTranslation("datarequest.done.ESCALATE"), "note", text -> requests.escalate(id, code, text),
                    again).open();
            case DELEGATE -> new DelegateDialog(requests.colleagues(), username -> requests.delegate(id, code, username),
                    again).open();
            case ANSWER -> new AnswerDialog(requests, id, code, maxBytes, again).open();
        }
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notices.success(getTranslation(done));
        } catch (RuntimeException e) {
            Notices.error(e);
        }
        show();
    }

    private Component answer(AnswerInfo answer, Locale locale) {
        var box = new Div();
        box.setId("answer-" + answer.id());
        box.addClassNames("datarequest-answer", LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        var heading = new Div(new Span(getTranslation("datarequest.answerBy", Bidi.ltr(Integer.toString(answer.number()), locale),
                requests.person(answer.answeredBy(), locale), Formats.dateTime(answer.answeredAt(), locale))));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL,
                LumoUtility.FlexWrap.WRAP);
        if (answer.partial()) {
            heading.add(new Badge(getTranslation("datarequest.partialUntil", DataRequestLabels.day(answer.restDue(), locale)),
                    Badge.Tone.WARNING));
        }
        heading.add(new Badge(getTranslation(answer.shareable() ? "datarequest.shareable" : "datarequest.notShared"),
                answer.shareable() ? Badge.Tone.INFO : Badge.Tone.NEUTRAL));
        var text = new Paragraph(answer.text());
        text.addClassNames(LumoUtility.Margin.NONE);
        text.getStyle().set("white-space", "pre-wrap");
        text.getElement().setAttribute("dir", "auto"); // what users wrote, in either language
        box.add(heading, text);
        for (var file : answer.files()) {
            box.add(file(file, locale));
        }
        return box;
    }

    private Component file(FileInfo file, Locale locale) {
        long requestId = id;
        var failed = getTranslation("error.datarequest.download");
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var download = requests.download(requestId, file.id());
                return new DownloadResponse(download.open(), download.fileName(), download.mediaType(),
                        download.sizeBytes());
            } catch (Exception e) {
                return DownloadResponse.error(404, failed);
            }
        }), "");
        var button = new Button(file.fileName(), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        anchor.add(button);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("file-" + file.id());
        var meta = new Span(Bidi.ltr(Formats.size(file.sizeBytes(), locale) + " · SHA-256 " + file.sha256().substring(0, 12)
                + "…", locale));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var line = new Div(anchor, meta);
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        var box = new Div(line);
        box.add(new pk.gov.mashwara.text.ui.files.FileTextNote(fileTexts.of(List.of(file.sha256())).get(file.sha256())));
        var preview = requests.preview(requestId, file.id());
        if (preview.tabular()) {
            box.add(preview(file, preview));
        }
        return box;
    }

    /** The first rows of each sheet, each under its name; or what went wrong, the file kept all the same. */
    Component preview(FileInfo file, TablePreview preview) {
        var box = new Div();
        box.setId("preview-" + file.id());
        box.addClassNames("datarequest-preview", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        if (preview.problem() != null) {
            var problem = new Paragraph(getTranslation(preview.problem()));
            problem.addClassNames("datarequest-preview-problem", LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
            box.add(problem);
            return box;
        }
        for (var sheet : preview.sheets()) {
            var name = new Span(getTranslation("datarequest.sheet", sheet.name()));
            name.addClassNames("datarequest-sheet-name", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
            var grid = new Grid<java.util.List<String>>();
            grid.addClassName("datarequest-sheet");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
            for (int c = 0; c < sheet.columns(); c++) {
                final int column = c;
                grid.addColumn(row -> row.get(column)).setHeader(columnName(c)).setAutoWidth(true).setResizable(true);
            }
            grid.setItems(sheet.rows());
            grid.setAllRowsVisible(true);
            grid.setWidthFull();
            grid.getElement().setAttribute("dir", "ltr");
            box.add(name, grid);
            if (sheet.more()) {
                var more = new Span(getTranslation("datarequest.sheet.more", sheet.rows().size()));
                more.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
                box.add(more);
            }
        }
        return box;
    }

    /** A, B, … Z, AA, AB: the spreadsheet's names of columns. */
    static String columnName(int index) {
        var name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("datarequest.title") : details.reference() + " · " + details.subject();
    }
}
