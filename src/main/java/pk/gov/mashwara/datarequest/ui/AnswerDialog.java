package pk.gov.mashwara.datarequest.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import pk.gov.mashwara.datarequest.AnswerUpload;
import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;

/** The body's answer: text, files, whole or in part (with the date for the rest), shareable or not. */
class AnswerDialog extends FormDialog {

    final TextArea text = new TextArea();
    final Checkbox partial = new Checkbox();
    final DatePicker restDue = Formats.dayFirst(new DatePicker());
    final Checkbox shareable = new Checkbox();
    final Upload upload = new Upload();
    final Span received = new Span();
    /** The files received so far, each a temporary file until the answer is saved or the dialog closes. */
    final List<Received> files = new ArrayList<>();

    record Received(String name, File file) {
    }

    private final DataRequestService requests;
    private final long requestId;
    private final String body;

    AnswerDialog(DataRequestService requests, long requestId, String body, long maxBytes, Runnable onSaved) {
        super(null, onSaved);
        this.requests = requests;
        this.requestId = requestId;
        this.body = body;
        setHeaderTitle(getTranslation("datarequest.act.ANSWER"));
        setId("data-request-answer-dialog");
        text.setLabel(getTranslation("datarequest.answer.text"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("dr-answer-text");
        partial.setLabel(getTranslation("datarequest.answer.partial"));
        partial.setId("dr-answer-partial");
        restDue.setLabel(getTranslation("datarequest.answer.restDue"));
        restDue.setId("dr-answer-rest");
        restDue.setVisible(false);
        partial.addValueChangeListener(e -> restDue.setVisible(e.getValue()));
        shareable.setLabel(getTranslation("datarequest.answer.shareable"));
        shareable.setId("dr-answer-shareable");
        upload.setId("dr-answer-files");
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setDropAllowed(true);
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> receive(metadata.fileName(), file));
            } else {
                receive(metadata.fileName(), file);
            }
        }));
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("datarequest.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.choose"))
                .setMany(getTranslation("datarequest.upload.chooseMany")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("datarequest.upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setProcessing(getTranslation("upload.processing")).setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("upload.remaining"))
                        .setUnknown(getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("upload.serverError"))
                        .setForbidden(getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        received.setId("dr-answer-received");
        received.getStyle().set("display", "block");
        add(text, upload, received, partial, restDue, shareable);
        save.setText(getTranslation("datarequest.answer.send"));
        save.setId("dr-answer-save");
        addDetachListener(e -> discard());
    }

    /** A complete file has arrived (from the browser, or handed in by a test). */
    void receive(String name, File file) {
        files.add(new Received(name, file));
        received.setText(getTranslation("datarequest.answer.files", files.size()));
    }

    @Override
    protected String persist() {
        var uploads = files.stream().map(f -> new AnswerUpload(f.name(), () -> Files.newInputStream(f.file().toPath())))
                .toList();
        var answer = requests.answer(requestId, body, text.getValue(), partial.getValue(),
                partial.getValue() ? restDue.getValue() : null, shareable.getValue(), uploads);
        discard();
        return getTranslation("datarequest.done.ANSWER", answer.number());
    }

    private void discard() {
        for (var f : files) {
            try {
                Files.deleteIfExists(f.file().toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
        }
        files.clear();
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("text", text, "restDue", restDue);
    }
}
