package pk.gov.mashwara.directory.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.FormDialog;

/** Adds or changes a user. The service enforces the rules; refusals keep the dialog and its values. */
class UserDialog extends FormDialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<CommitteeInfo> committee = new ComboBox<>();
    /** Where a member of the NSMCWG comes from: only for users of the NSMCWG. */
    final ComboBox<CommitteeInfo> home = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    /** The Secretary's designate to vet the Division's own drafts: only for officers of a body other than the NSMCWG. */
    final Checkbox designate = new Checkbox();
    final PasswordField password = new PasswordField();
    private final DirectoryService directory;
    private final UserInfo existing;

    UserDialog(DirectoryService directory, UserInfo existing, Runnable onSaved) {
        super("", onSaved);
        setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        this.directory = directory;
        this.existing = existing;
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        displayName.setLabel(getTranslation("users.displayName"));
        email.setLabel(getTranslation("users.email"));
        var committees = directory.committees();
        committee.setLabel(getTranslation("users.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(c -> c.code() + " — " + c.displayName(getLocale()));
        committee.setClearButtonVisible(true);
        home.setLabel(getTranslation("users.home"));
        home.setHelperText(getTranslation("users.home.helper"));
        home.setItems(committees.stream().filter(c -> !CommitteeInfo.NSMCWG_CODE.equals(c.code())).toList());
        home.setItemLabelGenerator(c -> c.code() + " — " + c.displayName(getLocale()));
        home.setClearButtonVisible(true);
        home.setId("user-home");
        committee.addValueChangeListener(e -> showHome());
        designate.setLabel(getTranslation("users.designate"));
        designate.setHelperText(getTranslation("users.designate.helper"));
        designate.setId("user-designate");
        roles.addValueChangeListener(e -> showHome());
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        enabled.setLabel(getTranslation("users.enabled"));
        enabled.setValue(true);
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.newPassword"));
        password.setHelperText(getTranslation("users.password.help"));
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            committees.stream().filter(c -> existing.committeeId() != null && c.id() == existing.committeeId()).findFirst()
                    .ifPresent(committee::setValue);
            roles.setValue(existing.roles().isEmpty() ? Set.of() : EnumSet.copyOf(existing.roles()));
            enabled.setValue(existing.enabled());
            committees.stream().filter(c -> existing.home() != null && c.id() == existing.home().committeeId())
                    .findFirst().ifPresent(home::setValue);
            designate.setValue(existing.secretaryDesignate());
        }
        showHome();
        var form = new FormLayout(username, displayName, email, committee, home, roles, enabled, password,
                designate);
        form.setColspan(roles, 2);
        form.setColspan(designate, 2);
        add(form);
    }

    @Override
    protected java.util.Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return java.util.Map.of("username", username, "displayName", displayName, "email", email, "committee",
                committee, "homeCommittee", home, "roles", roles, "password", password, "secretaryDesignate", designate);
    }

    /**
     * A home organisation is asked of users of the NSMCWG only, the Secretary's designation of committee officers of
     * the other bodies only; the service refuses either for anyone else.
     */
    private void showHome() {
        boolean nsmcwg = committee.getValue() != null && CommitteeInfo.NSMCWG_CODE.equals(committee.getValue().code());
        home.setVisible(nsmcwg);
        designate.setVisible(committee.getValue() != null && !nsmcwg
                && roles.getValue().contains(Role.COMMITTEE_OFFICER));
    }

    @Override
    protected String fieldOf(pk.gov.mashwara.shared.UserFacingException refusal) {
        return "error.user.usernameTaken".equals(refusal.messageKey()) ? "username" : super.fieldOf(refusal);
    }

    @Override
    protected String persist() {
        var values = new UserForm(username.getValue(), displayName.getValue(), email.getValue(),
                committee.getValue() == null ? null : committee.getValue().id(), roles.getValue(), enabled.getValue(),
                password.getValue(), home.isVisible() && home.getValue() != null ? home.getValue().id() : null,
                designate.isVisible() && designate.getValue());
        if (existing == null) {
            directory.createUser(values);
        } else {
            directory.updateUser(existing.id(), values);
        }
        return getTranslation("users.saved", values.username());
    }
}
