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
 * Files that other modules attach to a draft, kept in the same content-addressed store as versions and under the
 * same rules: bytes kept exactly under their SHA-256, the type detected from the content and limited to the
 * formats drafts come in, the same size limit, the name sanitised. Only a user who sees the draft may attach or
 * read; the module attaching the file records it in its own table and declares that table to the start-up sweep
 * ({@link StoredFileReferences}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DraftAttachments {

    private final DraftService drafts;
    private final FileStore store;
    private final ContentInspector inspector;

    DraftAttachments(DraftService drafts, FileStore store, ContentInspector inspector) {
        this.drafts = drafts;
        this.store = store;
        this.inspector = inspector;
    }

    /**
     * Stores a file for the draft. An empty, over-limit or unaccepted file is refused
     * ({@link pk.gov.mashwara.shared.RefusedFileException}) and nothing is kept.
     */
    public AttachedFile store(long draftId, String fileName, InputStream content) {
        drafts.get(draftId); // a draft the user may not see is not found
        try {
            var stored = store.store(content, inspector);
            return new AttachedFile(FileNames.sanitise(fileName), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the attached file", e);
        }
    }

    /** The bytes of a file attached to the draft, for a user who sees the draft. */
    @Transactional(readOnly = true)
    public FileDownload open(long draftId, AttachedFile file) {
        drafts.get(draftId);
        var sha = file.sha256();
        return new FileDownload(file.fileName(), file.mediaType(), file.sizeBytes(), sha, () -> store.open(sha));
    }
}
