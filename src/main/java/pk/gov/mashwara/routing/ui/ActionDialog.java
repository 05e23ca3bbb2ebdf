package pk.gov.mashwara.routing.ui;

import java.io.File;
import java.io.IOException;
import java.time.LocalDateTime;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * Asks for what a routing action asks (a reason, the competent authority's decision, the gazette notification,
 * a division's view, the consolidated input being cleared) and hands it on, after saying what the action does
 * when it cannot be undone. A refusal leaves the dialog open with everything entered; cancelling changes nothing.
 */
class ActionDialog extends Dialog {

    /** The files a view may come with: those drafts come in. */
    static final String ACCEPTED = ".pdf,.doc,.docx,.odt,.rtf,.txt,.html,.htm,.md,.xlsx,.pptx,.epub,.png,.jpg,.jpeg,.tif,.tiff";

    /** The files a lodged summary may be: the edited Word document or its PDF. */
    static final String SUMMARY_ACCEPTED = ".docx,.pdf";

    /** The choices of a consulted division's view, as recorded. */
    static final List<String> VIEWS = List.of("CONCUR", "CONCUR_WITH_OBSERVATIONS", "OBJECT");

    /**
     * What the user entered: the reason (or null), the details by the names the routing service expects, and the
     * file attached to a division's view (or null).
     */
    record Input(String reason, Map<String, String> details, Attached attachment) {

        Input(String reason, Map<String, String> details) {
            this(reason, details, null);
        }
    }

    /** A file received from the browser into a temporary file, with the name it was sent with. */
    record Attached(String fileName, File file) {
    }

    /** The name the routing service takes the review deadline under. */
    static final String DEADLINE_DETAIL = "reviewDeadline";

    final TextArea reason = new TextArea();
    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button confirm;
    final Button cancel;
    /** What the action does and that it cannot be undone; empty when the action needs no confirmation. */
    final Paragraph consequence = new Paragraph();
    /** A refusal that is not about one field, shown inside the dialog (not over it); hidden until there is one. */
    final Paragraph problem = new Paragraph();
    /** When comments close, for opening the review; null for other actions. */
    DateTimePicker reviewDeadline;
    /** The file picker of a division's view; null for other actions. */
    Upload attachment;
    private Attached attached;
    private final List<Ask> asks;
    private final FormLayout form = new FormLayout();
    /** Whether the action lodges the summary: then its file must be attached. */
    private boolean summaryFile;
    /** Whether the view is recorded on a division's behalf: then the scanned note must be attached. */
    private boolean onBehalf;
    private final Span attachmentLabel = new Span();

    ActionDialog(String title, List<Ask> asks, Predicate<Input> onConfirm) {
        this(title, asks, List.of(), onConfirm);
    }

    /** @param points the accepted points a response may be recorded to, when the action asks for one */
    ActionDialog(String title, List<Ask> asks, List<ThreadView> points, Predicate<Input> onConfirm) {
        this(title, asks, points, false, onConfirm);
    }

    /**
     * @param cabinetStep whether the view is the Cabinet's, which also records the meeting date and the day the
     *                    summary was lodged (the rules count the clear days between them)
     */
    ActionDialog(String title, List<Ask> asks, List<ThreadView> points, boolean cabinetStep, Predicate<Input> onConfirm) {
        this(title, asks, points, cabinetStep, 0, onConfirm);
    }

    /**
     * @param maxAttachmentBytes the largest file the portal accepts, offered with a division's view as its
     *                           optional attachment; 0: no file is offered
     */
    ActionDialog(String title, List<Ask> asks, List<ThreadView> points, boolean cabinetStep, long maxAttachmentBytes,
            Predicate<Input> onConfirm) {
        this(title, asks, points, cabinetStep, maxAttachmentBytes, null, onConfirm);
    }

    /**
     * @param consequence what taking the action does and that it cannot be undone, in plain words, shown above the
     *                    confirm button; null for none. With nothing to ask, the dialog is only this confirmation.
     */
    ActionDialog(String title, List<Ask> asks, List<ThreadView> points, boolean cabinetStep, long maxAttachmentBytes,
            String consequence, Predicate<Input> onConfirm) {
        this.asks = List.copyOf(asks);
        setHeaderTitle(title);
        setWidth("min(640px, 96vw)");
        addClassNames("routing-action-dialog");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        for (var ask : asks) {
            switch (ask) {
                case REASON -> {
                    reason.setLabel(getTranslation("routing.field.reason"));
                    reason.setRequired(true);
                    reason.setMaxLength(2000);
                    reason.setMinHeight("8em");
                    reason.setId("routing-reason");
                    form.add(reason, 2);
                }
                case DECISION -> {
                    form.add(text("authority"), 2);
                    form.add(text("decisionNumber"), date("decisionDate"));
                }
                case GAZETTE -> form.add(text("gazetteNumber"), date("gazetteDate"));
                case VIEW -> {
                    var view = new RadioButtonGroup<String>(getTranslation("routing.field.view"));
                    view.setItems(VIEWS);
                    view.setItemLabelGenerator(v -> getTranslation("routing.view." + v));
                    view.setRequired(true);
                    view.setId("routing-view");
                    fields.put("view", view);
                    form.add(view, 2);
                    form.add(area("viewText"), 2);
                    // the view arrives as a U.O. note: its number, date and who signed it
                    form.add(text("uoNumber"), date("uoDate"));
                    form.add(text("designation"), 2);
                    if (cabinetStep) {
                        form.add(date("summaryLodgedOn"), date("meetingDate"));
                    }
                    if (maxAttachmentBytes > 0) {
                        form.add(attachmentField(maxAttachmentBytes), 2);
                    }
                }
                case POWERS -> {
                    var powers = new RadioButtonGroup<String>(getTranslation("routing.detail.federalGovernmentPower"));
                    powers.setItems("yes", "no");
                    powers.setItemLabelGenerator(v -> getTranslation("routing.powers." + v));
                    powers.setRequired(true);
                    powers.setId("routing-federalGovernmentPower");
                    fields.put("federalGovernmentPower", powers);
                    form.add(powers, 2);
                }
                case RESPONSE -> {
                    var point = new RadioButtonGroup<Long>(getTranslation("routing.field.point"));
                    point.setItems(points.stream().map(ThreadView::id).toList());
                    point.setItemLabelGenerator(id -> points.stream().filter(t -> t.id() == id).findFirst()
                            .map(ActionDialog::describe).orElse(String.valueOf(id)));
                    point.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
                    point.setRequired(true);
                    point.setId("routing-threadId");
                    fields.put("threadId", point);
                    form.add(point, 2);
                    form.add(area("response"), 2);
                }
                case REVIEW_DEADLINE -> form.add(deadlineField(), 2);
                case SUMMARY -> {
                    // the summary is lodged as the final document: its date and the file (DOCX or PDF), required
                    form.add(date("summaryLodgedOn"));
                    if (maxAttachmentBytes > 0) {
                        summaryFile = true;
                        form.add(attachmentField(maxAttachmentBytes), 2);
                        attachment.setAcceptedFileTypes(SUMMARY_ACCEPTED.split(","));
                        attachmentLabel.setText(getTranslation("routing.field.summaryFile"));
                        attachment.setId("routing-summaryFile");
                    }
                }
                case CABINET_DECISION -> cabinetDecision(form);
                case IN_PRINCIPLE -> form.add(text("caseNumber"), date("decisionDate"));
                case INTRODUCTION -> {
                    form.add(choice("house", List.of("NATIONAL_ASSEMBLY", "SENATE"), "routing.house."), 2);
                    form.add(date("introducedOn"));
                }
                case PASSAGE -> form.add(date("passedOn"));
                case ASSENT -> form.add(date("assentedOn"));
                case PROMULGATION -> form.add(date("promulgatedOn"));
                case DIVISION -> {
                    var division = new ComboBox<String>(getTranslation("routing.detail.division"));
                    division.setRequired(true);
                    division.setId("routing-division");
                    fields.put("division", division);
                    form.add(division, 2);
                }
                case SECRETARIES_MEETING -> {
                    form.add(date("secretariesMeetingDate"), 2);
                    form.add(area("attendees"), 2);
                    form.add(area("outcome"), 2);
                }
                case SPONSOR_REPLY -> form.add(area("sponsorReply"), 2);
                case PRIORITY -> {
                    // optional: left empty, the draft keeps the mark it has
                    var priority = new RadioButtonGroup<String>(getTranslation("routing.detail.priority"));
                    priority.setItems(java.util.Arrays.stream(pk.gov.mashwara.draft.Priority.values())
                            .map(Enum::name).toList());
                    priority.setItemLabelGenerator(v -> getTranslation("priority." + v));
                    priority.setHelperText(getTranslation("routing.detail.priority.help"));
                    priority.setId("routing-priority");
                    // not among the required fields: left empty, nothing is sent and the mark stays
                    priorityField = priority;
                    form.add(priority, 2);
                }
            }
        }
        problem.setId("routing-problem");
        problem.addClassNames("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(problem);
        if (!asks.isEmpty()) {
            add(form);
        }
        if (consequence != null) {
            this.consequence.setText(consequence);
            this.consequence.setId("routing-consequence");
            this.consequence.addClassNames("routing-consequence", LumoUtility.FontWeight.SEMIBOLD,
                    LumoUtility.Margin.Bottom.NONE);
            add(this.consequence);
        }
        confirm = new Button(getTranslation("action.confirm"), e -> {
            problem.setVisible(false);
            if (!complete()) {
                return;
            }
            try {
                if (onConfirm.test(input())) {
                    close();
                }
            } catch (pk.gov.mashwara.shared.UserFacingException refusal) {
                // something entered is wrong: said where it is wrong, with everything entered kept
                refused(refusal);
            }
        });
        confirm.setId("routing-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("routing-cancel");
        getFooter().add(cancel, confirm);
        // the temporary file is only needed until the action is taken or given up
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discard();
            }
        });
    }

    /** The divisions offered for the action ({@code division}): their codes, each shown by its name. */
    @SuppressWarnings("unchecked")
    void offerDivisions(Map<String, String> names) {
        if (fields.get("division") instanceof ComboBox<?> box) {
            var division = (ComboBox<String>) box;
            division.setItems(List.copyOf(names.keySet()));
            division.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        }
    }

    /**
     * The view is recorded on a division's behalf (a U.O. note received on paper or through e-Office): the user
     * chooses the division among {@code names} (codes to names), gives the day the note was received, and attaches
     * the scanned note.
     */
    void recordOnBehalf(Map<String, String> names) {
        onBehalf = true;
        var division = new ComboBox<String>(getTranslation("routing.detail.onBehalfOf"));
        division.setRequired(true);
        division.setId("routing-division");
        division.setItems(List.copyOf(names.keySet()));
        division.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        if (names.size() == 1) {
            division.setValue(names.keySet().iterator().next());
        }
        fields.put("division", division);
        var received = date("receivedOn");
        received.setMax(java.time.LocalDate.now(Formats.PKT));
        form.addComponentAsFirst(division);
        form.setColspan(division, 2);
        form.add(received, 2);
        attachmentLabel.setText(getTranslation("routing.field.scan"));
    }

    /** When comments close, Pakistan time, day first; between now and the longest review the portal accepts. */
    private DateTimePicker deadlineField() {
        reviewDeadline = Formats.dayFirst(new DateTimePicker(getTranslation("routing.detail.reviewDeadline")));
        reviewDeadline.setHelperText(getTranslation("routing.field.reviewDeadline.help"));
        reviewDeadline.setRequiredIndicatorVisible(true);
        reviewDeadline.setStep(java.time.Duration.ofMinutes(30));
        var now = LocalDateTime.now(Formats.PKT);
        reviewDeadline.setMin(now);
        reviewDeadline.setMax(now.plus(pk.gov.mashwara.review.ReviewWindows.LONGEST));
        reviewDeadline.setId("routing-reviewDeadline");
        reviewDeadline.addValueChangeListener(e -> reviewDeadline.setInvalid(false));
        return reviewDeadline;
    }

    /** Proposes when comments close (the rule book's period of review); the user may change it. */
    void proposeDeadline(java.time.Instant deadline) {
        if (reviewDeadline != null && deadline != null) {
            reviewDeadline.setValue(LocalDateTime.ofInstant(deadline, Formats.PKT));
        }
    }

    /**
     * Shows a refusal where it belongs: under the field it names, when the dialog has that field; otherwise
     * inside the dialog above its buttons. Nothing entered is lost.
     */
    void refused(pk.gov.mashwara.shared.UserFacingException refusal) {
        var message = refusal.localizedMessage(getLocale());
        var field = refusal instanceof pk.gov.mashwara.shared.InvalidInputException invalid ? invalid.field() : null;
        HasValidation target = null;
        if (field != null && field.equals(DEADLINE_DETAIL) && reviewDeadline != null) {
            target = reviewDeadline;
        } else if (field != null && fields.get(field) instanceof HasValidation named) {
            target = named;
        } else if ("reason".equals(field) && asks.contains(Ask.REASON)) {
            target = reason;
        }
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    /**
     * One optional file for the view, received into a temporary file; its type and size are checked again, from
     * the content, when it is stored.
     */
    private Div attachmentField(long maxBytes) {
        attachment = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), file));
            } else {
                received(metadata.fileName(), file);
            }
        }));
        attachment.setId("routing-attachment");
        attachment.setMaxFiles(1);
        attachment.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        attachment.setAcceptedFileTypes(ACCEPTED.split(","));
        attachment.addFileRemovedListener(e -> discard());
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.choose")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("upload.oneFile")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        attachment.setI18n(i18n);
        attachmentLabel.setText(getTranslation("routing.field.attachment"));
        attachmentLabel.addClassNames("label");
        var label = attachmentLabel;
        var hint = new Span(getTranslation("routing.field.attachment.hint", maxBytes / (1024 * 1024)));
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var field = new Div(label, attachment, hint);
        field.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        return field;
    }

    /** A complete file has arrived (from the browser, or handed in by a test); it replaces any earlier one. */
    void received(String fileName, File file) {
        discard();
        attached = new Attached(fileName, file);
    }

    private void discard() {
        if (attached != null) {
            try {
                Files.deleteIfExists(attached.file().toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
            attached = null;
        }
    }

    /** A point as the committee knows it: the passage it is about and how it begins. */
    static String describe(ThreadView point) {
        var opening = point.comments().isEmpty() ? "" : point.comments().getFirst().body();
        var said = opening.length() > 100 ? opening.substring(0, 99) + "…" : opening;
        return point.passage() == null ? said : "“" + abbreviate(point.passage().exact()) + "”: " + said;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private TextField text(String name) {
        var field = new TextField(getTranslation("routing.detail." + name));
        field.setRequired(true);
        field.setMaxLength(200);
        field.setId("routing-" + name);
        fields.put(name, field);
        return field;
    }

    private TextArea area(String name) {
        var field = new TextArea(getTranslation("routing.detail." + name));
        field.setRequired(true);
        field.setMinHeight("8em");
        field.setId("routing-" + name);
        fields.put(name, field);
        return field;
    }

    /**
     * The decision of the Cabinet or its committee: the decision, the case number, at a meeting (its date) or by
     * circulation (the decision's date), and the modifications' text only when it approves with modifications.
     */
    private void cabinetDecision(FormLayout form) {
        var decision = choice("decision", List.of("approved", "approved-with-modifications", "deferred", "not-approved"),
                "routing.view.");
        var circulation = choice("byCirculation", List.of("no", "yes"), "routing.circulation.");
        circulation.setValue("no");
        var meeting = date("meetingDate");
        var decided = date("decisionDate");
        var modifications = area("modifications");
        form.add(decision, 2);
        form.add(text("caseNumber"), 2);
        form.add(circulation, 2);
        form.add(meeting, decided);
        form.add(modifications, 2);
        decided.setVisible(false);
        modifications.setVisible(false);
        circulation.addValueChangeListener(e -> {
            meeting.setVisible(!"yes".equals(e.getValue()));
            decided.setVisible("yes".equals(e.getValue()));
        });
        decision.addValueChangeListener(e -> modifications.setVisible("approved-with-modifications".equals(e.getValue())));
    }

    private RadioButtonGroup<String> choice(String name, List<String> values, String labelPrefix) {
        var group = new RadioButtonGroup<String>(getTranslation("routing.detail." + name));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(labelPrefix + v.toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_')));
        group.setRequired(true);
        group.setId("routing-" + name);
        fields.put(name, group);
        return group;
    }

    private DatePicker date(String name) {
        var field = Formats.dayFirst(new DatePicker(getTranslation("routing.detail." + name)));
        field.setRequired(true);
        // the dates the portal accepts (InputRules); others are refused by the service
        field.setMin(InputRules.FIRST_DATE);
        field.setMax(InputRules.LAST_DATE);
        field.setId("routing-" + name);
        fields.put(name, field);
        return field;
    }

    /** Marks what is missing; true when nothing is. */
    /** The priority mark the action may set, when it asks for one; optional. */
    private RadioButtonGroup<String> priorityField;

    private boolean complete() {
        var missing = new ArrayList<HasValidation>();
        if (asks.contains(Ask.REASON) && reason.getValue().isBlank()) {
            missing.add(reason);
        }
        if (reviewDeadline != null && reviewDeadline.getValue() == null) {
            // empty, or typed in a way that could not be read
            missing.add(reviewDeadline);
        } else if (reviewDeadline != null && !reviewDeadline.getValue().isAfter(LocalDateTime.now(Formats.PKT))) {
            reviewDeadline.setErrorMessage(getTranslation("error.review.window.past"));
            reviewDeadline.setInvalid(true);
            return false;
        }
        // a field hidden by the choices made (a meeting's date for a decision by circulation) is not asked
        fields.values().stream().filter(f -> f.isVisible() && value(f) == null).map(HasValidation.class::cast)
                .forEach(missing::add);
        if (summaryFile && attached == null) {
            problem.setText(getTranslation("routing.field.summaryFile.required"));
            problem.setVisible(true);
            return false;
        }
        if (onBehalf && attached == null) {
            // a view recorded for a division rests on its scanned note
            problem.setText(getTranslation("routing.field.scan.required"));
            problem.setVisible(true);
            return false;
        }
        for (var field : missing) {
            field.setErrorMessage(getTranslation("routing.field.required"));
            field.setInvalid(true);
        }
        return missing.isEmpty();
    }

    Input input() {
        var details = new LinkedHashMap<String, String>();
        fields.forEach((name, field) -> {
            if (field.isVisible()) {
                details.put(name, value(field));
            }
        });
        if (priorityField != null && priorityField.getValue() != null) {
            details.put("priority", priorityField.getValue());
        }
        if (reviewDeadline != null && reviewDeadline.getValue() != null) {
            // a date and time in Pakistan, as the routing service reads it
            details.put(DEADLINE_DETAIL, reviewDeadline.getValue().toString());
        }
        return new Input(asks.contains(Ask.REASON) ? reason.getValue() : null, details, attached);
    }

    private static String value(AbstractField<?, ?> field) {
        var value = field.getValue();
        if (value == null) {
            return null;
        }
        var text = value.toString();
        return text.isBlank() ? null : text.strip();
    }
}
