package pk.gov.mashwara.text;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the extraction of attached files stands, for the pages that show the files: the status and the reason only,
 * never the text, by the SHA-256 the page already shows. For signed-in users; the page asks only about the files of
 * records the user may read.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class FileTextStates {

    private final FileTexts files;

    FileTextStates(FileTexts files) {
        this.files = files;
    }

    /** The state of each file, by SHA-256 (every one asked is in the answer; an unknown one is pending). */
    public Map<String, FileText> of(Collection<String> sha256s) {
        return files.states(sha256s);
    }
}
