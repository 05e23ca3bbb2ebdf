package pk.gov.mashwara.review.ui;

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
 * The secretary moves the deadline of a review under way (Pakistan time, day first), from the reader or from the
 * draft's page (the routing module's section opens the same dialog). A deadline the service refuses is explained
 * under the field; any other refusal inside the dialog; it stays open with what was entered. Closing comments
 * early is closing the review, on the draft's page.
 */
@org.springframework.modulith.NamedInterface("deadline-dialog")
public class DeadlineDialog extends Dialog {

    public final DateTimePicker deadline = Formats.dayFirst(new DateTimePicker());
    public final Paragraph problem = new Paragraph();
    public final Button confirm = new Button();

    /**
     * @param current   the deadline now, proposed; null when none is set
     * @param onConfirm moves the deadline through the service; returns normally when it did, and the dialog
     *                  closes
     */
    public DeadlineDialog(Instant current, Consumer<Instant> onConfirm) {
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
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(deadline, problem);
        confirm.setText(getTranslation("action.save"));
        confirm.setId("window-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> save(onConfirm));
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("window-cancel");
        getFooter().add(cancel, confirm);
    }

    private void save(Consumer<Instant> onConfirm) {
        problem.setVisible(false);
        var value = deadline.getValue();
        if (value == null) {
            // empty, or typed in a way that cannot be read as a date and time
            invalid(getTranslation("error.review.window.missing"));
            return;
        }
        try {
            onConfirm.accept(value.atZone(Formats.PKT).toInstant());
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
