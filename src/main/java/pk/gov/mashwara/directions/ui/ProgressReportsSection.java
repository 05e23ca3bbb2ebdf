package pk.gov.mashwara.directions.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.BodyRef;
import pk.gov.mashwara.directions.GeneratedReport;
import pk.gov.mashwara.directions.ProgressReportInfo;
import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directions.ProgressReportsOverview;
import pk.gov.mashwara.directions.ReportDue;
import pk.gov.mashwara.directions.ReportEvery;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * The letter page's progress reports to the issuing office: the schedule (and, for whoever may, setting it), the
 * next report due per office with "overdue" where it is, the period and office to write a report for with its PDF
 * and DOCX, signing it off, and the reports kept, each with its files, hash and the day it was sent.
 */
final class ProgressReportsSection extends Div {

    private final ProgressReports reports;
    private final DirectoryService directory;
    private final long letterId;
    final Select<BodyRef> body = new Select<>();
    final DatePicker from = Formats.dayFirst(new DatePicker());
    final DatePicker to = Formats.dayFirst(new DatePicker());
    final TextField diary = new TextField();
    final Grid<ProgressReportInfo> history = new Grid<>();

    ProgressReportsSection(ProgressReports reports, DirectoryService directory, long letterId) {
        this.reports = reports;
        this.directory = directory;
        this.letterId = letterId;
        setId("progress-reports");
        show();
    }

