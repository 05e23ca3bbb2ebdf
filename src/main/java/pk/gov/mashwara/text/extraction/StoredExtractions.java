package pk.gov.mashwara.text.extraction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.text.ExtractionProblem;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;
import pk.gov.mashwara.text.StoredText;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.extraction.domain.ExtractedTextRepository;
import pk.gov.mashwara.text.extraction.domain.ExtractionJob;
import pk.gov.mashwara.text.extraction.domain.ExtractionJobRepository;

/**
 * What extraction produced, as facts, for the module's services and its background work. It checks nobody:
 * the services in front of it do ({@code ReaderService} the draft's visibility, the admin service the role).
 */
@Component
@Transactional(readOnly = true)
public class StoredExtractions implements VersionTexts, pk.gov.mashwara.text.FinishedExtractions {

    /** Statuses an administrator may want to act on. */
    static final List<ExtractionStatus> PROBLEMS = List.of(ExtractionStatus.FAILED, ExtractionStatus.ENCRYPTED,
            ExtractionStatus.UNSUPPORTED, ExtractionStatus.NO_TEXT, ExtractionStatus.TRUNCATED);

    private final ExtractionJobRepository jobs;
    private final ExtractedTextRepository texts;
    private final ExtractionSignal signal;
    private final ExtractionRuntime runtime;
    private final ExtractionProperties properties;

    StoredExtractions(ExtractionJobRepository jobs, ExtractedTextRepository texts, ExtractionSignal signal,
            ExtractionRuntime runtime, ExtractionProperties properties) {
        this.jobs = jobs;
        this.texts = texts;
        this.signal = signal;
        this.runtime = runtime;
        this.properties = properties;
    }

    @Override
    public List<Finished> finishedSince(java.time.Instant since, int page, int size) {
        return jobs.finishedSince(since, PageRequest.of(page, size));
    }

    @Override
    public Optional<String> text(long draftId, int versionNumber) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).filter(j -> j.getStatus().hasText())
                .flatMap(j -> texts.findById(j.getId()))
                .map(t -> TextCodec.decode(t.isCompressed(), t.getContent()));
    }

    @Override
    public Optional<String> text(long draftId, int versionNumber, int maxCharacters) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).filter(j -> j.getStatus().hasText())
                .flatMap(j -> texts.findById(j.getId()))
                .map(t -> TextCodec.decode(t.isCompressed(), t.getContent(), maxCharacters));
    }

    @Override
    public Optional<StoredText> stored(long draftId, int versionNumber) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).filter(j -> j.getStatus().hasText())
                .flatMap(j -> texts.findById(j.getId())).map(t -> {
                    boolean compressed = t.isCompressed();
                    byte[] content = t.getContent();
                    return out -> TextCodec.copy(compressed, content, out);
                });
    }

    @Override
    public Optional<String> textStamp(long draftId, int versionNumber) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).filter(j -> j.getStatus().hasText())
                .map(ExtractionJob::textStamp);
    }

    @Override
    public int[] pageStarts(long draftId, int versionNumber) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).filter(j -> j.getStatus().hasText())
                .flatMap(j -> texts.findById(j.getId())).map(t -> t.getPageStarts()).orElse(new int[0]);
    }

    @Override
    public ExtractionStatus status(long draftId, int versionNumber) {
        return summary(draftId, versionNumber).status();
    }

    @Override
    public boolean ocr(long draftId, int versionNumber) {
        return summary(draftId, versionNumber).ocr();
    }

    public ExtractionSummary summary(long draftId, int versionNumber) {
        return jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).map(ExtractionJob::toSummary)
                .orElse(ExtractionSummary.pending(versionNumber));
    }

    /** The summaries of the draft's versions that have a job, newest first. */
    public List<ExtractionSummary> summaries(long draftId) {
        return jobs.findByDraftIdOrderByVersionNumberDesc(draftId).stream().map(ExtractionJob::toSummary).toList();
    }

    /** The extraction of every version of these drafts, by draft, in one query. */
    public Map<Long, List<ExtractionSummary>> summaries(java.util.Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return Map.of();
        }
        return jobs.findByDraftIdIn(draftIds).stream().collect(java.util.stream.Collectors.groupingBy(
                ExtractionJob::getDraftId, java.util.stream.Collectors.mapping(ExtractionJob::toSummary,
                        java.util.stream.Collectors.toList())));
    }

    public Map<ExtractionStatus, Long> counts() {
        var counts = new EnumMap<ExtractionStatus, Long>(ExtractionStatus.class);
        jobs.countByStatus().forEach(row -> counts.put((ExtractionStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<ExtractionProblem> problems(int max) {
        return problems(0, max);
    }

    /** The versions that did not give full text, the most recent first, from any offset. */
    public List<ExtractionProblem> problems(int offset, int limit) {
        return jobs.findByStatusInAndFileSha256IsNull(PROBLEMS, new OffsetRequest(offset, limit, Sort.by(Sort.Direction.DESC, "id")))
                .stream().map(ExtractionJob::toProblem).toList();
    }

    /** The attached files that did not give full text, the most recent first, from any offset. */
    public List<ExtractionProblem> fileProblems(int offset, int limit) {
        return jobs.findByStatusInAndFileSha256IsNotNull(PROBLEMS,
                new OffsetRequest(offset, limit, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .map(ExtractionJob::toProblem).toList();
    }

    /** The attached files' jobs by status. */
    public Map<ExtractionStatus, Long> fileCounts() {
        var counts = new EnumMap<ExtractionStatus, Long>(ExtractionStatus.class);
        jobs.countFilesByStatus().forEach(row -> counts.put((ExtractionStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many attached files {@link #fileProblems(int, int)} has in all. */
    public long fileProblemCount() {
        var counts = fileCounts();
        return PROBLEMS.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
    }

    /** Puts an attached file's finished job back in the queue. */
    @Transactional
    public void retryFile(String sha256) {
        var job = jobs.findByFileSha256In(List.of(sha256)).stream().findFirst().orElseThrow();
        job.retry();
        signal.wakeAfterCommit();
    }

    /** How many versions {@link #problems(int, int)} has in all. */
    public long problemCount() {
        var counts = counts();
        return PROBLEMS.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    public boolean ocrAvailable() {
        return runtime.ocrAvailable();
    }

    /** Puts a finished job back in the queue. */
    @Transactional
    public void retry(long draftId, int versionNumber) {
        jobs.findByDraftIdAndVersionNumber(draftId, versionNumber).orElseThrow().retry();
        signal.wakeAfterCommit();
    }

    /** Puts every failed job (of a version or an attached file) back in the queue; returns how many. */
    @Transactional
    public int retryAllFailed() {
        var failed = jobs.findByStatusIn(List.of(ExtractionStatus.FAILED), PageRequest.of(0, 10_000));
        failed.forEach(ExtractionJob::retry);
        signal.wakeAfterCommit();
        return failed.size();
    }
}
