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

import org.hibernate.annotations.Immutable;

import pk.gov.mashwara.statement.Channel;

/**
 * The issue of a statement: when, through which channel, the final text and who issued it. Written once, never
 * changed or removed (no update is issued for it and the repository offers none; the table allows one per
 * statement). Its {@code hash} covers every other field but the id.
 */
@Entity
@Immutable
@Table(name = "statement_issue")
public class StatementIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private long statementId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Channel channel;

    @Column(name = "final_text", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String finalText;

    @Column(nullable = false, updatable = false, length = 64)
    private String issuer;

    @Column(name = "issuer_name", nullable = false, updatable = false, length = 200)
    private String issuerName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String hash;

    protected StatementIssue() {
    }

    public StatementIssue(long statementId, Instant issuedAt, Channel channel, String finalText, String issuer,
            String issuerName, Instant recordedAt, String hash) {
        this.statementId = statementId;
        this.issuedAt = issuedAt;
        this.channel = channel;
        this.finalText = finalText;
        this.issuer = issuer;
        this.issuerName = issuerName;
        this.recordedAt = recordedAt;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public long getStatementId() { return statementId; }
    public Instant getIssuedAt() { return issuedAt; }
    public Channel getChannel() { return channel; }
    public String getFinalText() { return finalText; }
    public String getIssuer() { return issuer; }
    public String getIssuerName() { return issuerName; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getHash() { return hash; }
}
