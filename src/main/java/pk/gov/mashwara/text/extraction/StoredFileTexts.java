package pk.gov.mashwara.text.extraction;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pk.gov.mashwara.text.FileText;
import pk.gov.mashwara.text.FileTexts;
import pk.gov.mashwara.text.extraction.domain.ExtractedTextRepository;
import pk.gov.mashwara.text.extraction.domain.ExtractionJobRepository;

/**
 * Attached files' texts from the extraction queue: a file is queued after the transaction that attached it commits,
 * so that a clash with another portal queueing the same content can never undo the attachment, and its text is
 * read back as a version's is.
 */
@Component
class StoredFileTexts implements FileTexts {

    private static final Logger log = LoggerFactory.getLogger(StoredFileTexts.class);

    private final ExtractionJobs queue;
    private final ExtractionJobRepository jobs;
    private final ExtractedTextRepository texts;

    StoredFileTexts(ExtractionJobs queue, ExtractionJobRepository jobs, ExtractedTextRepository texts) {
        this.queue = queue;
        this.jobs = jobs;
        this.texts = texts;
    }

    @Override
    public void extract(String sha256) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(sha256);
                }
            });
        } else {
            queue(sha256);
        }
    }

    /** Queues the file in a transaction of its own; false when it was queued already (by anyone). */
    boolean queue(String sha256) {
        try {
            return queue.enqueueFile(sha256);
        } catch (DataIntegrityViolationException e) {
            return false;
        } catch (RuntimeException e) {
            // the file is attached; the start-up catch-up queues it if this failed
            log.warn("Could not queue the extraction of file {}: {}", sha256, e.getMessage());
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, FileText> states(Collection<String> sha256s) {
        var out = new HashMap<String, FileText>();
        sha256s.forEach(sha -> out.put(sha, FileText.pending(sha)));
        if (!sha256s.isEmpty()) {
            for (var job : jobs.findByFileSha256In(sha256s)) {
                out.put(job.getSha256(), new FileText(job.getSha256(), job.getStatus(), job.getReason(), ""));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, FileText> texts(Collection<String> sha256s, int maxCharacters) {
        var out = new HashMap<String, FileText>();
        sha256s.forEach(sha -> out.put(sha, FileText.pending(sha)));
        if (sha256s.isEmpty()) {
            return out;
        }
        for (var job : jobs.findByFileSha256In(sha256s)) {
            var text = job.getStatus().hasText() ? texts.findById(job.getId())
                    .map(t -> TextCodec.decode(t.isCompressed(), t.getContent(), maxCharacters)).orElse("") : "";
            out.put(job.getSha256(), new FileText(job.getSha256(), job.getStatus(), job.getReason(), text));
        }
        return out;
    }
}
