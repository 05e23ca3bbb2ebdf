package pk.gov.mashwara.text.extraction.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.text.ExtractionProblem;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;

/**
 * The extraction of one version, or of one file attached to a record outside drafts ({@code fileSha256}, then without
 * draft and version): queued, claimed by an extractor, finished with a status. A job is never
 * deleted; a retry puts it back in the queue. While it is extracted, the portal that claimed it holds a lease on
 * it ({@code leaseOwner}, renewed up to {@code leaseUntil} as long as it works on it).
 */
@Entity
@Table(name = "extraction_job")
public class ExtractionJob {

    /** A worker that died this often on one file has met a file it cannot survive. */
    public static final int MAX_WORKER_DEATHS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", updatable = false)
    private Long draftId;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    /** Set for an attached file's job only: the file, once per content (unique). */
    @Column(name = "file_sha256", updatable = false, length = 64, columnDefinition = "char(64)")
    private String fileSha256;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ExtractionStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 32)
    private ExtractionReason reason;

    @Column(length = 1000)
    private String detail;

    @Column(length = 64)
    private String progress;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "worker_deaths", nullable = false)
    private int workerDeaths;

    @Column(nullable = false)
    private long characters;

    @Column(nullable = false)
    private boolean truncated;

    @Column(nullable = false)
    private boolean ocr;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "lease_owner", length = 160)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    private long version;

    protected ExtractionJob() {
    }

    public ExtractionJob(long draftId, int versionNumber, String sha256, Instant createdAt) {
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.status = ExtractionStatus.PENDING;
    }

    /** The extraction of a file attached to a record outside drafts, once per content. */
    public static ExtractionJob forFile(String sha256, Instant createdAt) {
        var job = new ExtractionJob();
        job.sha256 = sha256;
        job.fileSha256 = sha256;
        job.createdAt = createdAt;
        job.status = ExtractionStatus.PENDING;
        return job;
    }

    /** The extraction ended; {@code status} must be final. */
    public void finish(ExtractionStatus status, ExtractionReason reason, String detail, long characters,
            boolean truncated, boolean ocr, Instant at) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("Not a final status: " + status);
        }
        this.status = status;
        this.reason = reason;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
        this.characters = characters;
        this.truncated = truncated;
        this.ocr = ocr;
        this.progress = null;
        // as the database keeps it, so that the event and the stored row name the same instant
        this.finishedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        endLease();
    }

    /**
     * The extractor died on this file (crash, out of memory, time limit). Back to the queue for one more try,
     * or failed for good when it has happened before.
     */
    public void workerDied(boolean timedOut, String detail, Instant at) {
        workerDeaths++;
        if (workerDeaths >= MAX_WORKER_DEATHS) {
            finish(ExtractionStatus.FAILED, timedOut ? ExtractionReason.TIMED_OUT : ExtractionReason.EXTRACTOR_CRASHED,
                    detail, 0, false, false, at);
        } else {
            requeue();
        }
    }

    /** An administrator asks for another try: the count of deaths starts again. */
    public void retry() {
        if (!status.isFinal()) {
            throw new IllegalStateException("Extraction of this version is still under way");
        }
        workerDeaths = 0;
        requeue();
    }

    /** The extractor that claimed the job is gone (restart, crash of the portal): run it again. */
    public void requeue() {
        status = ExtractionStatus.PENDING;
        progress = null;
        claimedAt = null;
        finishedAt = null;
        endLease();
    }

    /** Whether {@code owner} is extracting this job now: only its outcome may be recorded. */
    public boolean isLeasedBy(String owner) {
        return status == ExtractionStatus.EXTRACTING && owner != null && owner.equals(leaseOwner);
    }

    private void endLease() {
        leaseOwner = null;
        leaseUntil = null;
    }

    public ExtractionSummary toSummary() {
        return new ExtractionSummary(versionNumber, status, reason, characters, truncated, ocr, progress);
    }

    public ExtractionProblem toProblem() {
        return new ExtractionProblem(draftId == null ? 0 : draftId, versionNumber == null ? 0 : versionNumber, status,
                reason, detail, attempts, finishedAt, fileSha256);
    }

    public Long getId() {
        return id;
    }

    /** Whether this is the job of an attached file (no draft, no version). */
    public boolean isFile() {
        return fileSha256 != null;
    }

    /** The draft of a version's job; null for a file's. */
    public Long getDraftId() {
        return draftId;
    }

    /** The version of a version's job; null for a file's. */
    public Integer getVersionNumber() {
        return versionNumber;
    }

    /** What the job extracts, for the log: the version or the file. */
    public String subject() {
        return isFile() ? "file " + fileSha256.substring(0, 12) : "draft " + draftId + " v" + versionNumber;
    }

    public String getSha256() {
        return sha256;
    }

    /**
     * What tells this job's current text from any earlier text of the same version: the job, how often it ran,
     * when it last finished and how long its text is. Text is replaced only when the job runs again.
     */
    public String textStamp() {
        return id + ":" + sha256 + ":" + attempts + ":" + (finishedAt == null ? "" : finishedAt.toEpochMilli()) + ":"
                + characters;
    }

    public ExtractionStatus getStatus() {
        return status;
    }

    public ExtractionReason getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getWorkerDeaths() {
        return workerDeaths;
    }

    public long getCharacters() {
        return characters;
    }

    public boolean isOcr() {
        return ocr;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    /** When the extraction last ended; null while it has not. */
    public Instant getFinishedAt() {
        return finishedAt;
    }
}
