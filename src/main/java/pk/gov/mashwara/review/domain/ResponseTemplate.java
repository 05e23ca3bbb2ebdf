package pk.gov.mashwara.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A response text kept in a library: a committee's ({@code committeeId}) or the NSMCWG's (null). */
@Entity
@Table(name = "response_template")
public class ResponseTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id")
    private Long committeeId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ResponseTemplate() {
    }

    public ResponseTemplate(Long committeeId, String title, String body, String by, Instant now) {
        this.committeeId = committeeId;
        this.createdBy = by;
        this.createdAt = now;
        change(title, body, by, now);
    }

    public void change(String title, String body, String by, Instant now) {
        this.title = title;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
