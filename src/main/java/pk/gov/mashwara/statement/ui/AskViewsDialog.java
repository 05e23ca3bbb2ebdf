package pk.gov.mashwara.statement.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.statement.StatementService;

/** The spokesperson asks the view of a body (any of its officers replies) or of one person, by user name. */
class AskViewsDialog extends FormDialog {

    final RadioButtonGroup<String> of = new RadioButtonGroup<>();
    final ComboBox<CommitteeInfo> body = new ComboBox<>();
    final TextField username = new TextField();
    final TextArea question = new TextArea();
    private final StatementService statements;
    private final long statementId;

    AskViewsDialog(StatementService statements, DirectoryService directory, long statementId, Runnable onSaved) {
        super("", onSaved);
        this.statements = statements;
        this.statementId = statementId;
        setHeaderTitle(getTranslation("statement.askViews"));
        of.setLabel(getTranslation("statement.askOf"));
        of.setItems("body", "person");
        of.setItemLabelGenerator(k -> getTranslation("statement.askOf." + k));
        of.setValue("body");
        body.setLabel(getTranslation("statement.body"));
        body.setItems(directory.committees().stream().filter(CommitteeInfo::active).toList());
        body.setItemLabelGenerator(c -> c.displayName(getLocale()));
        username.setLabel(getTranslation("statement.username"));
        username.setVisible(false);
        of.addValueChangeListener(e -> {
            body.setVisible("body".equals(e.getValue()));
            username.setVisible("person".equals(e.getValue()));
        });
        question.setLabel(getTranslation("statement.question"));
        question.setMaxLength(4_000);
        var form = new FormLayout(of, body, username, question);
        form.setColspan(question, 2);
        add(form);
    }

    @Override
    protected String persist() {
        var byBody = "body".equals(of.getValue());
        statements.askViews(statementId, byBody && body.getValue() != null ? body.getValue().id() : null,
                byBody ? null : username.getValue(), question.getValue());
        return getTranslation("statement.viewsAsked");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("committeeId", body, "username", username, "question", question);
    }
}
