package pk.gov.mashwara.datarequest.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;

import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.shared.ui.FormDialog;

/** The body's officer chooses who in the body deals with the request. */
class DelegateDialog extends FormDialog {

    final ComboBox<UserInfo> person = new ComboBox<>();
    private final Consumer<String> action;

    DelegateDialog(java.util.List<UserInfo> colleagues, Consumer<String> action, Runnable onSaved) {
        super(null, onSaved);
        setHeaderTitle(getTranslation("datarequest.act.DELEGATE"));
        setId("data-request-delegate-dialog");
        this.action = action;
        person.setLabel(getTranslation("datarequest.delegateTo"));
        person.setItems(colleagues);
        person.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        person.setWidthFull();
        person.setId("dr-delegate");
        add(person);
        save.setText(getTranslation("datarequest.act.DELEGATE"));
        save.setId("dr-delegate-save");
    }

    @Override
    protected String persist() {
        action.accept(person.getValue() == null ? null : person.getValue().username());
        return getTranslation("datarequest.done.DELEGATE");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("username", person);
    }
}
