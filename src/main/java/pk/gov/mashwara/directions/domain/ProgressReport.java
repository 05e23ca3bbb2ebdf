package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A progress report signed off by the reporting office's officer: the period, the diary number, the report's PDF and
 * DOCX as kept in the file store, what it said of each direction (the snapshot the next report compares with), and
 * the hash over all of it. Written once, never changed or removed (Hibernate issues no update, the repository
 * offers none); the day it was sent is recorded apart ({@link ReportSent}).
 */
@Entity
@Immutable
@Table(name = "dir_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Column(name = "diary_number", nullable = false, updatable = false, length = 100)
    private String diaryNumber;
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String snapshot;
    @Column(name = "pdf_name", nullable = false, updatable = false, length = 255)
    private String pdfName;
    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long pdfSize;
    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String pdfSha256;
    @Column(name = "docx_name", nullable = false, updatable = false, length = 255)
    private String docxName;
    @Column(name = "docx_size", nullable = false, updatable = false)
    private long docxSize;
    @Column(name = "docx_sha256", nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String docxSha256;
    @Column(nullable = false, updatable = false, length = 64)
    private String signer;
    @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
    private String signerName;
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;
    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String hash;
    @Column(nullable = false, updatable = false)
    private boolean consolidated;

    protected ProgressReport() {
    }

    public ProgressReport(long letterId, long committeeId, LocalDate periodFrom, LocalDate periodTo,
            String diaryNumber, String snapshot, String pdfName, long pdfSize, String pdfSha256, String docxName,
            long docxSize, String docxSha256, String signer, String signerName, Instant signedAt, String hash,
            boolean consolidated) {
        this.consolidated = consolidated;
        this.letterId = letterId;
        this.committeeId = committeeId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.diaryNumber = diaryNumber;
        this.snapshot = snapshot;
        this.pdfName = pdfName;
        this.pdfSize = pdfSize;
        this.pdfSha256 = pdfSha256;
        this.docxName = docxName;
        this.docxSize = docxSize;
        this.docxSha256 = docxSha256;
        this.signer = signer;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public long getCommitteeId() { return committeeId; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getDiaryNumber() { return diaryNumber; }
    public String getSnapshot() { return snapshot; }
    public String getPdfName() { return pdfName; }
    public long getPdfSize() { return pdfSize; }
    public String getPdfSha256() { return pdfSha256; }
    public String getDocxName() { return docxName; }
    public long getDocxSize() { return docxSize; }
    public String getDocxSha256() { return docxSha256; }
    public String getSigner() { return signer; }
    public String getSignerName() { return signerName; }
    public Instant getSignedAt() { return signedAt; }
    public String getHash() { return hash; }
    /** Whether this is a consolidated report of every acting office, compiled by {@link #getCommitteeId()}. */
    public boolean isConsolidated() { return consolidated; }
}
