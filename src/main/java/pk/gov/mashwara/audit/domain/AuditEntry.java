package pk.gov.mashwara.audit.domain;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditOutcome;
import pk.gov.mashwara.audit.AuditRecord;

/**
 * An audit entry as read: written once, by {@code AuditChain} (which also fills in its place in the chain), and
 * never changed. Read-only here.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 48)
    private AuditAction action;

    @Column(name = "target_type", updatable = false, length = 32)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 64)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "remote_addr", updatable = false, length = 64)
    private String remoteAddr;

    @Column(updatable = false)
    private Long seq;

    @Column(name = "prev_hash", updatable = false, length = 64, columnDefinition = "char(64)")
    private String prevHash;

    @Column(updatable = false, length = 64, columnDefinition = "char(64)")
    private String hash;

    protected AuditEntry() {
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, targetType, targetId, outcome, detail, remoteAddr, seq,
                prevHash, hash);
    }
}