    private void show() {
        removeAll();
        var overview = reports.overview(letterId);
        var locale = getLocale();
        var heading = new H3(getTranslation("directions.report.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM);
        add(heading, schedule(overview), due(overview));
        if (!overview.bodies().isEmpty()) {
            add(generate(overview));
        }
        history.removeAllColumns();
        history.addColumn(r -> DirectionLabels.date(r.from(), locale) + " – " + DirectionLabels.date(r.to(), locale))
                .setHeader(getTranslation("directions.report.period")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(new ComponentRenderer<>(r -> {
            var office = new Span(r.consolidated()
                    ? getTranslation("directions.report.consolidatedBy", Bidi.ltr(r.body().code(), locale))
                    : Bidi.ltr(r.body().code(), locale));
            office.getElement().setAttribute("title", r.body().displayName(locale));
            return office;
        })).setHeader(getTranslation("directions.report.office")).setFlexGrow(1);
        history.addColumn(r -> Bidi.ltr(r.diaryNumber(), locale)).setHeader(getTranslation("directions.report.diary"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> getTranslation("directions.report.signedBy", r.signerName(),
                Formats.dateTime(r.signedAt(), locale))).setHeader(getTranslation("directions.report.signed"))
                .setFlexGrow(2);
        history.addColumn(new ComponentRenderer<>(r -> {
            var hash = new Span(Bidi.ltr(r.hash().substring(0, 10) + "…", locale) + " ");
            hash.getElement().setAttribute("title", "SHA-256 " + r.hash());
            return new Div(hash, r.intact() ? new Badge(getTranslation("directions.report.intact"), Badge.Tone.SUCCESS)
                    : new Badge(getTranslation("directions.report.altered"), Badge.Tone.ERROR));
        })).setHeader(getTranslation("directions.report.hash")).setFlexGrow(1);
        history.addColumn(new ComponentRenderer<>(r -> {
            if (r.sentOn() != null) {
                return new Span(getTranslation("directions.report.sentOn", DirectionLabels.date(r.sentOn(), locale)));
            }
            if (r.canRecordSent()) {
                var button = new Button(getTranslation("directions.report.recordSent"),
                        e -> new Sent(reports, letterId, r.id(), this::show).open());
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.setId("record-sent-" + r.id());
                return button;
            }
            return new Span(getTranslation("directions.report.notSent"));
        })).setHeader(getTranslation("directions.report.sent")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(new ComponentRenderer<>(r -> new Div(kept(r, true), new Span(" "), kept(r, false))))
                .setHeader(getTranslation("directions.report.files")).setAutoWidth(true).setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setItems(overview.reports());
        history.setId("report-history");
        var historyHeading = new Paragraph(getTranslation(overview.reports().isEmpty() ? "directions.report.none"
                : "directions.report.history"));
        historyHeading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.XSMALL);
        add(historyHeading);
        if (!overview.reports().isEmpty()) {
            add(history);
        }
    }

    private Div schedule(ProgressReportsOverview overview) {
        var box = new Div();
        box.setId("report-schedule");
        var locale = getLocale();
        var s = overview.schedule();
        box.add(new Paragraph(s == null ? getTranslation("directions.report.schedule.none")
                : getTranslation("directions.report.schedule.is", getTranslation("directions.report.every." + s.every()),
                        DirectionLabels.date(s.startsOn(), locale), directory.nameAndOffice(s.setBy(), locale))));
        if (overview.canSchedule()) {
            var every = new Select<ReportEvery>();
            every.setItems(ReportEvery.values());
            every.setItemLabelGenerator(e -> getTranslation("directions.report.every." + e.name()));
            every.setLabel(getTranslation("directions.report.schedule.every"));
            every.setValue(s == null ? ReportEvery.FORTNIGHTLY : s.every());
            every.setId("schedule-every");
            var starts = Formats.dayFirst(new DatePicker(getTranslation("directions.report.schedule.starts")));
            starts.setValue(s == null ? LocalDate.now(Formats.PKT) : s.startsOn());
            starts.setId("schedule-starts");
            var set = new Button(getTranslation("directions.report.schedule.set"), e -> {
                try {
                    reports.schedule(letterId, every.getValue(), starts.getValue());
                    Notices.success(getTranslation("directions.report.schedule.saved"));
                    show();
                } catch (UserFacingException ex) {
                    Notices.error(ex.localizedMessage(getLocale()));
                }
            });
            set.setId("schedule-set");
            var row = new Div(every, starts, set);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE,
                    LumoUtility.FlexWrap.WRAP);
            box.add(row);
        }
        return box;
    }

    private Div due(ProgressReportsOverview overview) {
        var box = new Div();
        box.setId("report-due");
        var locale = getLocale();
        for (ReportDue d : overview.due()) {
            var line = new Div(new Span(getTranslation("directions.report.dueOn", d.body().displayName(locale),
                    DirectionLabels.date(d.due(), locale)) + " "));
            if (d.overdue()) {
                line.add(new Badge(getTranslation("directions.report.overdueBy",
                        Bidi.ltr(Long.toString(d.overdueDays()), locale)), Badge.Tone.ERROR));
            }
            box.add(line);
        }
        return box;
    }

    private Div generate(ProgressReportsOverview overview) {
        var locale = getLocale();
        body.setLabel(getTranslation("directions.report.office"));
        var items = new ArrayList<>(overview.bodies());
        if (overview.consolidates()) {
            var all = getTranslation("directions.report.consolidated");
            items.add(new BodyRef(0, ProgressReports.CONSOLIDATED, all, all));
        }
        body.setItems(items);
        body.setItemLabelGenerator(b -> b.displayName(locale));
        body.setValue(items.getFirst());
        body.setVisible(items.size() > 1);
        body.setId("report-body");
        from.setLabel(getTranslation("directions.report.from"));
        from.setValue(consolidated() ? overview.consolidatedFrom() : overview.suggestedFrom());
        from.setId("report-from");
        to.setLabel(getTranslation("directions.report.to"));
        to.setValue(overview.suggestedTo());
        to.setId("report-to");
        diary.setLabel(getTranslation("directions.report.diary"));
        diary.setHelperText(getTranslation("directions.report.diaryHelp"));
        diary.setId("report-diary");
        var form = new FormLayout(body, from, to, diary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
        var pdf = download("directions.report.pdf", "report-pdf", VaadinIcon.FILE_TEXT_O,
                () -> reports.pdf(letterId, code(), from.getValue(), to.getValue(), diary.getValue()));
        var docx = download("directions.report.docx", "report-docx", VaadinIcon.FILE_O,
                () -> reports.docx(letterId, code(), from.getValue(), to.getValue(), diary.getValue()));
        var actions = new Div(pdf, docx);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        if (overview.canSignOff() || overview.canSignOffConsolidated()) {
            var sign = new Button(getTranslation("directions.report.signOff"),
                    e -> new SignOff(reports, letterId, consolidated(), from.getValue(), to.getValue(),
                            diary.getValue(), this::show).open());
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sign.setId("report-sign-off");
            sign.setVisible(consolidated() ? overview.canSignOffConsolidated() : overview.canSignOff());
            actions.add(sign);
            body.addValueChangeListener(e -> sign.setVisible(consolidated() ? overview.canSignOffConsolidated()
                    : overview.canSignOff()));
        }
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                from.setValue(consolidated() ? overview.consolidatedFrom() : overview.suggestedFrom());
            }
        });
        var box = new Div(form, actions);
        box.addClassNames(LumoUtility.Padding.Vertical.SMALL);
        return box;
    }

    private boolean consolidated() {
        return body.getValue() != null && ProgressReports.CONSOLIDATED.equals(body.getValue().code());
    }

    private String code() {
        return body.getValue() == null ? null : body.getValue().code();
    }

    private Anchor download(String key, String id, VaadinIcon icon, Supplier<GeneratedReport> report) {
        var failed = getTranslation("error.directions.download");
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var file = report.get();
                return new DownloadResponse(new java.io.ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(400, failed);
            }
        }), "");
        anchor.add(icon.create(), new Span(" " + getTranslation(key)));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId(id);
        return anchor;
    }

    private Anchor kept(ProgressReportInfo report, boolean pdf) {
        var failed = getTranslation("error.directions.download");
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var file = reports.kept(letterId, report.id(), pdf);
                return new DownloadResponse(file.open(), file.fileName(), file.mediaType(), file.sizeBytes());
            } catch (RuntimeException | java.io.IOException e) {
                return DownloadResponse.error(404, failed);
            }
        }), pdf ? "PDF" : "DOCX");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("kept-" + (pdf ? "pdf" : "docx") + "-" + report.id());
        return anchor;
    }

    /** Signing the report off: the diary number, and a word that it cannot be changed afterwards. */
    static final class SignOff extends FormDialog {

        final TextField diary = new TextField();
        private final ProgressReports reports;
        private final long letterId;
        private final LocalDate from;
        private final LocalDate to;
        private final boolean consolidated;

        SignOff(ProgressReports reports, long letterId, boolean consolidated, LocalDate from, LocalDate to,
                String diaryNumber, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation("directions.report.signOff.title"));
            this.reports = reports;
            this.letterId = letterId;
            this.consolidated = consolidated;
            this.from = from;
            this.to = to;
            add(new Paragraph(getTranslation(consolidated ? "directions.report.signOff.consolidatedText"
                    : "directions.report.signOff.text",
                    DirectionLabels.date(from, getLocale()), DirectionLabels.date(to, getLocale()))));
            diary.setLabel(getTranslation("directions.report.diary"));
            diary.setValue(diaryNumber == null ? "" : diaryNumber);
            diary.setId("sign-off-diary");
            add(new FormLayout(diary));
            save.setText(getTranslation("directions.report.signOff"));
            save.setId("sign-off-confirm");
        }

        @Override
        protected String persist() {
            reports.signOff(letterId, consolidated, from, to, diary.getValue());
            return getTranslation("directions.report.signOff.saved");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("diaryNumber", diary);
        }
    }

    /** Recording the day the report was sent. */
    static final class Sent extends FormDialog {

        final DatePicker on = Formats.dayFirst(new DatePicker());
        private final ProgressReports reports;
        private final long letterId;
        private final long reportId;

        Sent(ProgressReports reports, long letterId, long reportId, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation("directions.report.recordSent"));
            this.reports = reports;
            this.letterId = letterId;
            this.reportId = reportId;
            on.setLabel(getTranslation("directions.report.sentDate"));
            on.setValue(LocalDate.now(Formats.PKT));
            on.setId("sent-date");
            add(new FormLayout(on));
            save.setId("sent-confirm");
        }

        @Override
        protected String persist() {
            reports.recordSent(letterId, reportId, on.getValue());
            return getTranslation("directions.report.sent.saved");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("sentOn", on);
        }
    }
}
