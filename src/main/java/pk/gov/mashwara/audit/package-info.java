/**
 * The audit log: an append-only record of who did what, when, to what, and with what outcome, kept as a hash
 * chain (each entry carries the hash of the one before it; see docs/decisions/008-audit-chain.md). It listens to
 * the other modules' events after they commit (Spring Modulith's publication registry re-delivers what a crash
 * interrupted) and to log-in events. {@link pk.gov.mashwara.audit.AuditLog} is the read API: filtered reads and
 * the verification of the chain. Other modules never call into this module; they publish events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package pk.gov.mashwara.audit;
