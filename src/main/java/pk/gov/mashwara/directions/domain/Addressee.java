package pk.gov.mashwara.directions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One addressee of a letter, as the letter names it ("Chairman, PTA"): a body of the directory when there is one,
 * every body when it is "All Ministries/Divisions", or an office by name alone (field offices). Copies are for
 * information.
 */
@Entity
@Table(name = "dir_addressee")
public class Addressee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_id", nullable = false, updatable = false)
    private long letterId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(name = "committee_id", updatable = false)
    private Long committeeId;
    @Column(name = "all_bodies", nullable = false, updatable = false)
    private boolean allBodies;
    @Column(nullable = false, updatable = false, length = 300)
    private String name;
    @Column(name = "copy_only", nullable = false, updatable = false)
    private boolean copyOnly;

    protected Addressee() {
    }

    public Addressee(long letterId, int position, Long committeeId, boolean allBodies, String name, boolean copyOnly) {
        this.letterId = letterId;
        this.position = position;
        this.committeeId = committeeId;
        this.allBodies = allBodies;
        this.name = name;
        this.copyOnly = copyOnly;
    }

    public Long getId() { return id; }
    public long getLetterId() { return letterId; }
    public int getPosition() { return position; }
    public Long getCommitteeId() { return committeeId; }
    public boolean isAllBodies() { return allBodies; }
    public String getName() { return name; }
    public boolean isCopyOnly() { return copyOnly; }
}
