package pk.gov.mashwara.datarequest;

import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.datarequest.domain.AnswerFileRepository;
import pk.gov.mashwara.draft.StoredFileReferences;
import pk.gov.mashwara.text.TextedFiles;

/**
 * Tells the file store's start-up sweep which stored files the answers to data requests keep, and the extraction
 * that the search reads their text.
 */
@Component
class DataRequestFiles implements StoredFileReferences, TextedFiles {

    private final AnswerFileRepository files;

    DataRequestFiles(AnswerFileRepository files) {
        this.files = files;
    }

    @Override
    public Set<String> referencedSha256() {
        return files.findAllSha256();
    }

    @Override
    public Set<String> textedSha256() {
        return files.findAllSha256();
    }
}
