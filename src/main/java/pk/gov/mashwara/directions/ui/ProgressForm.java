package pk.gov.mashwara.directions.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * A body's progress entry on a direction: the day, the status, what was done and what remains, how far, the reason
 * when it cannot proceed, whether other bodies may read it, and its evidence files (kept byte for byte).
 */
final class ProgressForm extends FormDialog {

    static final String ACCEPTED = ".pdf,.doc,.docx,.odt,.rtf,.txt,.html,.htm,.md,.xlsx,.pptx,.png,.jpg,.jpeg,.tif,.tiff";

    final DatePicker date = Formats.dayFirst(new DatePicker());
    final Select<ProgressStatus> status = new Select<>();
    final TextArea done = new TextArea();
    final TextArea remains = new TextArea();
    final IntegerField percent = new IntegerField();
    final TextField milestone = new TextField();
    final TextArea reason = new TextArea();
    final Checkbox shared = new Checkbox();
    final Upload evidence;
    final List<Received> received = new ArrayList<>();
    private final ProgressService progress;
    private final long directionId;

    record Received(String fileName, File file) {
    }

    ProgressForm(ProgressService progress, long directionId, long maxBytes, Runnable onSaved) {
        super("", onSaved);
        setHeaderTitle(getTranslation("directions.progress.title"));
        this.progress = progress;
        this.directionId = directionId;
        date.setLabel(getTranslation("directions.progress.date"));
        date.setValue(LocalDate.now(Formats.PKT));
        date.setId("progress-date");
        status.setLabel(getTranslation("directions.progress.status"));
        status.setItems(ProgressStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("directions.status." + s.name()));
        status.setValue(ProgressStatus.IN_PROGRESS);
        status.setId("progress-status");
        done.setLabel(getTranslation("directions.progress.done"));
        done.setId("progress-done");
        remains.setLabel(getTranslation("directions.progress.remains"));
        percent.setLabel(getTranslation("directions.progress.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setId("progress-percent");
        milestone.setLabel(getTranslation("directions.progress.milestone"));
        reason.setLabel(getTranslation("directions.progress.reason"));
        reason.setId("progress-reason");
        reason.setVisible(false);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ProgressStatus.CANNOT_PROCEED));
        shared.setLabel(getTranslation("directions.progress.shared"));
        shared.setId("progress-shared");
        evidence = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), file));
            } else {
                received(metadata.fileName(), file);
            }
        }));
        evidence.setId("progress-evidence");
        evidence.setMaxFiles(ProgressService.MAX_EVIDENCE);
        evidence.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        evidence.setAcceptedFileTypes(ACCEPTED.split(","));
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.choose"))
                .setMany(getTranslation("upload.choose")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("directions.progress.tooManyFiles", ProgressService.MAX_EVIDENCE)));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        evidence.setI18n(i18n);
        var evidenceLabel = new Span(getTranslation("directions.progress.evidence"));
        evidenceLabel.addClassNames("label");
        var evidenceField = new Div(evidenceLabel, evidence);
        evidenceField.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        var form = new FormLayout(date, status, done, remains, percent, milestone, reason, shared, evidenceField);
        form.setColspan(done, 2);
        form.setColspan(remains, 2);
        form.setColspan(reason, 2);
        form.setColspan(evidenceField, 2);
        add(form);
        save.setId("progress-save");
        addDetachListener(e -> discard());
    }

    /** A complete file has arrived (from the browser, or handed in by a test). */
    void received(String fileName, File file) {
        received.add(new Received(fileName, file));
    }

    @Override
    protected String persist() {
        var files = received.stream().map(r -> new EvidenceFile(r.fileName(), () -> Files.newInputStream(r.file().toPath())))
                .toList();
        progress.record(directionId, new NewProgress(date.getValue(), status.getValue(), done.getValue(),
                remains.getValue(), percent.getValue(), milestone.getValue(), reason.getValue(), shared.getValue(),
                files));
        return getTranslation("directions.progress.saved");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("date", date, "done", done, "percent", percent, "reason", reason, "remains", remains,
                "milestone", milestone);
    }

    private void discard() {
        for (var r : received) {
            try {
                Files.deleteIfExists(r.file().toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
        }
        received.clear();
    }
}
