package pk.gov.mashwara.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog that edits something and saves it through a service. A refusal is explained and the dialog stays
 * open with everything the user entered; success closes it and tells the caller.
 */
public abstract class FormDialog extends Dialog {

    protected final Button save;

    protected FormDialog(String title, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(640px, 96vw)");
        save = new Button(getTranslation("action.save"), e -> {
            try {
                var done = persist();
                Notices.success(done);
                close();
                onSaved.run();
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    public Button saveButton() {
        return save;
    }

    /** Saves through the service and returns the message that confirms it. */
    protected abstract String persist();
}
