package pk.gov.mashwara.datarequest.ui;

import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.datarequest.NewDataRequest;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.ui.FormDialog;

/** The form in which the NSMCWG's secretary or focal person asks bodies for data. */
class NewDataRequestDialog extends FormDialog {

    /** The PMO's letter the directions come from, and the direction data requests serve. */
    static final String LETTER = "No. 1(1)/AS-II/2021";
    static final String DIRECTION = "4";

    final TextField subject = new TextField();
    final TextArea question = new TextArea();
    final TextArea why = new TextArea();
    final Select<FormWanted> form = new Select<>();
    final Select<Classification> classification = new Select<>();
    final Select<Priority> priority = new Select<>();
    final IntegerField days = new IntegerField();
    final TextField letter = new TextField();
    final TextField direction = new TextField();
    final MultiSelectComboBox<CommitteeInfo> bodies = new MultiSelectComboBox<>();

    private final DataRequestService requests;
    /** The new request's id, once asked (read by the callback that opens its page). */
    private final long[] created;

    NewDataRequestDialog(DataRequestService requests, LongConsumer onCreated) {
        this(requests, onCreated, new long[1]);
    }

    private NewDataRequestDialog(DataRequestService requests, LongConsumer onCreated, long[] holder) {
        super(null, () -> onCreated.accept(holder[0]));
        this.requests = requests;
        this.created = holder;
        setHeaderTitle(getTranslation("datarequest.new"));
        setId("new-data-request-dialog");
        setWidth("min(760px, 96vw)");
        var locale = getLocale();
        subject.setLabel(getTranslation("datarequest.subject"));
        subject.setId("dr-subject");
        subject.setMaxLength(300);
        question.setLabel(getTranslation("datarequest.question"));
        question.setId("dr-question");
        why.setLabel(getTranslation("datarequest.why"));
        why.setId("dr-why");
        form.setLabel(getTranslation("datarequest.form"));
        form.setItems(FormWanted.values());
        form.setItemLabelGenerator(f -> getTranslation("datarequest.form." + f.name()));
        form.setValue(FormWanted.TABLE);
        form.setId("dr-form");
        classification.setLabel(getTranslation("datarequest.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("classification." + c.name()));
        classification.setValue(Classification.UNCLASSIFIED);
        priority.setLabel(getTranslation("datarequest.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.ROUTINE);
        days.setLabel(getTranslation("datarequest.deadlineDays"));
        days.setMin(1);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        days.setValue(10);
        days.setId("dr-days");
        letter.setLabel(getTranslation("datarequest.directionLetter"));
        letter.setValue(LETTER);
        direction.setLabel(getTranslation("datarequest.directionNumber"));
        direction.setValue(DIRECTION);
        bodies.setLabel(getTranslation("datarequest.bodies"));
        bodies.setItems(requests.addressableBodies());
        bodies.setItemLabelGenerator(c -> c.code() + " · " + c.displayName(locale));
        bodies.setId("dr-bodies");
        var layout = new FormLayout(subject, bodies, question, why, form, classification, priority, days, letter,
                direction);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        layout.setColspan(subject, 2);
        layout.setColspan(bodies, 2);
        layout.setColspan(question, 2);
        layout.setColspan(why, 2);
        add(layout);
        save.setText(getTranslation("datarequest.ask"));
        save.setId("dr-ask");
    }

    @Override
    protected String persist() {
        var id = requests.create(new NewDataRequest(subject.getValue(), question.getValue(), why.getValue(),
                form.getValue(), classification.getValue(), priority.getValue(),
                days.getValue() == null ? 0 : days.getValue(), letter.getValue(), direction.getValue(),
                bodies.getSelectedItems().stream().map(CommitteeInfo::code).toList()));
        created[0] = id;
        return getTranslation("datarequest.asked", pk.gov.mashwara.datarequest.DataRequestViews.reference(id));
    }

    long created() {
        return created[0];
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("subject", subject, "question", question, "whyNeeded", why, "formWanted", form,
                "deadlineDays", days, "directionLetter", letter, "directionNumber", direction, "bodies", bodies);
    }
}
