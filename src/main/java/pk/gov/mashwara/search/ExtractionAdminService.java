package pk.gov.mashwara.search;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.search.extraction.StoredExtractions;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Extraction as administrators see it: how many versions stand where, which ones did not give full text and
 * why, and another try for them. Shows no draft content, only ids, statuses and reasons.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ExtractionAdminService {

    /** The problem list shows the most recent ones; older ones are still counted. */
    static final int MAX_PROBLEMS = 500;

    private final StoredExtractions extractions;

    ExtractionAdminService(StoredExtractions extractions) {
        this.extractions = extractions;
    }

    @Transactional(readOnly = true)
    public ExtractionOverview overview() {
        return new ExtractionOverview(extractions.counts(), extractions.enabled(), extractions.ocrAvailable());
    }

    @Transactional(readOnly = true)
    public List<ExtractionProblem> problems() {
        return extractions.problems(MAX_PROBLEMS);
    }

    /** Extracts one version again. */
    public void retry(long draftId, int versionNumber) {
        try {
            extractions.retry(draftId, versionNumber);
        } catch (java.util.NoSuchElementException e) {
            throw new NotFoundException("error.version.notFound", versionNumber);
        } catch (IllegalStateException e) {
            throw new ConflictException("extraction.retry.running");
        }
    }

    /** Extracts every failed version again; returns how many were queued. */
    public int retryAllFailed() {
        return extractions.retryAllFailed();
    }
}
