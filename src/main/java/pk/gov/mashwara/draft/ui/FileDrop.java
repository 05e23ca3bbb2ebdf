package pk.gov.mashwara.draft.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload area (drag and drop or file picker, with progress) that receives one file into a temporary file
 * and hands it on. The temporary file belongs to whoever receives it; {@link #discard()} removes one that
 * was never used. Type and size are checked again, from the content, by the service.
 */
class FileDrop extends Upload {

    static final String ACCEPTED = ".pdf,.doc,.docx,.odt,.rtf,.txt,.html,.htm,.md,.xlsx,.pptx,.epub,.png,.jpg,.jpeg,.tif,.tiff";

    private final BiConsumer<String, File> onReceived;
    private File received;
    private String receivedName;

    FileDrop(long maxBytes, BiConsumer<String, File> onReceived) {
        this.onReceived = onReceived;
        setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> receive(metadata.fileName(), file));
            } else {
                receive(metadata.fileName(), file);
            }
        }));
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setAcceptedFileTypes(ACCEPTED.split(","));
        setDropAllowed(true);
    }

    /** A complete file has arrived (from the browser, or handed in by a test). */
    void receive(String name, File file) {
        discard();
        received = file;
        receivedName = name;
        onReceived.accept(name, file);
    }

    /** Forgets the received file and clears the list, so that another file can be dropped. */
    void reset() {
        discard();
        clearFileList();
    }

    void translate(UploadI18N i18n) {
        setI18n(i18n);
    }

    String receivedName() {
        return receivedName;
    }

    File received() {
        return received;
    }

    void discard() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.toPath());
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp directory
            }
            received = null;
            receivedName = null;
        }
    }

    static UploadI18N i18n(com.vaadin.flow.component.Component c, long maxBytes) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.choose")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(c.getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(c.getTranslation("upload.wrongType"))
                .setTooManyFiles(c.getTranslation("upload.oneFile")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                        .setProcessing(c.getTranslation("upload.processing")).setHeld(c.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(c.getTranslation("upload.remaining"))
                        .setUnknown(c.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(c.getTranslation("upload.serverError"))
                        .setForbidden(c.getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
