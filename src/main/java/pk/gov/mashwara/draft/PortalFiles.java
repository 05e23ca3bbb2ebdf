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
 * Files other modules keep that belong to no draft (answers to data requests, …), in the same content-addressed
 * store as versions and under the same rules: bytes kept exactly under their SHA-256, the type detected from the
 * content and limited to the accepted formats, the same size limit, the name sanitised. The calling module decides
 * who may store and read (in its own service, before calling), records the file in its own table and declares that
 * table to the start-up sweep ({@link StoredFileReferences}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PortalFiles {

    private final FileStore store;
    private final ContentInspector inspector;

    PortalFiles(FileStore store, ContentInspector inspector) {
        this.store = store;
        this.inspector = inspector;
    }

    /**
     * Stores a file. An empty, over-limit or unaccepted file is refused
     * ({@link pk.gov.mashwara.shared.RefusedFileException}) and nothing is kept.
     */
    public AttachedFile store(String fileName, InputStream content) {
        try {
            var stored = store.store(content, inspector);
            return new AttachedFile(FileNames.sanitise(fileName), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        }
    }

    /** The bytes of a stored file, for a caller that has checked the reader may have them. */
    public FileDownload open(AttachedFile file) {
        var sha = file.sha256();
        return new FileDownload(file.fileName(), file.mediaType(), file.sizeBytes(), sha, () -> store.open(sha));
    }

    /** The largest file the store accepts, in bytes. */
    public long maxBytes() {
        return store.maxBytes();
    }
}
