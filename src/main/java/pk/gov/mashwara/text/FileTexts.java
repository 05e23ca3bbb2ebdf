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

    /**
     * The texts of these files that have any, in the order given, each a paragraph of its own (empty when none has):
     * what a record adds to its own words to be found by its files.
     */
    default String joined(java.util.List<String> sha256s, int maxCharacters) {
        if (sha256s.isEmpty()) {
            return "";
        }
        var texts = texts(sha256s, maxCharacters);
        var out = new StringBuilder();
        for (var sha : new java.util.LinkedHashSet<>(sha256s)) {
            var file = texts.get(sha);
            if (file != null && !file.text().isBlank()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(file.text().strip());
            }
        }
        return out.toString();
    }
}
