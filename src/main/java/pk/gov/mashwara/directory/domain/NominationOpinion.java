package pk.gov.mashwara.directory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's support of or objection to a nomination; the member's later view replaces it. */
@Entity
@Table(name = "focal_nomination_opinion")
public class NominationOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    private long nominationId;

    @Column(nullable = false, updatable = false, length = 64)
    private String member;

    @Column(nullable = false)
    private boolean supports;

    @Column(columnDefinition = "text")
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NominationOpinion() {
    }

    public NominationOpinion(long nominationId, String member) {
        this.nominationId = nominationId;
        this.member = member;
    }

    public void record(boolean supports, String note, Instant at) {
        this.supports = supports;
        this.note = note;
        this.recordedAt = at;
    }

    public long getNominationId() { return nominationId; }
    public String getMember() { return member; }
    public boolean isSupports() { return supports; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
}
