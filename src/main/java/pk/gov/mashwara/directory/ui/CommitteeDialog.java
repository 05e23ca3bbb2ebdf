package pk.gov.mashwara.directory.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.ui.FormDialog;

/** Adds or changes a committee. */
class CommitteeDialog extends FormDialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField nameUr = new TextField();
    final Select<CommitteeType> type = new Select<>();
    final ComboBox<CommitteeInfo> ministry = new ComboBox<>();
    final Checkbox active = new Checkbox();
    private final DirectoryService directory;
    private final CommitteeInfo existing;

    CommitteeDialog(DirectoryService directory, CommitteeInfo existing, Runnable onSaved) {
        super("", onSaved);
        setHeaderTitle(getTranslation(existing == null ? "committees.add" : "committees.edit"));
        this.directory = directory;
        this.existing = existing;
        code.setLabel(getTranslation("committees.code"));
        code.setHelperText(getTranslation("committees.code.help"));
        name.setLabel(getTranslation("committees.name"));
        nameUr.setLabel(getTranslation("committees.nameUr"));
        nameUr.getElement().setAttribute("dir", "rtl");
        type.setLabel(getTranslation("committees.type"));
        type.setItems(CommitteeType.values());
        type.setItemLabelGenerator(t -> getTranslation("committeeType." + t.name()));
        ministry.setLabel(getTranslation("committees.ministry"));
        ministry.setHelperText(getTranslation("committees.ministry.help"));
        ministry.setItems(directory.committees().stream().filter(c -> c.type() == CommitteeType.MINISTRY).toList());
        ministry.setItemLabelGenerator(c -> c.code() + " — " + c.displayName(getLocale()));
        ministry.setClearButtonVisible(true);
        type.addValueChangeListener(e -> ministry.setEnabled(e.getValue() == CommitteeType.REGULATOR));
        active.setLabel(getTranslation("committees.active"));
        active.setValue(true);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            nameUr.setValue(existing.nameUr() == null ? "" : existing.nameUr());
            type.setValue(existing.type());
            directory.committees().stream()
                    .filter(c -> existing.administrativeMinistryId() != null && c.id() == existing.administrativeMinistryId())
                    .findFirst().ifPresent(ministry::setValue);
            active.setValue(existing.active());
        } else {
            type.setValue(CommitteeType.DIVISION);
        }
        ministry.setEnabled(type.getValue() == CommitteeType.REGULATOR);
        add(new FormLayout(code, type, name, nameUr, ministry, active));
    }

    @Override
    protected java.util.Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return java.util.Map.of("code", code, "name", name, "type", type, "ministry", ministry);
    }

    @Override
    protected String fieldOf(pk.gov.mashwara.shared.UserFacingException refusal) {
        return "error.committee.codeTaken".equals(refusal.messageKey()) ? "code" : super.fieldOf(refusal);
    }

    @Override
    protected String persist() {
        var form = new CommitteeForm(code.getValue(), name.getValue(), nameUr.getValue(), type.getValue(),
                type.getValue() == CommitteeType.REGULATOR && ministry.getValue() != null ? ministry.getValue().id() : null,
                active.getValue());
        if (existing == null) {
            directory.createCommittee(form);
        } else {
            directory.updateCommittee(existing.id(), form);
        }
        return getTranslation("committees.saved", form.code());
    }
}
