package pk.gov.mashwara.routing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The final summary the sponsoring division lodged with the Cabinet Division, as a file (DOCX or PDF), one per
 * lodging: its name, type, size and SHA-256 in the portal's file store, who lodged it and when. Written once with
 * the lodging, never changed or removed (a returned summary keeps its file).
 */
@Entity
@Immutable
@Table(name = "cabinet_summary_file")
public class CabinetSummaryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summary_id", nullable = false, updatable = false)
    private long summaryId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 150)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected CabinetSummaryFile() {
    }

    public CabinetSummaryFile(long summaryId, long draftId, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.summaryId = summaryId;
        this.draftId = draftId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getSummaryId() { return summaryId; }
    public long getDraftId() { return draftId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
