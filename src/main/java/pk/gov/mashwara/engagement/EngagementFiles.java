package pk.gov.mashwara.engagement;

import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.StoredFileReferences;
import pk.gov.mashwara.text.TextedFiles;
import pk.gov.mashwara.engagement.domain.EngagementDocumentRepository;

/**
 * Tells the file store's start-up sweep which stored files the engagements' documents are, and the extraction that
 * the search reads their text.
 */
@Component
class EngagementFiles implements StoredFileReferences, TextedFiles {

    private final EngagementDocumentRepository documents;

    EngagementFiles(EngagementDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Set<String> referencedSha256() {
        return documents.findAllSha256();
    }

    @Override
    public Set<String> textedSha256() {
        return documents.findAllSha256();
    }
}
