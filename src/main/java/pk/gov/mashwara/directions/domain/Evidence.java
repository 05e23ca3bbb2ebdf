package pk.gov.mashwara.directions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of evidence for a progress entry, kept in the file store under its SHA-256. Never changed. */
@Entity
@Table(name = "dir_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "progress_id", nullable = false, updatable = false)
    private long progressId;
    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;
    @Column(name = "media_type", nullable = false, updatable = false, length = 150)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;
    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    protected Evidence() {
    }

    public Evidence(long progressId, String fileName, String mediaType, long sizeBytes, String sha256) {
        this.progressId = progressId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() { return id; }
    public long getProgressId() { return progressId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
}
