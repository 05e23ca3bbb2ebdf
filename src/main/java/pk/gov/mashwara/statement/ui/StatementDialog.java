package pk.gov.mashwara.statement.ui;

import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.statement.StatementDetails;
import pk.gov.mashwara.statement.StatementForm;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.Urgency;

/** Proposes a statement, or (the spokesperson, MoIT's officer) edits one as a new revision. */
class StatementDialog extends FormDialog {

    final TextArea textEn = new TextArea();
    final TextArea textUr = new TextArea();
    final TextField occasion = new TextField();
    final TextField company = new TextField();
    final Select<Urgency> urgency = new Select<>();
    private final StatementService statements;
    private final StatementDetails editing;
    private final LongConsumer onDone;
    private long savedId;

    StatementDialog(StatementService statements, StatementDetails editing, LongConsumer onDone) {
        super("", () -> { });
        this.statements = statements;
        this.editing = editing;
        this.onDone = onDone;
        setHeaderTitle(getTranslation(editing == null ? "statement.propose" : "statement.edit"));
        setWidth("min(760px, 96vw)");
        textEn.setLabel(getTranslation("statement.textEn"));
        textEn.setMaxLength(20_000);
        textEn.setMinHeight("8em");
        textUr.setLabel(getTranslation("statement.textUr"));
        textUr.setMaxLength(20_000);
        textUr.setMinHeight("8em");
        textUr.getElement().setAttribute("dir", "rtl");
        textUr.getElement().setAttribute("lang", "ur");
        occasion.setLabel(getTranslation("statement.occasion"));
        occasion.setId("statement-occasion");
        company.setId("statement-company");
        textEn.setId("statement-text-en");
        occasion.setMaxLength(500);
        company.setLabel(getTranslation("statement.company"));
        company.setMaxLength(200);
        company.setHelperText(getTranslation("statement.companyHelp"));
        urgency.setLabel(getTranslation("statement.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("statement.urgency." + u.name()));
        urgency.setValue(Urgency.ROUTINE);
        if (editing != null) {
            textEn.setValue(editing.textEn() == null ? "" : editing.textEn());
            textUr.setValue(editing.textUr() == null ? "" : editing.textUr());
            occasion.setValue(editing.occasion());
            company.setValue(editing.company());
            urgency.setValue(editing.urgency());
        }
        var form = new FormLayout(occasion, company, urgency, textEn, textUr);
        form.setColspan(occasion, 2);
        form.setColspan(textEn, 2);
        form.setColspan(textUr, 2);
        add(form);
        save.setId("save-statement");
    }

    @Override
    protected String persist() {
        var form = new StatementForm(textEn.getValue(), textUr.getValue(), occasion.getValue(), company.getValue(),
                urgency.getValue());
        if (editing == null) {
            savedId = statements.propose(form);
            onDone.accept(savedId);
            return getTranslation("statement.proposed");
        }
        statements.edit(editing.id(), form, editing.version());
        onDone.accept(editing.id());
        return getTranslation("statement.edited");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("textEn", textEn, "textUr", textUr, "occasion", occasion, "company", company, "urgency", urgency);
    }
}
