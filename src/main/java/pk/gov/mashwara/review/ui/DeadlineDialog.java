package pk.gov.mashwara.review.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;

import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/** The secretary sets or moves the review deadline (Pakistan time). */
class DeadlineDialog extends Dialog {

    final DateTimePicker deadline = new DateTimePicker();
    final Button confirm = new Button();

    DeadlineDialog(Instant current, Consumer<Instant> onConfirm) {
        setHeaderTitle(getTranslation("review.window.set"));
        setWidth("min(480px, 96vw)");
        deadline.setLabel(getTranslation("review.window.deadline"));
        deadline.setHelperText(getTranslation("review.window.deadline.help"));
        deadline.setStep(java.time.Duration.ofMinutes(30));
        deadline.setMin(LocalDateTime.now(Formats.PKT));
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
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
