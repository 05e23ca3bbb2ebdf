package pk.gov.mashwara.review.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ResponseTemplateView;

/**
 * Asks how a thread is resolved (accepted, declined, noted) and why; declining needs a reason. Reopening asks
 * only for an optional reason. The dialog stays open with what was entered when the portal refuses.
 */
class ResolveDialog extends Dialog {

    final RadioButtonGroup<Resolution> resolution = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    /** The wording accepted, offered when resolving a thread that suggests wording: changed, accepted with changes. */
    final TextArea wording = new TextArea();
    /** The response templates the user may insert into the reason; hidden when there are none. */
    final ComboBox<ResponseTemplateView> template = new ComboBox<>();

    /** What was decided: how, why and (for a suggestion) the wording accepted. */
    interface Decision {
        void accept(Resolution how, String reason, String wording);
    }

    /** {@code onConfirm} returns normally when the step succeeded, and the dialog closes. */
    ResolveDialog(boolean reopening, BiConsumer<Resolution, String> onConfirm) {
        this(reopening, null, null, List.of(), null, (how, reason, wording) -> onConfirm.accept(how, reason));
    }

    /**
     * As above; {@code proposed}: the wording a thread suggests (null: none, or a deletion), offered for editing
     * while the resolution is "accepted".
     */
    ResolveDialog(boolean reopening, String proposed, Decision onConfirm) {
        this(reopening, null, proposed, List.of(), null, onConfirm);
    }

    /**
     * With response templates: choosing one inserts its text, as {@code fill} gives it (its variables filled for the
     * thread), into the reason (after what is there already).
     *
     * @param title the dialog's title; null for the usual one
     */
    ResolveDialog(boolean reopening, String title, List<ResponseTemplateView> templates,
            Function<ResponseTemplateView, String> fill, BiConsumer<Resolution, String> onConfirm) {
        this(reopening, title, null, templates, fill, (how, reason, wording) -> onConfirm.accept(how, reason));
    }

    /** Everything at once: a title (null for the usual one), the suggested wording (or null), response templates. */
    ResolveDialog(boolean reopening, String title, String proposed, List<ResponseTemplateView> templates,
            Function<ResponseTemplateView, String> fill, Decision onConfirm) {
        setHeaderTitle(title != null ? title : getTranslation(reopening ? "review.reopen.title" : "review.resolve.title"));
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
        wording.setLabel(getTranslation("suggestion.acceptedWording"));
        wording.setHelperText(getTranslation("suggestion.acceptedWording.help"));
        wording.setWidthFull();
        wording.setMinHeight("5em");
        wording.setMaxLength(pk.gov.mashwara.review.domain.ReviewThread.MAX_WORDING);
        wording.getElement().setAttribute("dir", "auto");
        wording.setId("accepted-wording");
        wording.setValue(proposed == null ? "" : proposed);
        wording.setVisible(!reopening && proposed != null);
        resolution.addValueChangeListener(e -> wording.setVisible(!reopening && proposed != null
                && e.getValue() == Resolution.ACCEPTED));
        template.setId("resolve-template");
        template.setLabel(getTranslation("review.template.insert"));
        template.setPlaceholder(getTranslation("review.template.placeholder"));
        template.setHelperText(getTranslation("review.template.insertHint"));
        template.setWidthFull();
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.title() + " · " + t.library());
        template.setVisible(!reopening && !templates.isEmpty() && fill != null);
        template.addValueChangeListener(e -> {
            if (e.getValue() == null || !e.isFromClient() && e.getOldValue() == e.getValue()) {
                return;
            }
            try {
                var text = fill.apply(e.getValue());
                reason.setValue(reason.getValue().isBlank() ? text : reason.getValue().stripTrailing() + "\n\n" + text);
                reason.setInvalid(false);
            } catch (RuntimeException ex) {
                pk.gov.mashwara.shared.ui.Notices.error(ex);
            }
            template.clear();
        });
        add(resolution, wording, template, reason);
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
                onConfirm.accept(how, reason.getValue(),
                        wording.isVisible() && !wording.getValue().isBlank() ? wording.getValue() : null);
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
