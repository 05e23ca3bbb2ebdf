package pk.gov.mashwara.text;

import java.util.Collection;
import java.util.Map;

/**
 * The text of files attached to records outside drafts (a letter's file, progress evidence, an answer's files, an
 * engagement's documents), extracted in the same sandboxed extractors and through the same queue as versions, once
 * per distinct file (by its SHA-256). For the modules' background work (indexing): it does not check who asks; the
 * record that keeps a file decides who may read it.
 */
public interface FileTexts {

    /**
     * Queues the file's extraction once the current transaction commits (at once when there is none); a file
     * already queued or extracted is left as it is. A crash before the queueing is caught up at the next start
     * through {@link TextedFiles}.
     */
    void extract(String sha256);

    /**
     * What extraction made of these files, by SHA-256 (every one asked is in the answer), each text cut after
     * {@code maxCharacters}.
     */
    Map<String, FileText> texts(Collection<String> sha256s, int maxCharacters);

    /** Where the extraction of these files stands, by SHA-256 (every one asked is in the answer), without their text. */
    Map<String, FileText> states(Collection<String> sha256s);
}
