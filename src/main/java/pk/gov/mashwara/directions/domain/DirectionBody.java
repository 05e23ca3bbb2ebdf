package pk.gov.mashwara.directions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body that must act on a direction: the lead, or one supporting it. */
@Entity
@Table(name = "dir_direction_body")
public class DirectionBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "direction_id", nullable = false, updatable = false)
    private long directionId;
    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;
    @Column(name = "is_lead", nullable = false, updatable = false)
    private boolean lead;

    protected DirectionBody() {
    }

    public DirectionBody(long directionId, long committeeId, boolean lead) {
        this.directionId = directionId;
        this.committeeId = committeeId;
        this.lead = lead;
    }

    public long getDirectionId() { return directionId; }
    public long getCommitteeId() { return committeeId; }
    public boolean isLead() { return lead; }
}
