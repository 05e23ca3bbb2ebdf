package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.storage.ContentInspector;
import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.shared.FileNames;

/**
 * Files other modules keep that belong to no draft (an engagement's letters, …), in the same content-addressed store
 * as versions and under the same rules as {@link DraftAttachments}: bytes kept exactly under their SHA-256, the type
 * detected from the content and limited to the accepted formats, the same size limit, the name sanitised. The
 * calling module checks who may store and read (this class knows nothing of its records), records the file in its
 * own table and declares that table to the start-up sweep ({@link StoredFileReferences}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class KeptFiles {

    private final FileStore store;
    private final ContentInspector inspector;

    KeptFiles(FileStore store, ContentInspector inspector) {
        this.store = store;
        this.inspector = inspector;
    }

    /** Stores a file; an empty, over-limit or unaccepted file is refused and nothing is kept. */
    public AttachedFile store(String fileName, InputStream content) {
        try {
            var stored = store.store(content, inspector);
            return new AttachedFile(FileNames.sanitise(fileName), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        }
    }

    /** The largest file the store accepts, so that a page can refuse a larger one before sending it. */
    @Transactional(readOnly = true)
    public long uploadLimitBytes() {
        return store.maxBytes();
    }

    /** The bytes of a kept file, ready to stream. */
    @Transactional(readOnly = true)
    public FileDownload open(AttachedFile file) {
        var sha = file.sha256();
        return new FileDownload(file.fileName(), file.mediaType(), file.sizeBytes(), sha, () -> store.open(sha));
    }
}
