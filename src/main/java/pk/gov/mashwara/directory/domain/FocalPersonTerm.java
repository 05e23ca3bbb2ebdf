package pk.gov.mashwara.directory.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A focal person's time in office: from the PM's approval (null: before the register) to the next one's. */
@Entity
@Table(name = "focal_person_term")
public class FocalPersonTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "from_date", updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "approval_ref", updatable = false, length = 100)
    private String approvalRef;

    @Column(name = "nomination_id", updatable = false)
    private Long nominationId;

    protected FocalPersonTerm() {
    }

    public FocalPersonTerm(long userId, LocalDate fromDate, String approvalRef, Long nominationId) {
        this.userId = userId;
        this.fromDate = fromDate;
        this.approvalRef = approvalRef;
        this.nominationId = nominationId;
    }

    public void end(LocalDate on) {
        this.toDate = on;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public String getApprovalRef() { return approvalRef; }
    public Long getNominationId() { return nominationId; }
}
