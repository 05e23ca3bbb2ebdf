package pk.gov.mashwara.review.ui;

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
 * The secretary moves the review deadline (Pakistan time) from the reader. A deadline the service refuses is
 * explained under the field; the dialog stays open with what was entered. Closing comments early is closing the
 * review, on the draft's page.
 */
class DeadlineDialog extends Dialog {

    final DateTimePicker deadline = Formats.dayFirst(new DateTimePicker());
    final Paragraph problem = new Paragraph();
    final Button confirm = new Button();

    DeadlineDialog(Instant current, Consumer<Instant> onConfirm) {
        setHeaderTitle(getTranslation("review.window.change"));
        setWidth("min(480px, 96vw)");
        deadline.setId("review-deadline");
        deadline.setLabel(getTranslation("review.window.deadline"));
        deadline.setHelperText(getTranslation("review.window.deadline.help"));
        deadline.setRequiredIndicatorVisible(true);
        deadline.setStep(java.time.Duration.ofMinutes(30));
        var now = LocalDateTime.now(Formats.PKT);
        deadline.setMin(now);
        deadline.setMax(now.plus(ReviewWindows.LONGEST));
        if (current != null) {
            deadline.setValue(LocalDateTime.ofInstant(current, Formats.PKT));
        }
        deadline.addValueChangeListener(e -> deadline.setInvalid(false));
        problem.addClassNames("form-problem");
        problem.setVisible(false);
        add(deadline, problem);
        confirm.setText(getTranslation("action.save"));
        confirm.setId("review-deadline-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            problem.setVisible(false);
            if (deadline.getValue() == null) {
                invalid(getTranslation("error.review.window.missing"));
                return;
            }
            try {
                onConfirm.accept(deadline.getValue().atZone(Formats.PKT).toInstant());
                close();
            } catch (InvalidInputException ex) {
                invalid(ex.localizedMessage(getLocale()));
            } catch (UserFacingException ex) {
                problem.setText(ex.localizedMessage(getLocale()));
                problem.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void invalid(String message) {
        deadline.setErrorMessage(message);
        deadline.setInvalid(true);
    }
}
