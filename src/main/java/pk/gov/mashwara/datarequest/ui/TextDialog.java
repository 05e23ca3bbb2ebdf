package pk.gov.mashwara.datarequest.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.shared.ui.FormDialog;

/** A dialog with one text (a question, a clarification, a reason, a note) handed to the service on saving. */
class TextDialog extends FormDialog {

    final TextArea text = new TextArea();
    private final Consumer<String> action;
    private final String done;
    private final String field;

    /**
     * @param field the name the service gives the text when it refuses it ({@code text}, {@code reason}, {@code note})
     */
    TextDialog(String title, String label, String button, String done, String field, Consumer<String> action,
            Runnable onSaved) {
        super(title, onSaved);
        this.action = action;
        this.done = done;
        this.field = field;
        setId("data-request-text-dialog");
        text.setLabel(label);
        text.setId("dr-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        add(text);
        save.setText(button);
        save.setId("dr-text-save");
    }

    @Override
    protected String persist() {
        action.accept(text.getValue());
        return done;
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of(field, text);
    }
}
