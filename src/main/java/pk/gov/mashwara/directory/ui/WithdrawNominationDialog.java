package pk.gov.mashwara.directory.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.NominationDetails;
import pk.gov.mashwara.shared.ui.FormDialog;

/**
 * The nominator or the nominee withdraws a nomination before the PM's answer, giving the reason. It cannot be taken
 * back: the dialog says so before the user confirms.
 */
class WithdrawNominationDialog extends FormDialog {

    final TextArea reason = new TextArea();
    private final FocalPersonService focal;
    private final NominationDetails nomination;

    WithdrawNominationDialog(FocalPersonService focal, NominationDetails nomination, Runnable onSaved) {
        super("", onSaved);
        this.focal = focal;
        this.nomination = nomination;
        setHeaderTitle(getTranslation("focal.withdraw"));
        setId("withdraw-dialog");
        var consequence = new Paragraph(getTranslation("focal.withdraw.consequence", nomination.nomineeName()));
        reason.setLabel(getTranslation("focal.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(4_000);
        add(consequence, reason);
        save.setText(getTranslation("focal.withdraw"));
        save.setId("withdraw-confirm");
    }

    @Override
    protected String persist() {
        focal.withdraw(nomination.id(), reason.getValue(), nomination.version());
        return getTranslation("focal.withdrawn");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("reason", reason);
    }
}
