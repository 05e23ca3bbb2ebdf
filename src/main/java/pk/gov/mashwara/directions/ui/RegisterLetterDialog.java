package pk.gov.mashwara.directions.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directions.TimelineKind;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * Registers a letter of directions through {@link LetterService#register}: the issuing office, reference, date,
 * subject, classification and priority mark, the letter's file (kept in the file store under its SHA-256), its
 * addressees and copy list ("All Ministries/Divisions" among them), and its directions, each with its typed time
 * line and the lead and supporting bodies. A refusal is said under the field it is about (in the direction it is
 * about) and nothing entered is lost.
 */
final class RegisterLetterDialog extends FormDialog {

    final ComboBox<CommitteeInfo> office = new ComboBox<>();
    final TextField reference = new TextField();
    final DatePicker date = Formats.dayFirst(new DatePicker());
    final TextField subject = new TextField();
    final Select<Classification> classification = new Select<>();
    final Select<Priority> priority = new Select<>();
    final Checkbox socialMedia = new Checkbox();
    final TextArea body = new TextArea();
    final TextField signedBy = new TextField();
    final MultiSelectComboBox<CommitteeInfo> to = new MultiSelectComboBox<>();
    final Checkbox toAll = new Checkbox();
    final TextArea named = new TextArea();
    final MultiSelectComboBox<CommitteeInfo> copies = new MultiSelectComboBox<>();
    final TextArea namedCopies = new TextArea();
    final Upload file;
    final List<DirectionRow> rows = new ArrayList<>();
    final Div directions = new Div();
    File received;
    String receivedName;

    private final LetterService letters;
    private final List<CommitteeInfo> bodies;

    RegisterLetterDialog(LetterService letters, List<CommitteeInfo> committees, Long ownOffice, long maxBytes,
            java.util.function.LongConsumer onRegistered) {
        super("", () -> { });
        setHeaderTitle(getTranslation("directions.register.title"));
        setWidth("min(980px, 98vw)");
        this.letters = letters;
        this.bodies = committees.stream().filter(CommitteeInfo::active).toList();
        office.setLabel(getTranslation("directions.letter.office"));
        office.setItems(bodies);
        office.setItemLabelGenerator(c -> c.displayName(getLocale()));
        bodies.stream().filter(c -> ownOffice != null && c.id() == ownOffice).findFirst().ifPresent(office::setValue);
        office.setId("register-office");
        reference.setLabel(getTranslation("directions.letter.reference"));
        reference.setPlaceholder("No. 1(1)/AS-II/2021");
        reference.setId("register-reference");
        date.setLabel(getTranslation("directions.letter.date"));
        date.setValue(LocalDate.now(Formats.PKT));
        date.setId("register-date");
        subject.setLabel(getTranslation("directions.letter.subject"));
        subject.setId("register-subject");
        classification.setLabel(getTranslation("draft.field.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("classification." + c.name()));
        classification.setValue(Classification.UNCLASSIFIED);
        priority.setLabel(getTranslation("directions.letter.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.ROUTINE);
        priority.setId("register-priority");
        socialMedia.setLabel(getTranslation("directions.register.socialMedia"));
        body.setLabel(getTranslation("directions.register.body"));
        signedBy.setLabel(getTranslation("directions.letter.signedBy"));
        to.setLabel(getTranslation("directions.letter.to"));
        to.setItems(bodies);
        to.setItemLabelGenerator(c -> c.displayName(getLocale()));
        to.setId("register-to");
        toAll.setLabel(getTranslation("directions.register.allBodies"));
        toAll.setId("register-to-all");
        named.setLabel(getTranslation("directions.forward.named"));
        named.setHelperText(getTranslation("directions.forward.named.hint"));
        copies.setLabel(getTranslation("directions.letter.copies"));
        copies.setItems(bodies);
        copies.setItemLabelGenerator(c -> c.displayName(getLocale()));
        namedCopies.setLabel(getTranslation("directions.register.namedCopies"));
        namedCopies.setHelperText(getTranslation("directions.forward.named.hint"));

        file = new Upload(UploadHandler.toTempFile((metadata, f) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), f));
            } else {
                received(metadata.fileName(), f);
            }
        }));
        file.setId("register-file");
        file.setMaxFiles(1);
        file.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        file.setAcceptedFileTypes(ProgressForm.ACCEPTED.split(","));
        var fileLabel = new Span(getTranslation("directions.register.file"));
        fileLabel.addClassNames("label");
        var fileField = new Div(fileLabel, file);
        fileField.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);

        var form = new FormLayout(office, reference, date, priority, subject, classification, socialMedia, signedBy,
                to, toAll, named, copies, namedCopies, body, fileField);
        form.setColspan(subject, 2);
        form.setColspan(body, 2);
        form.setColspan(fileField, 2);
        var directionsTitle = new H4(getTranslation("directions.register.directions"));
        var addDirection = new Button(getTranslation("directions.register.addDirection"), VaadinIcon.PLUS.create(),
                e -> addRow());
        addDirection.setId("register-add-direction");
        addDirection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, directionsTitle, directions, addDirection);
        addRow();
        save.setText(getTranslation("directions.register.save"));
        save.setId("register-save");
        addDetachListener(e -> discard());
        this.onRegistered = onRegistered;
    }

    private final java.util.function.LongConsumer onRegistered;

    /** The letter's file has arrived (from the browser, or handed in by a test). */
    void received(String fileName, File f) {
        discard();
        received = f;
        receivedName = fileName;
    }

    DirectionRow addRow() {
        var row = new DirectionRow(rows.size() + 1);
        rows.add(row);
        directions.add(row);
        return row;
    }

    @Override
    protected String persist() {
        var addressees = new ArrayList<NewAddressee>();
        if (toAll.getValue()) {
            addressees.add(new NewAddressee(null, true, null, false));
        }
        to.getValue().forEach(c -> addressees.add(NewAddressee.body(c.id(), null)));
        lines(named.getValue()).forEach(n -> addressees.add(NewAddressee.named(n)));
        copies.getValue().forEach(c -> addressees.add(NewAddressee.copy(c.id(), null)));
        lines(namedCopies.getValue()).forEach(n -> addressees.add(new NewAddressee(null, false, n, true)));
        var list = new ArrayList<NewDirection>();
        for (var row : rows) {
            if (!row.isBlank()) {
                list.add(row.direction());
            }
        }
        if (office.getValue() == null) {
            throw InvalidInputException.onField("issuingOffice", "error.directions.register.office");
        }
        var letterFile = received == null ? null : new EvidenceFile(receivedName,
                () -> Files.newInputStream(received.toPath()));
        var details = letters.register(new NewLetter(office.getValue().id(), reference.getValue(), date.getValue(),
                subject.getValue(), classification.getValue(), priority.getValue(), socialMedia.getValue(),
                body.getValue(), signedBy.getValue(), addressees, list), letterFile);
        registeredId = details.letter().id();
        return getTranslation("directions.register.saved", details.letter().reference());
    }

    long registeredId;

    @Override
    public void close() {
        super.close();
        if (registeredId > 0) {
            onRegistered.accept(registeredId);
        }
    }

    @Override
    protected void refused(pk.gov.mashwara.shared.UserFacingException refusal) {
        // a refusal about one direction's field is said under it, in that direction
        if (refusal instanceof InvalidInputException invalid && invalid.field() != null) {
            for (var row : rows) {
                var target = row.fields().get(invalid.field());
                if (target != null && row.culprit(invalid.field())) {
                    target.setErrorMessage(refusal.localizedMessage(getLocale()));
                    target.setInvalid(true);
                    return;
                }
            }
        }
        super.refused(refusal);
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("issuingOffice", office, "reference", reference, "date", date, "subject", subject,
                "addressees", to, "directions", rows.getFirst().text);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void discard() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
            received = null;
        }
    }

    /** One direction of the letter. */
    final class DirectionRow extends Div {

        final TextField label = new TextField();
        final TextArea text = new TextArea();
        final Select<TimelineKind> kind = new Select<>();
        final IntegerField amount = new IntegerField();
        final Select<Timeline.Unit> unit = new Select<>();
        final DatePicker byDate = Formats.dayFirst(new DatePicker());
        final TextField event = new TextField();
        final TextField timelineText = new TextField();
        final TextField actionBy = new TextField();
        final Checkbox allBodies = new Checkbox();
        final ComboBox<CommitteeInfo> lead = new ComboBox<>();
        final MultiSelectComboBox<CommitteeInfo> supporting = new MultiSelectComboBox<>();

        DirectionRow(int number) {
            addClassName("register-direction");
            setId("register-direction-" + number);
            label.setLabel(getTranslation("directions.register.label"));
            label.setValue(Integer.toString(number));
            label.setWidth("5em");
            text.setLabel(getTranslation("directions.register.text"));
            kind.setLabel(getTranslation("directions.register.timeline"));
            kind.setItems(TimelineKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("directions.register.kind." + k.name()));
            kind.setValue(TimelineKind.IMMEDIATE);
            amount.setLabel(getTranslation("directions.register.amount"));
            amount.setMin(0);
            unit.setLabel(getTranslation("directions.register.unit"));
            unit.setItems(Timeline.Unit.values());
            unit.setItemLabelGenerator(u -> getTranslation("directions.register.unit." + u.name()));
            unit.setValue(Timeline.Unit.DAYS);
            byDate.setLabel(getTranslation("directions.register.byDate"));
            event.setLabel(getTranslation("directions.register.event"));
            event.setPlaceholder("Formation of NSMCWG");
            timelineText.setLabel(getTranslation("directions.register.timelineText"));
            actionBy.setLabel(getTranslation("directions.register.actionBy"));
            allBodies.setLabel(getTranslation("directions.register.allBodies"));
            lead.setLabel(getTranslation("directions.register.lead"));
            lead.setItems(bodies);
            lead.setItemLabelGenerator(c -> c.displayName(getLocale()));
            supporting.setLabel(getTranslation("directions.register.supporting"));
            supporting.setItems(bodies);
            supporting.setItemLabelGenerator(c -> c.displayName(getLocale()));
            kind.addValueChangeListener(e -> showTimelineFields());
            allBodies.addValueChangeListener(e -> {
                lead.setEnabled(!e.getValue());
                supporting.setEnabled(!e.getValue());
            });
            showTimelineFields();
            var form = new FormLayout(label, text, kind, amount, unit, byDate, event, timelineText, actionBy,
                    allBodies, lead, supporting);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 4));
            form.setColspan(text, 3);
            form.setColspan(timelineText, 2);
            form.setColspan(actionBy, 2);
            form.setColspan(supporting, 2);
            add(form);
            addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.Bottom.SMALL);
        }

        private void showTimelineFields() {
            var k = kind.getValue();
            amount.setVisible(k == TimelineKind.IMMEDIATE || k == TimelineKind.WITHIN || k == TimelineKind.UPON_EVENT
                    || k == TimelineKind.ONGOING);
            amount.setHelperText(k == null ? null : switch (k) {
                case IMMEDIATE -> getTranslation("directions.register.amount.immediate");
                case UPON_EVENT -> getTranslation("directions.register.amount.event");
                case ONGOING -> getTranslation("directions.register.amount.ongoing");
                default -> null;
            });
            unit.setVisible(k == TimelineKind.WITHIN);
            byDate.setVisible(k == TimelineKind.BY_DATE);
            event.setVisible(k == TimelineKind.UPON_EVENT);
        }

        boolean isBlank() {
            return rows.size() > 1 && text.isEmpty() && lead.isEmpty() && !allBodies.getValue();
        }

        /** The direction as entered; a time line the portal cannot count is said under its field. */
        NewDirection direction() {
            Timeline timeline;
            try {
                timeline = new Timeline(kind.getValue(), amount.getValue(),
                        kind.getValue() == TimelineKind.WITHIN ? unit.getValue() : null,
                        kind.getValue() == TimelineKind.BY_DATE ? byDate.getValue() : null,
                        kind.getValue() == TimelineKind.UPON_EVENT ? event.getValue() : null);
            } catch (InvalidInputException e) {
                pending = "timeline";
                throw e;
            }
            if (text.isEmpty()) {
                pending = "text";
            } else if (!allBodies.getValue() && lead.isEmpty() && !supporting.isEmpty()) {
                pending = "lead";
            } else {
                pending = null;
            }
            return new NewDirection(label.getValue(), text.getValue(), timelineText.getValue(), timeline,
                    actionBy.getValue(), allBodies.getValue(), allBodies.getValue() || lead.isEmpty() ? null
                            : lead.getValue().id(), allBodies.getValue() ? List.of()
                                    : supporting.getValue().stream().map(CommitteeInfo::id).toList(),
                    List.of(), List.of());
        }

        /** The field of this direction the last refusal is about, when it is this direction's. */
        private String pending;

        boolean culprit(String field) {
            if (field.equals("label")) {
                if (label.isEmpty()) {
                    return true;
                }
                var same = rows.stream().filter(r -> r.label.getValue().strip().equalsIgnoreCase(
                        label.getValue().strip())).toList();
                return same.size() > 1 && same.indexOf(this) > 0;
            }
            return field.equals(pending);
        }

        Map<String, HasValidation> fields() {
            var timelineField = switch (kind.getValue() == null ? TimelineKind.NONE : kind.getValue()) {
                case BY_DATE -> (HasValidation) byDate;
                case UPON_EVENT -> event;
                case WITHIN, IMMEDIATE, ONGOING -> amount;
                default -> kind;
            };
            return Map.of("label", label, "text", text, "timeline", timelineField, "lead", lead, "actionBy", lead,
                    "timelineText", timelineText);
        }
    }
}
