package pk.gov.mashwara.draft.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * Creates a draft: its metadata and its first file. On a refusal the dialog stays open with everything the
 * user entered, and says what to change.
 */
class NewDraftDialog extends Dialog {

    final TextField title = new TextField();
    final ComboBox<CommitteeInfo> committee = new ComboBox<>();
    final Select<DraftKind> kind = new Select<>();
    final TextArea legalBasis = new TextArea();
    final Checkbox financialImplications = new Checkbox();
    final Select<Classification> classification = new Select<>();
    final com.vaadin.flow.component.textfield.TextField fileNumber = new com.vaadin.flow.component.textfield.TextField();
    final Select<pk.gov.mashwara.draft.Priority> priority = new Select<>();
    final FileDrop upload;
    final Span fileStatus = new Span();
    /** A refusal that is about no one field, said inside the dialog; hidden until there is one. */
    final com.vaadin.flow.component.html.Paragraph problem = new com.vaadin.flow.component.html.Paragraph();
    final Button create;
    private final DraftService drafts;
    private final Runnable onCreated;

    NewDraftDialog(DraftService drafts, Runnable onCreated) {
        this.drafts = drafts;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("newDraft.title"));
        setWidth("min(720px, 96vw)");
        setCloseOnOutsideClick(false);
        addClassName("new-draft-dialog");

        title.setLabel(getTranslation("draft.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        title.setId("draft-title");
        var committees = drafts.committeesForNewDrafts();
        committee.setLabel(getTranslation("draft.field.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(c -> c.code() + " — " + c.displayName(getLocale()));
        committee.setRequiredIndicatorVisible(true);
        if (committees.size() == 1) {
            committee.setValue(committees.getFirst());
            committee.setReadOnly(true);
        }
        kind.setLabel(getTranslation("draft.field.kind"));
        kind.setItems(DraftKind.values());
        kind.setItemLabelGenerator(k -> DraftLabels.kind(this, k));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("draft-kind");
        legalBasis.setLabel(getTranslation("draft.field.legalBasis"));
        legalBasis.setHelperText(getTranslation("draft.field.legalBasis.help"));
        legalBasis.setRequiredIndicatorVisible(true);
        legalBasis.setMaxLength(1000);
        legalBasis.setId("draft-legal-basis");
        financialImplications.setLabel(getTranslation("draft.field.financialImplications"));
        classification.setLabel(getTranslation("draft.field.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> DraftLabels.classification(this, c));
        classification.setValue(Classification.UNCLASSIFIED);
        fileNumber.setLabel(getTranslation("draft.fileNumber"));
        fileNumber.setHelperText(getTranslation("draft.fileNumber.help"));
        fileNumber.setMaxLength(pk.gov.mashwara.draft.FileNumbers.MAX);
        fileNumber.setId("draft-file-number");
        priority.setLabel(getTranslation("draft.priority"));
        priority.setItems(pk.gov.mashwara.draft.Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(pk.gov.mashwara.draft.Priority.ROUTINE);
        priority.setId("draft-priority");

        var limit = drafts.uploadLimitBytes();
        upload = new FileDrop(limit, (name, file) -> {
            fileStatus.setText(getTranslation("newDraft.fileReady", name));
            fileStatus.removeClassName("field-error");
        });
        upload.translate(FileDrop.i18n(this, limit));
        upload.setId("draft-upload");
        upload.addFileRejectedListener(e -> {
            fileStatus.setText(e.getErrorMessage());
            fileStatus.addClassNames("field-error");
        });
        fileStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        fileStatus.setText(getTranslation("newDraft.noFile"));

        var form = new FormLayout(title, committee, kind, classification, fileNumber, priority, legalBasis,
                financialImplications);
        form.setColspan(title, 2);
        form.setColspan(legalBasis, 2);
        form.setColspan(financialImplications, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        problem.addClassNames("form-problem");
        problem.setId("new-draft-problem");
        problem.setVisible(false);
        fileStatus.setId("draft-file-status");
        add(problem, form, upload, fileStatus);

        create = new Button(getTranslation("newDraft.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-draft");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
        addDialogCloseActionListener(e -> close());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                upload.discard();
            }
        });
    }

    void create() {
        problem.setVisible(false);
        fileNumber.setInvalid(false);
        var complete = required(title, title.isEmpty()) & required(committee, committee.isEmpty())
                & required(kind, kind.isEmpty()) & required(legalBasis, legalBasis.isEmpty());
        if (upload.received() == null) {
            // said where the file goes, not in a pop-up over the form
            fileStatus.setText(getTranslation("newDraft.fileMissing"));
            fileStatus.addClassNames("field-error");
            complete = false;
        }
        if (!complete) {
            return;
        }
        var metadata = new NewDraft(title.getValue(), committee.getValue().id(), kind.getValue(), legalBasis.getValue(),
                financialImplications.getValue(), classification.getValue(), fileNumber.getValue(), priority.getValue());
        try {
            var created = createFrom(metadata, upload.receivedName(), upload.received());
            Notices.success(getTranslation("newDraft.created", title.getValue()));
            close();
            onCreated.run();
            UI.getCurrent().navigate(DraftView.class, DraftView.parameters(created));
        } catch (RefusedFileException e) {
            // The metadata stays; only the file has to be chosen again, and the reason is said where it goes
            upload.reset();
            fileStatus.setText(e.localizedMessage(getLocale()));
            fileStatus.addClassNames("field-error");
        } catch (pk.gov.mashwara.shared.InvalidInputException e) {
            if ("fileNumber".equals(e.field())) {
                // said under the field, the rest of the form kept
                fileNumber.setErrorMessage(e.localizedMessage(getLocale()));
                fileNumber.setInvalid(true);
            } else {
                problem.setText(e.localizedMessage(getLocale()));
                problem.setVisible(true);
            }
        } catch (pk.gov.mashwara.shared.UserFacingException e) {
            problem.setText(e.localizedMessage(getLocale()));
            problem.setVisible(true);
        }
    }

    /** Marks a required field that is empty under the field itself; true when it is filled in. */
    private boolean required(com.vaadin.flow.component.HasValidation field, boolean empty) {
        field.setErrorMessage(empty ? getTranslation("form.required") : null);
        field.setInvalid(empty);
        return !empty;
    }

    /** Hands a received file to the dialog, as the upload component does when a transfer completes. */
    void acceptFile(String name, File file) {
        upload.receive(name, file);
    }

    private long createFrom(NewDraft metadata, String name, File file) {
        try (var in = Files.newInputStream(file.toPath())) {
            return drafts.create(metadata, name, in).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
