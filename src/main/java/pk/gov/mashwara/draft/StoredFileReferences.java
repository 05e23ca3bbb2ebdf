package pk.gov.mashwara.draft;

import java.util.Set;

/**
 * Implemented by a module whose own tables refer to files it keeps in the draft module's file store (through
 * {@link DraftAttachments}): the start-up sweep removes only what neither a version nor any of these refers to.
 */
public interface StoredFileReferences {

    /** The SHA-256 of every stored file the module's tables refer to. */
    Set<String> referencedSha256();
}
