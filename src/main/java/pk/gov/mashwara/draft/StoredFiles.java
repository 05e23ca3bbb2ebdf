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
 * Files of other modules that belong to no draft (a letter's scan, a direction's evidence), kept in the same
 * content-addressed store as versions and under the same rules: bytes kept exactly under their SHA-256, the type
 * detected from the content, the same size limit, the name sanitised. The module keeping the file decides who may
 * store and read it (this service only requires a signed-in user), records it in its own table and declares that
 * table to the start-up sweep ({@link StoredFileReferences}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class StoredFiles {

    private final FileStore store;
    private final ContentInspector inspector;

    StoredFiles(FileStore store, ContentInspector inspector) {
        this.store = store;
        this.inspector = inspector;
    }

    /** Stores the file; an empty, over-limit or unaccepted file is refused and nothing is kept. */
    public AttachedFile store(String fileName, InputStream content) {
        try {
            var stored = store.store(content, inspector);
            return new AttachedFile(FileNames.sanitise(fileName), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        }
    }

    /** The bytes of a stored file, for a caller that has checked the user may read it. */
    @Transactional(readOnly = true)
    public FileDownload open(AttachedFile file) {
        var sha = file.sha256();
        return new FileDownload(file.fileName(), file.mediaType(), file.sizeBytes(), sha, () -> store.open(sha));
    }

    /** The largest file the store accepts, in bytes. */
    @Transactional(readOnly = true)
    public long maxBytes() {
        return store.maxBytes();
    }
}
