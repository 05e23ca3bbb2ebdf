package pk.gov.mashwara.engagement.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.engagement.DocumentDirection;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * Adds a document exchanged in an engagement: whether it was sent or received, then the file, which is stored as soon
 * as it has arrived (its type and size checked again from its content). A refused file is said here and nothing is
 * kept.
 */
class DocumentUpload extends Div {

    static final String ACCEPTED = ".pdf,.doc,.docx,.odt,.rtf,.txt,.html,.htm,.md,.xlsx,.pptx,.epub,.png,.jpg,.jpeg,.tif,.tiff";

    final Select<DocumentDirection> direction = new Select<>();
    final Upload upload;
    final Paragraph problem = new Paragraph();
    private final EngagementService engagements;
    private final long engagementId;
    private final Runnable onAdded;

    DocumentUpload(EngagementService engagements, long engagementId, Runnable onAdded) {
        this.engagements = engagements;
        this.engagementId = engagementId;
        this.onAdded = onAdded;
        var maxBytes = engagements.uploadLimitBytes();
        direction.setLabel(getTranslation("engagement.documents.direction"));
        direction.setItems(DocumentDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("documentDirection." + d.name()));
        direction.setValue(DocumentDirection.RECEIVED);
        direction.setId("document-direction");
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), file));
            } else {
                received(metadata.fileName(), file);
            }
        }));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.choose")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("upload.oneFile")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        problem.setVisible(false);
        problem.addClassNames("form-problem");
        problem.setId("document-problem");
        add(direction, upload, problem);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.END,
                LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Top.SMALL);
    }

    /** A complete file has arrived (from the browser, or handed in by a test): stored at once, then removed here. */
    void received(String fileName, File file) {
        problem.setVisible(false);
        try (var in = Files.newInputStream(file.toPath())) {
            engagements.addDocument(engagementId, direction.getValue(), fileName, in);
            Notices.success(getTranslation("engagement.documents.added.notice", fileName));
            onAdded.run();
        } catch (UserFacingException e) {
            problem.setText(e.localizedMessage(getLocale()));
            problem.setVisible(true);
            upload.clearFileList();
        } catch (IOException e) {
            Notices.error(new java.io.UncheckedIOException(e));
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
        }
    }
}
