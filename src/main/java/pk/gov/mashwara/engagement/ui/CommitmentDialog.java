package pk.gov.mashwara.engagement.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;

/** Records a commitment made in an engagement: who owes it (the company or a body), what, and by when. */
class CommitmentDialog extends FormDialog {

    /** The owner that stands for the company, in the list of owners. */
    static final String COMPANY = "";

    final Select<String> owner = new Select<>();
    final TextArea description = new TextArea();
    final DatePicker dueOn = Formats.dayFirst(new DatePicker());
    private final EngagementService engagements;
    private final long engagementId;

    CommitmentDialog(EngagementService engagements, long engagementId, List<CommitteeInfo> committees, Runnable onSaved) {
        super("", onSaved);
        setHeaderTitle(getTranslation("engagement.commitment.add"));
        this.engagements = engagements;
        this.engagementId = engagementId;
        setId("commitment-dialog");
        var names = new java.util.LinkedHashMap<String, String>();
        names.put(COMPANY, getTranslation("engagement.commitment.byCompany"));
        committees.stream().filter(CommitteeInfo::active).filter(c -> !c.isNsmcwg())
                .forEach(c -> names.put(c.code(), c.code() + " · " + c.displayName(getLocale())));
        owner.setLabel(getTranslation("engagement.commitment.owner"));
        owner.setItems(names.keySet());
        owner.setItemLabelGenerator(names::get);
        owner.setValue(COMPANY);
        owner.setId("commitment-owner");
        description.setLabel(getTranslation("engagement.commitment.what"));
        description.setId("commitment-description");
        dueOn.setLabel(getTranslation("engagement.commitment.due"));
        dueOn.setId("commitment-due");
        var form = new FormLayout(owner, dueOn, description);
        form.setColspan(description, 2);
        add(form);
        save.setId("commitment-save");
    }

    @Override
    protected String persist() {
        engagements.addCommitment(engagementId, new NewCommitment(owner.getValue() == null || owner.getValue().isEmpty()
                ? null : owner.getValue(), description.getValue(), dueOn.getValue()));
        return getTranslation("engagement.commitment.added");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("owner", owner, "description", description, "dueOn", dueOn);
    }
}
