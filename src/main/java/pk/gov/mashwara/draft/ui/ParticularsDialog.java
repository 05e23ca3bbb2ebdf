package pk.gov.mashwara.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.FileNumbers;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * The particulars on the file's cover the user may change: the committee's file number and the priority mark (the
 * NSMCWG secretary gives a reason). A refusal is said under its field and nothing typed is lost.
 */
class ParticularsDialog extends Dialog {

    final TextField fileNumber = new TextField();
    final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Paragraph problem = new Paragraph();
    final Button save;
    private final DraftService drafts;
    private final DraftDetails draft;
    private final DraftService.ParticularRights rights;
    private final Runnable onSaved;

    ParticularsDialog(DraftService drafts, DraftDetails draft, DraftService.ParticularRights rights, Runnable onSaved) {
        this.drafts = drafts;
        this.draft = draft;
        this.rights = rights;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("draft.particulars.title"));
        setWidth("min(560px, 96vw)");
        setCloseOnOutsideClick(false);
        fileNumber.setLabel(getTranslation("draft.fileNumber"));
        fileNumber.setHelperText(getTranslation("draft.fileNumber.help"));
        fileNumber.setMaxLength(FileNumbers.MAX);
        fileNumber.setValue(draft.fileNumber() == null ? "" : draft.fileNumber());
        fileNumber.setId("particulars-file-number");
        fileNumber.getElement().setAttribute("dir", "ltr");
        fileNumber.setVisible(rights.fileNumber());
        priority.setLabel(getTranslation("draft.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(draft.priority());
        priority.setId("particulars-priority");
        priority.setVisible(rights.priority());
        reason.setLabel(getTranslation("draft.priority.reason"));
        reason.setHelperText(getTranslation("draft.priority.reason.help"));
        reason.setMaxLength(1000);
        reason.setId("particulars-reason");
        reason.setVisible(rights.priorityNeedsReason());
        reason.setRequiredIndicatorVisible(true);
        problem.addClassNames("form-problem");
        problem.setId("particulars-problem");
        problem.setVisible(false);
        var form = new FormLayout(fileNumber, priority, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(problem, form);
        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("particulars-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        problem.setVisible(false);
        fileNumber.setInvalid(false);
        reason.setInvalid(false);
        try {
            var typed = fileNumber.getValue() == null ? "" : fileNumber.getValue().strip();
            var before = draft.fileNumber() == null ? "" : draft.fileNumber();
            if (rights.fileNumber() && !typed.equals(before)) {
                drafts.setFileNumber(draft.id(), typed);
            }
            if (rights.priority() && priority.getValue() != null && priority.getValue() != draft.priority()) {
                drafts.markPriority(draft.id(), priority.getValue(), reason.getValue());
            }
            Notices.success(getTranslation("draft.particulars.saved"));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            var message = e.localizedMessage(getLocale());
            if ("fileNumber".equals(e.field())) {
                fileNumber.setErrorMessage(message);
                fileNumber.setInvalid(true);
            } else if ("reason".equals(e.field())) {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            } else {
                problem.setText(message);
                problem.setVisible(true);
            }
        } catch (UserFacingException e) {
            problem.setText(e.localizedMessage(getLocale()));
            problem.setVisible(true);
        }
    }
}
