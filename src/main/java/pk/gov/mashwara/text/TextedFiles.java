package pk.gov.mashwara.text;

import java.util.Set;

/**
 * Implemented by a module whose records are searched with the text of their attached files: at start the extraction
 * queues every one of these files that has no job yet (files attached before their text was extracted, or while
 * extraction was off).
 */
public interface TextedFiles {

    /** The SHA-256 of every file whose text the module's records are searched by. */
    Set<String> textedSha256();
}
