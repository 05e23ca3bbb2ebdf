package pk.gov.mashwara.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.domain.AuditEntry;
import pk.gov.mashwara.audit.domain.AuditEntryQueries;

/** Reading the audit log: auditors and administrators only. Nobody can change it. */
@Service
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEntryQueries queries;

    AuditLog(AuditEntryQueries queries) {
        this.queries = queries;
    }

    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        return queries.find(query, offset, Math.min(limit, 500)).stream().map(AuditEntry::toRecord).toList();
    }

    public long count(AuditQuery query) {
        return queries.count(query);
    }
}
