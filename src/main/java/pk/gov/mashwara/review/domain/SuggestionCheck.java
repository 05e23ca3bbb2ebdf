package pk.gov.mashwara.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.review.SuggestionVerdict;

/** Whether an accepted suggestion is in one later version: written once per suggestion and version. */
@Entity
@Table(name = "review_suggestion_check")
public class SuggestionCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32, updatable = false)
    private SuggestionVerdict verdict;

    /** The stretch found (with its context), or null when not found. */
    @Column(name = "found_text", columnDefinition = "TEXT", updatable = false)
    private String foundText;

    /** What the stretch would read with the suggestion made, to show the difference against. */
    @Column(name = "expected_text", columnDefinition = "TEXT", updatable = false)
    private String expectedText;

    @Column(name = "found_start", updatable = false)
    private Integer foundStart;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    protected SuggestionCheck() {
    }

    public SuggestionCheck(long threadId, long draftId, int versionNumber, SuggestionVerdict verdict, String expectedText,
            String foundText, Integer foundStart, Instant checkedAt) {
        this.threadId = threadId;
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.verdict = verdict;
        this.expectedText = expectedText;
        this.foundText = foundText;
        this.foundStart = foundStart;
        this.checkedAt = checkedAt;
    }

    public Long getId() { return id; }
    public long getThreadId() { return threadId; }
    public long getDraftId() { return draftId; }
    public int getVersionNumber() { return versionNumber; }
    public SuggestionVerdict getVerdict() { return verdict; }
    public String getFoundText() { return foundText; }
    public String getExpectedText() { return expectedText; }
    public Integer getFoundStart() { return foundStart; }
    public Instant getCheckedAt() { return checkedAt; }
}
