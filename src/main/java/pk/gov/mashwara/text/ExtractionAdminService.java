package pk.gov.mashwara.text;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.extraction.StoredExtractions;

/**
 * Extraction as administrators see it: how many versions stand where, which ones did not give full text and
 * why, and another try for them. Shows no draft content, only ids, statuses and reasons.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ExtractionAdminService {

    /** {@link #problems()} returns the most recent ones; the paged list reaches them all. */
    static final int MAX_PROBLEMS = 500;
    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

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

    /** One page of the versions that did not give full text, the most recent first. */
    @Transactional(readOnly = true)
    public List<ExtractionProblem> problems(int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_PAGE);
        return extractions.problems(offset, limit);
    }

    /** How many versions did not give full text, in all. */
    @Transactional(readOnly = true)
    public long problemCount() {
        return extractions.problemCount();
    }

    /** One page of the files attached to records that did not give full text, the most recent first. */
    @Transactional(readOnly = true)
    public List<ExtractionProblem> fileProblems(int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_PAGE);
        return extractions.fileProblems(offset, limit);
    }

    /** How many attached files did not give full text, in all. */
    @Transactional(readOnly = true)
    public long fileProblemCount() {
        return extractions.fileProblemCount();
    }

    /** The attached files by where their extraction stands. */
    @Transactional(readOnly = true)
    public java.util.Map<ExtractionStatus, Long> fileCounts() {
        return extractions.fileCounts();
    }

    /** Extracts one attached file again (by its SHA-256). */
    public void retryFile(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new NotFoundException("error.extraction.fileNotFound", String.valueOf(sha256));
        }
        try {
            extractions.retryFile(sha256);
        } catch (java.util.NoSuchElementException e) {
            throw new NotFoundException("error.extraction.fileNotFound", sha256);
        } catch (IllegalStateException e) {
            throw new ConflictException("extraction.retry.running");
        }
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
