package pk.gov.mashwara.review.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.review.Resolution;

/**
 * Asks how a thread is resolved (accepted, declined, noted) and why; declining needs a reason. Reopening asks
 * only for an optional reason. The dialog stays open with what was entered when the portal refuses.
 */
class ResolveDialog extends Dialog {

    final RadioButtonGroup<Resolution> resolution = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    /** {@code onConfirm} returns normally when the step succeeded, and the dialog closes. */
    ResolveDialog(boolean reopening, BiConsumer<Resolution, String> onConfirm) {
        setHeaderTitle(getTranslation(reopening ? "review.reopen.title" : "review.resolve.title"));
        setWidth("min(560px, 96vw)");
        resolution.setLabel(getTranslation("review.resolution"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> getTranslation("resolution." + r.name()));
        resolution.setValue(Resolution.ACCEPTED);
        resolution.setVisible(!reopening);
        reason.setLabel(getTranslation(reopening ? "review.reopen.reason" : "review.resolve.reason"));
        reason.setWidthFull();
        reason.setMinHeight("7em");
        reason.setMaxLength(2000);
        reason.getElement().setAttribute("dir", "auto");
        resolution.addValueChangeListener(e -> reason.setRequired(e.getValue() != null && e.getValue().needsReason()));
        add(resolution, reason);
        confirm.setText(getTranslation(reopening ? "review.reopen" : "review.resolve"));
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            var how = reopening ? null : resolution.getValue();
            if (!reopening && how != null && how.needsReason() && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.review.resolution.reasonRequired"));
                return;
            }
            try {
                onConfirm.accept(how, reason.getValue());
                close();
            } catch (pk.gov.mashwara.shared.InvalidInputException ex) {
                // what is asked here is the reason: the refusal is said under it, with the text kept
                reason.setErrorMessage(ex.localizedMessage(getLocale()));
                reason.setInvalid(true);
            } catch (RuntimeException ex) {
                pk.gov.mashwara.shared.ui.Notices.error(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
