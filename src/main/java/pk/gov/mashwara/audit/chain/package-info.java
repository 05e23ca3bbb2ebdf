/**
 * The hash chain of the audit log. {@link pk.gov.mashwara.audit.chain.AuditChain} appends entries under a lock on
 * the chain's head and chains the entries written before the chain existed; {@link
 * pk.gov.mashwara.audit.chain.ChainVerifier} walks the chain; {@link pk.gov.mashwara.audit.chain.EntryHash} is the
 * canonical encoding both use. Internal: other modules see only {@code AuditLog}.
 */
package pk.gov.mashwara.audit.chain;
