package pk.gov.mashwara.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pk.gov.mashwara.engagement.EngagementKind;

/**
 * One engagement with a company: a meeting, call, letter or notice, with who took part on each side, the topics,
 * the NSMCWG's position and the bodies of the directory party to it. Its documents and commitments are kept apart.
 */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EngagementKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "lead_username", nullable = false, length = 64)
    private String leadUsername;

    @Column(name = "our_participants", nullable = false, columnDefinition = "text")
    private String ourParticipants;

    @Column(name = "their_participants", columnDefinition = "text")
    private String theirParticipants;

    @Column(nullable = false, columnDefinition = "text")
    private String topics;

    @Column(name = "position_text", columnDefinition = "text")
    private String position;

    @Column(name = "position_draft_id")
    private Long positionDraftId;

    @Column(name = "direction_number", length = 8)
    private String directionNumber;

    @Column(name = "letter_reference", length = 64)
    private String letterReference;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engagement_body", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "committee_id", nullable = false)
    private Set<Long> bodies = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Engagement() {
    }

    public Engagement(long companyId, EngagementKind kind, LocalDate occurredOn, String subject, String leadUsername,
            String ourParticipants, String theirParticipants, String topics, String position, Long positionDraftId,
            String directionNumber, String letterReference, Set<Long> bodies, String createdBy, Instant createdAt) {
        this.companyId = companyId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.subject = subject;
        this.leadUsername = leadUsername;
        this.ourParticipants = ourParticipants;
        this.theirParticipants = theirParticipants;
        this.topics = topics;
        this.position = position;
        this.positionDraftId = positionDraftId;
        this.directionNumber = directionNumber;
        this.letterReference = letterReference;
        this.bodies.addAll(bodies);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Makes a body party to the engagement (e.g. one that now owes a commitment in it). */
    public void involve(long committeeId) {
        bodies.add(committeeId);
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public EngagementKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getSubject() { return subject; }
    public String getLeadUsername() { return leadUsername; }
    public String getOurParticipants() { return ourParticipants; }
    public String getTheirParticipants() { return theirParticipants; }
    public String getTopics() { return topics; }
    public String getPosition() { return position; }
    public Long getPositionDraftId() { return positionDraftId; }
    public String getDirectionNumber() { return directionNumber; }
    public String getLetterReference() { return letterReference; }
    public Set<Long> getBodies() { return Set.copyOf(bodies); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
