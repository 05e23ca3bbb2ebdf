package pk.gov.mashwara.routing.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * The secretary moves the deadline of a review under way (Pakistan time, day first). A deadline refused by the
 * service is explained under the field, and the dialog stays open with what was entered.
 */
class DeadlineChangeDialog extends Dialog {

    final DateTimePicker deadline = Formats.dayFirst(new DateTimePicker());
    final Paragraph problem = new Paragraph();
    final Button save = new Button();

    DeadlineChangeDialog(Instant current, Consumer<Instant> onSave) {
        setHeaderTitle(getTranslation("review.window.change"));
        setWidth("min(480px, 96vw)");
        deadline.setId("window-deadline");
        deadline.setLabel(getTranslation("review.window.deadline"));
        deadline.setHelperText(getTranslation("review.window.deadline.help"));
        deadline.setRequiredIndicatorVisible(true);
        deadline.setStep(Duration.ofMinutes(30));
        var now = LocalDateTime.now(Formats.PKT);
        deadline.setMin(now);
        deadline.setMax(now.plus(ReviewWindows.LONGEST));
        if (current != null) {
            deadline.setValue(LocalDateTime.ofInstant(current, Formats.PKT));
        }
        deadline.addValueChangeListener(e -> deadline.setInvalid(false));
        problem.setId("window-problem");
        problem.addClassNames("form-problem");
        problem.setVisible(false);
        add(deadline, problem);
        save.setText(getTranslation("action.save"));
        save.setId("window-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(onSave));
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("window-cancel");
        getFooter().add(cancel, save);
    }

    private void save(Consumer<Instant> onSave) {
        problem.setVisible(false);
        var value = deadline.getValue();
        if (value == null) {
            // empty, or typed in a way that cannot be read as a date and time
            invalid(getTranslation("error.review.window.missing"));
            return;
        }
        try {
            onSave.accept(value.atZone(Formats.PKT).toInstant());
            close();
        } catch (InvalidInputException refusal) {
            invalid(refusal.localizedMessage(getLocale()));
        } catch (UserFacingException refusal) {
            problem.setText(refusal.localizedMessage(getLocale()));
            problem.setVisible(true);
        }
    }

    private void invalid(String message) {
        deadline.setErrorMessage(message);
        deadline.setInvalid(true);
    }
}
