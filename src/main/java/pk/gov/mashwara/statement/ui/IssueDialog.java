package pk.gov.mashwara.statement.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;

import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.statement.Channel;
import pk.gov.mashwara.statement.IssueForm;
import pk.gov.mashwara.statement.StatementDetails;
import pk.gov.mashwara.statement.StatementService;

/**
 * The issue of a statement, as the spokesperson or MoIT's officer records it: date and time (Pakistan time,
 * 24-hour clock), channel and final text (pre-filled with the current text). Once saved it cannot be changed.
 */
class IssueDialog extends FormDialog {

    final DatePicker date = Formats.dayFirst(new DatePicker());
    final TimePicker time = new TimePicker();
    final Select<Channel> channel = new Select<>();
    final TextArea finalText = new TextArea();
    private final StatementService statements;
    private final StatementDetails statement;

    IssueDialog(StatementService statements, StatementDetails statement, Runnable onIssued) {
        super("", onIssued);
        this.statements = statements;
        this.statement = statement;
        setHeaderTitle(getTranslation("statement.issue"));
        setWidth("min(760px, 96vw)");
        var now = java.time.ZonedDateTime.now(ZoneId.of("Asia/Karachi"));
        date.setLabel(getTranslation("statement.issueDate"));
        date.setValue(now.toLocalDate());
        date.setMax(now.toLocalDate());
        time.setLabel(getTranslation("statement.issueTime"));
        time.setLocale(java.util.Locale.of("en", "GB"));
        time.setValue(now.toLocalTime().withSecond(0).withNano(0));
        channel.setLabel(getTranslation("statement.channel"));
        channel.setId("issue-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("statement.channel." + c.name()));
        finalText.setLabel(getTranslation("statement.finalText"));
        finalText.setMaxLength(20_000);
        finalText.setMinHeight("10em");
        var text = statement.textEn() != null ? statement.textEn() : statement.textUr();
        finalText.setValue(statement.textEn() != null && statement.textUr() != null
                ? statement.textEn() + "\n\n" + statement.textUr() : text);
        var form = new FormLayout(date, time, channel, finalText);
        form.setColspan(finalText, 2);
        add(form);
        save.setText(getTranslation("statement.issue"));
        save.setId("confirm-issue");
    }

    @Override
    protected String persist() {
        LocalDate day = date.getValue();
        LocalTime at = time.getValue();
        statements.issue(statement.id(), new IssueForm(day, at, channel.getValue(), finalText.getValue(),
                statement.version()));
        return getTranslation("statement.issuedDone");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("date", date, "channel", channel, "finalText", finalText);
    }
}
