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

/** An audit entry: written once, never changed. */
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

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
            AuditOutcome outcome, String detail, String remoteAddr) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor == null || actor.isBlank() ? "(unknown)" : actor, 64);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome;
        this.detail = detail == null ? null : truncate(detail, 1000);
        this.remoteAddr = remoteAddr == null ? null : truncate(remoteAddr, 64);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, targetType, targetId, outcome, detail);
    }
}
