package pk.gov.mashwara.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import pk.gov.mashwara.review.MatrixExports;
import pk.gov.mashwara.review.MatrixImportResult;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * Records a comments matrix the committee received by letter: the day it was received and the XLSX. All its rows
 * or none are recorded; a refusal says which row and keeps the dialog open, and the rows whose passage the version
 * does not have are listed once recorded.
 */
class MatrixDialog extends Dialog {

    final DatePicker receivedOn = Formats.dayFirst(new DatePicker());
    final Upload upload;
    final Paragraph problem = new Paragraph();
    final Div outcome = new Div();
    private final MatrixExports matrices;
    private final long draftId;
    private final int versionNumber;
    private final Runnable onRecorded;

    MatrixDialog(MatrixExports matrices, long draftId, int versionNumber, Runnable onRecorded) {
        this.matrices = matrices;
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.onRecorded = onRecorded;
        setHeaderTitle(getTranslation("matrix.import.title"));
        setId("matrix-dialog");
        setWidth("min(40rem, 95vw)");
        var help = new Paragraph(getTranslation("matrix.import.help"));
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        receivedOn.setLabel(getTranslation("matrix.import.receivedOn"));
        receivedOn.setId("matrix-received-on");
        receivedOn.setValue(today);
        receivedOn.setMax(today);
        receivedOn.setRequired(true);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(bytes));
            } else {
                received(bytes);
            }
        }));
        upload.setId("matrix-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(pk.gov.mashwara.review.MatrixRecording.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("matrix.import.file")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.tooBig", pk.gov.mashwara.review.MatrixRecording.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("error.matrix.notXlsx"))
                .setTooManyFiles(getTranslation("upload.oneFile")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        problem.addClassNames("form-problem");
        problem.setId("matrix-problem");
        problem.setVisible(false);
        outcome.setId("matrix-outcome");
        add(help, receivedOn, upload, problem, outcome);
        var close = new Button(getTranslation("matrix.import.close"), e -> close());
        close.setId("matrix-close");
        getFooter().add(close);
    }

    /** A complete file has arrived (from the browser, or handed in by a test): recorded at once. */
    void received(byte[] content) {
        problem.setVisible(false);
        outcome.removeAll();
        try {
            show(matrices.importXlsx(draftId, versionNumber, receivedOn.getValue(), content));
            onRecorded.run();
        } catch (UserFacingException e) {
            problem.setText(e.localizedMessage(getLocale()));
            problem.setVisible(true);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            problem.setText(getTranslation("error.accessDenied"));
            problem.setVisible(true);
        } finally {
            upload.clearFileList();
        }
    }

    private void show(MatrixImportResult result) {
        var done = getTranslation("matrix.import.done", result.recorded(), result.anchored());
        Notices.success(done);
        outcome.add(new Paragraph(done));
        if (!result.unanchored().isEmpty()) {
            var list = new UnorderedList();
            list.setId("matrix-unanchored");
            for (var row : result.unanchored()) {
                var quote = row.existingText().length() > 80 ? row.existingText().substring(0, 80) + "…" : row.existingText();
                list.add(new ListItem(getTranslation("matrix.import.unanchored", row.row(), quote)));
            }
            outcome.add(list);
        }
    }
}
