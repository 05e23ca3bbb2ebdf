package pk.gov.mashwara.draft.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason of a decision that needs one (returning a draft). */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();

    ReasonDialog(String title, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("min(560px, 96vw)");
        reason.setLabel(getTranslation("draft.field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setMinHeight("8em");
        add(reason);
        var confirm = new Button(getTranslation("action.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.draft.reason"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
