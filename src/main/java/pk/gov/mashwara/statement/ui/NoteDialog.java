package pk.gov.mashwara.statement.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.shared.ui.FormDialog;

/** A dialog that asks for one text (a reason to decline, a view in reply) and hands it to a service call. */
class NoteDialog extends FormDialog {

    final TextArea text = new TextArea();
    private final Consumer<String> action;
    private final String done;

    NoteDialog(String title, String label, String field, String done, Consumer<String> action, Runnable onSaved) {
        super(title, onSaved);
        this.action = action;
        this.done = done;
        text.setLabel(label);
        text.setMaxLength(4_000);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("note-text");
        add(text);
        this.field = field;
    }

    private final String field;

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
