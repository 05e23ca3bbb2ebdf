package pk.gov.mashwara.routing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** How the committee dealt with one point the NSMCWG accepted. Written once; a later one for the point counts. */
@Entity
@Immutable
@Table(name = "point_response")
public class PointResponse {

    public static final int MAX_RESPONSE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(nullable = false, updatable = false, length = MAX_RESPONSE)
    private String response;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PointResponse() {
    }

    public PointResponse(long draftId, long threadId, String response, String recordedBy, Instant recordedAt) {
        this.draftId = draftId;
        this.threadId = threadId;
        this.response = response;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getDraftId() { return draftId; }
    public long getThreadId() { return threadId; }
    public String getResponse() { return response; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
