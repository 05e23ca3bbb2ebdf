package pk.gov.mashwara.draft.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.FileNumbers;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * A draft and its versions. It guards its own state: versions only in states that accept them, transitions
 * only from the states they start in, and an optimistic lock so that of two simultaneous actions one wins.
 */
@Entity
@Table(name = "draft")
public class Draft extends AbstractAggregateRoot<Draft> {

    public static final int MAX_TITLE = 300;
    public static final int MAX_LEGAL_BASIS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private DraftKind kind;

    @Column(name = "legal_basis", nullable = false, length = MAX_LEGAL_BASIS)
    private String legalBasis;

    @Column(name = "financial_implications", nullable = false)
    private boolean financialImplications;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private DraftStatus status;

    @Column(name = "diary_number", length = 32)
    private String diaryNumber;

    /** The committee's own file number (see {@link pk.gov.mashwara.draft.FileNumbers}), or null. */
    @Column(name = "file_number", length = pk.gov.mashwara.draft.FileNumbers.MAX)
    private String fileNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Priority priority = Priority.ROUTINE;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "status_note", length = 1000)
    private String statusNote;

    @Version
    private long version;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("number DESC")
    private List<DraftVersion> versions = new ArrayList<>();

    protected Draft() {
    }

    public Draft(String title, long committeeId, DraftKind kind, String legalBasis, boolean financialImplications,
            Classification classification, String createdBy, Instant now) {
        this.title = requireText(title, MAX_TITLE, "error.draft.title");
        if (this.title.codePoints().anyMatch(Character::isISOControl)) {
            // A title is one line of text: a NUL, an escape code or a line break in it is a mistake or an attack
            throw new InvalidInputException("error.draft.title.control");
        }
        this.legalBasis = requireText(legalBasis, MAX_LEGAL_BASIS, "error.draft.legalBasis");
        if (kind == null) {
            throw new InvalidInputException("error.draft.kind");
        }
        if (classification == null) {
            throw new InvalidInputException("error.draft.classification");
        }
        this.committeeId = committeeId;
        this.kind = kind;
        this.financialImplications = financialImplications;
        this.classification = classification;
        this.status = DraftStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Announces creation; called once the draft has its id. */
    public void announceCreated() {
        registerEvent(new DraftCreated(id, committeeId, title, createdBy, createdAt));
    }

    /**
     * Adds the next version. The file is already in the store under {@code sha256}.
     */
    public DraftVersion addVersion(String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
            Instant now) {
        requireAcceptsNewVersion();
        var next = versions.stream().mapToInt(DraftVersion::getNumber).max().orElse(0) + 1;
        var added = new DraftVersion(this, next, fileName, mediaType, sizeBytes, sha256, uploadedBy, now);
        versions.add(added);
        versions.sort(Comparator.comparingInt(DraftVersion::getNumber).reversed());
        touch(now);
        return added;
    }

    /**
     * Refuses a new version in a state that takes none. Called before an upload is stored as well, so that a
     * refused upload does not leave an unreferenced file behind.
     */
    public void requireAcceptsNewVersion() {
        if (!status.acceptsNewVersions()) {
            throw new ConflictException("error.draft.noNewVersionInState", status);
        }
    }

    /** Announces a version once it has been flushed (the draft id is known by then). */
    public void announceVersion(DraftVersion added) {
        registerEvent(new VersionUploaded(id, added.getNumber(), added.getSha256(), added.getMediaType(),
                added.getSizeBytes(), added.getFileName(), added.getUploadedBy(), added.getUploadedAt()));
    }

    /** Refuses a move that needs a file when the draft has none yet. */
    public void requireVersions() {
        if (versions.isEmpty()) {
            throw new ConflictException("error.draft.noVersion");
        }
    }

    /**
     * The draft reaches the NSMCWG: it keeps {@code diaryNumber} (its first one, if it had one) and the time of
     * its first submission.
     */
    public void assignDiaryNumber(String diaryNumber, Instant now) {
        if (this.diaryNumber == null) {
            this.diaryNumber = diaryNumber;
        }
        if (this.submittedAt == null) {
            this.submittedAt = now;
        }
    }

    /**
     * Moves the draft by a routing action that may be taken only from the states {@code from} (the routing module
     * found the action in its rule book and checked who takes it and what must hold). The draft checks the
     * transition itself: from any other state it refuses, so that no caller can move it along an edge the rule
     * book does not have, and it goes up for approval only with a file. Moving to the state it is in records the
     * note only.
     *
     * @throws ConflictException when the draft is not in one of {@code from}, or goes up for approval without a
     *                           version
     */
    public void transition(java.util.Set<DraftStatus> from, DraftStatus target, String actor, String note,
            Instant now) {
        if (target == null || from == null || !from.contains(status)) {
            throw new ConflictException("error.draft.illegalTransition", status, target);
        }
        if (target == DraftStatus.COMMITTEE_APPROVAL) {
            requireVersions();
        }
        if (target == status) {
            statusNote = note;
            touch(now);
            return;
        }
        moveTo(target, actor, note, now);
    }

    private void moveTo(DraftStatus target, String actor, String note, Instant now) {
        var from = status;
        status = target;
        statusNote = note;
        touch(now);
        registerEvent(new DraftStatusChanged(id, from, target, actor, note, now));
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static String requireText(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(key);
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(key + ".tooLong", max);
        }
        return stripped;
    }

    /** Sets the committee's file number, checked for its shape; null or blank clears it. */
    public void setFileNumber(String fileNumber, Instant now) {
        this.fileNumber = FileNumbers.check(fileNumber, "fileNumber");
        touch(now);
    }

    /** Marks the draft with a priority; the routing rules say who may and when. */
    public void mark(Priority priority, Instant now) {
        if (priority == null) {
            throw InvalidInputException.onField("priority", "error.draft.priority", "");
        }
        this.priority = priority;
        touch(now);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public long getCommitteeId() { return committeeId; }
    public DraftKind getKind() { return kind; }
    public String getLegalBasis() { return legalBasis; }
    public boolean hasFinancialImplications() { return financialImplications; }
    public Classification getClassification() { return classification; }
    public DraftStatus getStatus() { return status; }
    public String getDiaryNumber() { return diaryNumber; }
    public String getFileNumber() { return fileNumber; }
    public Priority getPriority() { return priority; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getStatusNote() { return statusNote; }
    public long getVersion() { return version; }
    public List<DraftVersion> getVersions() { return List.copyOf(versions); }
}
