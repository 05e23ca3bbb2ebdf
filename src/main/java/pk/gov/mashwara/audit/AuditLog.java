package pk.gov.mashwara.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.ChainVerifier;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.audit.domain.AuditEntry;
import pk.gov.mashwara.audit.domain.AuditEntryQueries;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.InvalidInputException;

/** Reading and verifying the audit log: auditors and administrators only. Nobody can change it. */
@Service
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEntryQueries queries;
    private final ChainVerifier verifier;

    private final AuditChain chain;
    private final CurrentUser currentUser;

    AuditLog(AuditEntryQueries queries, ChainVerifier verifier, AuditChain chain, CurrentUser currentUser) {
        this.queries = queries;
        this.verifier = verifier;
        this.chain = chain;
        this.currentUser = currentUser;
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

    /**
     * {@link #verify() Verifies} the chain and records the run in the log (who, when, the result), so that the
     * auditors' desk can show the latest verification. The recorded entry follows the entries it verified.
     */
    @Transactional
    public ChainVerification verifyAndRecord() {
        var result = verifier.verify();
        var detail = result.intact()
                ? "intact: " + result.entries() + " entries, last hash " + result.headHash()
                : "broken at entry " + result.brokenEntryId() + " (" + result.problem() + ")"
                        + (result.previousEntryId() == null ? "" : ", after entry " + result.previousEntryId())
                        + "; " + result.entries() + " entries in order before it";
        chain.append(EntryContent.of(result.checkedAt(), currentUser.require().getUsername(),
                AuditAction.CHAIN_VERIFIED.name(), "CHAIN", "audit", (result.intact() ? AuditOutcome.SUCCESS
                        : AuditOutcome.FAILURE).name(), detail, null));
        return result;
    }

    /** The latest recorded verification of the chain, if any was run. */
    public Optional<RecordedVerification> latestVerification() {
        return queries.find(new AuditQuery(null, AuditAction.CHAIN_VERIFIED, null, null, null, null), 0, 1).stream()
                .map(AuditEntry::toRecord).map(RecordedVerification::of).findFirst();
    }

    private static void check(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("error.audit.range");
        }
    }
}
