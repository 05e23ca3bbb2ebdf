package pk.gov.mashwara.statement.domain;

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

import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.statement.StatementStatus;
import pk.gov.mashwara.statement.Urgency;

/**
 * A statement from its proposal to its issue or decline. Only a proposed statement changes: its text is edited
 * (each edit a new revision), and it is issued or declined once. Optimistic locking ({@code version}) lets one of
 * two simultaneous decisions win.
 */
@Entity
@Table(name = "statement")
public class Statement {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_OCCASION = 500;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_REASON = 4_000;
    public static final String DIRECTION_LETTER = "No. 1(1)/AS-II/2021";
    public static final String DIRECTION_NUMBER = "5";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String proposer;

    @Column(name = "proposer_name", nullable = false, updatable = false, length = 200)
    private String proposerName;

    @Column(name = "text_en", columnDefinition = "mediumtext")
    private String textEn;

    @Column(name = "text_ur", columnDefinition = "mediumtext")
    private String textUr;

    @Column(nullable = false, length = MAX_OCCASION)
    private String occasion;

    @Column(nullable = false, length = MAX_COMPANY)
    private String company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StatementStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "direction_letter", nullable = false, updatable = false, length = 64)
    private String directionLetter;

    @Column(name = "direction_number", nullable = false, updatable = false, length = 8)
    private String directionNumber;

    @Column(name = "decline_reason", columnDefinition = "text")
    private String declineReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Statement() {
    }

    public Statement(String proposer, String proposerName, String textEn, String textUr, String occasion,
            String company, Urgency urgency, Instant at) {
        this.proposer = proposer;
        this.proposerName = proposerName;
        this.textEn = textEn;
        this.textUr = textUr;
        this.occasion = occasion;
        this.company = company;
        this.urgency = urgency;
        this.status = StatementStatus.PROPOSED;
        this.revision = 1;
        this.directionLetter = DIRECTION_LETTER;
        this.directionNumber = DIRECTION_NUMBER;
        this.proposedAt = at;
        this.updatedAt = at;
    }

    /** A new revision of the text; only while proposed. */
    public void edit(String textEn, String textUr, String occasion, String company, Urgency urgency, Instant at) {
        requireProposed();
        this.textEn = textEn;
        this.textUr = textUr;
        this.occasion = occasion;
        this.company = company;
        this.urgency = urgency;
        this.revision++;
        this.updatedAt = at;
    }

    /** Issued by {@code by}: the issue itself is its own, unchangeable record. */
    public void issued(String by, String byName, Instant at) {
        requireProposed();
        this.status = StatementStatus.ISSUED;
        decided(by, byName, at);
    }

    public void decline(String reason, String by, String byName, Instant at) {
        requireProposed();
        this.status = StatementStatus.DECLINED;
        this.declineReason = reason;
        decided(by, byName, at);
    }

    /** Any change to a proposed statement (e.g. views asked) moves its version, so that a decision sees it. */
    public void touched(Instant at) {
        requireProposed();
        this.updatedAt = at;
    }

    private void decided(String by, String byName, Instant at) {
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = at;
        this.updatedAt = at;
    }

    private void requireProposed() {
        if (status != StatementStatus.PROPOSED) {
            throw new ConflictException("error.statement.decided." + status.name(), decidedByName);
        }
    }

    public Long getId() { return id; }
    public String getProposer() { return proposer; }
    public String getProposerName() { return proposerName; }
    public String getTextEn() { return textEn; }
    public String getTextUr() { return textUr; }
    public String getOccasion() { return occasion; }
    public String getCompany() { return company; }
    public Urgency getUrgency() { return urgency; }
    public StatementStatus getStatus() { return status; }
    public int getRevision() { return revision; }
    public String getDirectionLetter() { return directionLetter; }
    public String getDirectionNumber() { return directionNumber; }
    public String getDeclineReason() { return declineReason; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecidedByName() { return decidedByName; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getProposedAt() { return proposedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
