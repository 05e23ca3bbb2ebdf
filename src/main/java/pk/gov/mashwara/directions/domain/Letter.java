package pk.gov.mashwara.directions.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/**
 * A letter as it was issued: the office, its reference and date, the subject, its markings and, when the letter
 * forwards another down the cascade, the letter it quotes. The file itself is kept in the file store.
 */
@Entity
@Table(name = "dir_letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "issuing_office_id", nullable = false, updatable = false)
    private long issuingOfficeId;
    @Column(nullable = false, updatable = false, length = 120)
    private String reference;
    @Column(name = "letter_date", nullable = false, updatable = false)
    private LocalDate letterDate;
    @Column(nullable = false, updatable = false, length = 500)
    private String subject;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Classification classification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Priority priority;
    @Column(name = "social_media", nullable = false, updatable = false)
    private boolean socialMedia;
    @Column(name = "parent_letter_id", updatable = false)
    private Long parentLetterId;
    @Column(updatable = false, columnDefinition = "text")
    private String body;
    @Column(name = "signed_by", updatable = false, length = 200)
    private String signedBy;
    @Column(name = "file_name", length = 255)
    private String fileName;
    @Column(name = "file_media_type", length = 150)
    private String fileMediaType;
    @Column(name = "file_size")
    private Long fileSize;
    @Column(name = "file_sha256", length = 64, columnDefinition = "char(64)")
    private String fileSha256;
    @Column(name = "registered_by", nullable = false, updatable = false, length = 64)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Version
    private long version;

    protected Letter() {
    }

    public Letter(long issuingOfficeId, String reference, LocalDate letterDate, String subject,
            Classification classification, Priority priority, boolean socialMedia, Long parentLetterId, String body,
            String signedBy, String registeredBy, Instant registeredAt) {
        this.issuingOfficeId = issuingOfficeId;
        this.reference = reference;
        this.letterDate = letterDate;
        this.subject = subject;
        this.classification = classification;
        this.priority = priority;
        this.socialMedia = socialMedia;
        this.parentLetterId = parentLetterId;
        this.body = body;
        this.signedBy = signedBy;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Keeps the letter's file; a letter has one file, once. */
    public void attachFile(String name, String mediaType, long size, String sha256) {
        if (fileSha256 != null) {
            throw new IllegalStateException("The letter already has its file");
        }
        this.fileName = name;
        this.fileMediaType = mediaType;
        this.fileSize = size;
        this.fileSha256 = sha256;
    }

    public Long getId() { return id; }
    public long getIssuingOfficeId() { return issuingOfficeId; }
    public String getReference() { return reference; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getSubject() { return subject; }
    public Classification getClassification() { return classification; }
    public Priority getPriority() { return priority; }
    public boolean isSocialMedia() { return socialMedia; }
    public Long getParentLetterId() { return parentLetterId; }
    public String getBody() { return body; }
    public String getSignedBy() { return signedBy; }
    public String getFileName() { return fileName; }
    public String getFileMediaType() { return fileMediaType; }
    public Long getFileSize() { return fileSize; }
    public String getFileSha256() { return fileSha256; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public long getVersion() { return version; }
}
