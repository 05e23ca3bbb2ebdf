package pk.gov.mashwara.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.chain.ChainVerifier;
import pk.gov.mashwara.audit.domain.AuditEntry;
import pk.gov.mashwara.audit.domain.AuditEntryQueries;
import pk.gov.mashwara.shared.InvalidInputException;

/** Reading and verifying the audit log: auditors and administrators only. Nobody can change it. */
@Service
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEntryQueries queries;
    private final ChainVerifier verifier;

    AuditLog(AuditEntryQueries queries, ChainVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        check(query);
        return queries.find(query, offset, Math.min(limit, 500)).stream().map(AuditEntry::toRecord).toList();
    }

    public long count(AuditQuery query) {
        check(query);
        return queries.count(query);
    }

    /**
     * Walks the whole chain and reports it intact, with the number of entries and the last hash, or the first
     * entry that breaks it and why.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }

    private static void check(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("error.audit.range");
        }
    }
}
