package pk.gov.mashwara.review.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;

import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/** The secretary sets or moves the review deadline (Pakistan time). */
class DeadlineDialog extends Dialog {

    final DateTimePicker deadline = Formats.dayFirst(new DateTimePicker());
    final Button confirm = new Button();

    final Button closeNow = new Button();

    DeadlineDialog(Instant current, Consumer<Instant> onConfirm) {
        this(current, onConfirm, null);
    }

    /** @param onCloseNow closes the window at once (null: not offered, e.g. before the review opened) */
    DeadlineDialog(Instant current, Consumer<Instant> onConfirm, Runnable onCloseNow) {
        setHeaderTitle(getTranslation("review.window.set"));
        setWidth("min(480px, 96vw)");
        deadline.setLabel(getTranslation("review.window.deadline"));
        deadline.setHelperText(getTranslation("review.window.deadline.help"));
        deadline.setStep(java.time.Duration.ofMinutes(30));
        deadline.setMin(LocalDateTime.now(Formats.PKT));
        // the dates the portal accepts (InputRules); later ones are refused by the service
        deadline.setMax(InputRules.LAST_DATE.atTime(23, 0));
        deadline.setValue(current != null ? LocalDateTime.ofInstant(current, Formats.PKT)
                : LocalDateTime.now(Formats.PKT).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0));
        add(deadline);
        confirm.setText(getTranslation("action.save"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (deadline.getValue() == null) {
                deadline.setInvalid(true);
                return;
            }
            try {
                onConfirm.accept(deadline.getValue().atZone(Formats.PKT).toInstant());
                close();
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
        });
        closeNow.setText(getTranslation("review.window.closeNow"));
        closeNow.setId("review-close-now");
        closeNow.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        closeNow.setVisible(onCloseNow != null);
        closeNow.addClickListener(e -> {
            try {
                onCloseNow.run();
                close();
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
        });
        getFooter().add(closeNow, new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
