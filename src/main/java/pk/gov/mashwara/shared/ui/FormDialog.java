package pk.gov.mashwara.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.UserFacingException;

/**
 * A dialog that edits something and saves it through a service. A refusal is said where it is wrong: under the
 * field it is about (the service names the field, or {@link #fieldOf} knows it), otherwise inside the dialog above
 * its buttons, never in a pop-up over the form; the dialog stays open with everything the user entered. Success
 * closes it and tells the caller.
 */
public abstract class FormDialog extends Dialog {

    protected final Button save;
    /** A refusal that is not about one field; hidden until there is one. */
    protected final Paragraph problem = new Paragraph();

    protected FormDialog(String title, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(640px, 96vw)");
        problem.addClassNames("form-problem");
        problem.setId("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        // first in the dialog: the form a subclass adds comes after it
        add(problem);
        save = new Button(getTranslation("action.save"), e -> {
            clearRefusals();
            try {
                var done = persist();
                Notices.success(done);
                close();
                onSaved.run();
            } catch (UserFacingException ex) {
                refused(ex);
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

    /** The form's fields by the names the service gives them ({@code username}, {@code code}, …). */
    protected Map<String, HasValidation> fields() {
        return Map.of();
    }

    /** The field a refusal is about: the one the service names; a subclass may know others (e.g. a name taken). */
    protected String fieldOf(UserFacingException refusal) {
        return refusal instanceof InvalidInputException invalid ? invalid.field() : null;
    }

    /** Says the refusal under its field, or inside the dialog when it is about no one field. */
    protected void refused(UserFacingException refusal) {
        var message = refusal.localizedMessage(getLocale());
        var field = fieldOf(refusal);
        var target = field == null ? null : fields().get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    private void clearRefusals() {
        problem.setVisible(false);
        fields().values().forEach(f -> f.setInvalid(false));
    }
}
