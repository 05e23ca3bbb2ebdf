package pk.gov.mashwara.directions.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.directions.Forwarding;
import pk.gov.mashwara.directions.LetterDetails;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewReceipt;
import pk.gov.mashwara.directions.TimelineKind;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.FormDialog;

/** The dialogs of a letter's page: recording the office's receipt, forwarding the letter, recording an event. */
final class LetterDialogs {

    private LetterDialogs() {
    }

    /** The office's receipt: its diary number and the day received, as its stamp says. */
    static final class Receipt extends FormDialog {

        final TextField diary = new TextField();
        final DatePicker received = Formats.dayFirst(new DatePicker());
        private final LetterService letters;
        private final long letterId;

        Receipt(LetterService letters, long letterId, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation("directions.receipt.title"));
            this.letters = letters;
            this.letterId = letterId;
            diary.setLabel(getTranslation("directions.receipt.diary"));
            diary.setId("receipt-diary");
            received.setLabel(getTranslation("directions.receipt.date"));
            received.setId("receipt-date");
            received.setValue(LocalDate.now(Formats.PKT));
            add(new FormLayout(diary, received));
            save.setId("receipt-save");
        }

        @Override
        protected String persist() {
            letters.recordReceipt(letterId, new NewReceipt(diary.getValue(), received.getValue()));
            return getTranslation("directions.receipt.saved");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("diaryNumber", diary, "receivedOn", received);
        }
    }

    /** A new letter of the office quoting this one, to its attached departments, for information and compliance. */
    static final class Forward extends FormDialog {

        final TextField reference = new TextField();
        final DatePicker date = Formats.dayFirst(new DatePicker());
        final TextArea text = new TextArea();
        final MultiSelectComboBox<CommitteeInfo> to = new MultiSelectComboBox<>();
        final TextArea named = new TextArea();
        final MultiSelectComboBox<CommitteeInfo> copies = new MultiSelectComboBox<>();
        final TextField signedBy = new TextField();
        private final LetterService letters;
        private final long letterId;

        Forward(LetterService letters, DirectoryService directory, long letterId, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation("directions.forward.title"));
            this.letters = letters;
            this.letterId = letterId;
            reference.setLabel(getTranslation("directions.forward.reference"));
            reference.setId("forward-reference");
            date.setLabel(getTranslation("directions.letter.date"));
            date.setId("forward-date");
            date.setValue(LocalDate.now(Formats.PKT));
            text.setLabel(getTranslation("directions.forward.text"));
            text.setValue(LetterService.FOR_COMPLIANCE);
            var bodies = directory.committees().stream().filter(CommitteeInfo::active).toList();
            to.setLabel(getTranslation("directions.forward.to"));
            to.setItems(bodies);
            to.setItemLabelGenerator(c -> c.displayName(getLocale()));
            to.setId("forward-to");
            named.setLabel(getTranslation("directions.forward.named"));
            named.setHelperText(getTranslation("directions.forward.named.hint"));
            named.setId("forward-named");
            copies.setLabel(getTranslation("directions.forward.copies"));
            copies.setItems(bodies);
            copies.setItemLabelGenerator(c -> c.displayName(getLocale()));
            signedBy.setLabel(getTranslation("directions.forward.signedBy"));
            signedBy.setId("forward-signed-by");
            var form = new FormLayout(reference, date, to, named, copies, signedBy, text);
            form.setColspan(text, 2);
            form.setColspan(named, 2);
            add(form);
            save.setId("forward-save");
        }

        @Override
        protected String persist() {
            var addressees = new ArrayList<NewAddressee>();
            to.getValue().forEach(c -> addressees.add(NewAddressee.body(c.id(), null)));
            for (var line : named.getValue().split("\n")) {
                if (!line.isBlank()) {
                    addressees.add(NewAddressee.named(line.strip()));
                }
            }
            copies.getValue().forEach(c -> addressees.add(NewAddressee.copy(c.id(), null)));
            letters.forward(letterId, new Forwarding(reference.getValue(), date.getValue(), text.getValue(),
                    signedBy.getValue(), addressees));
            return getTranslation("directions.forward.saved");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("reference", reference, "date", date, "addressees", to);
        }
    }

    /** Records that an event a time line waits for has happened. */
    static final class Event extends FormDialog {

        final ComboBox<String> event = new ComboBox<>();
        final DatePicker on = Formats.dayFirst(new DatePicker());
        private final LetterService letters;
        private final long letterId;

        Event(LetterService letters, LetterDetails letter, Runnable onSaved) {
            super("", onSaved);
            setHeaderTitle(getTranslation("directions.event.title"));
            this.letters = letters;
            this.letterId = letter.letter().id();
            var recorded = letter.events().stream().map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
            List<String> awaited = letter.directions().stream()
                    .filter(d -> d.timeline().kind() == TimelineKind.UPON_EVENT).map(d -> d.timeline().event())
                    .filter(e -> !recorded.contains(e.toLowerCase(java.util.Locale.ROOT))).distinct().toList();
            event.setLabel(getTranslation("directions.event.name"));
            event.setItems(awaited);
            event.setId("event-name");
            on.setLabel(getTranslation("directions.event.date"));
            on.setValue(LocalDate.now(Formats.PKT));
            add(new FormLayout(event, on));
        }

        @Override
        protected String persist() {
            letters.recordEvent(letterId, event.getValue(), on.getValue());
            return getTranslation("directions.event.saved");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("event", event, "occurredOn", on);
        }
    }
}
