/**
 * The audit log: an append-only record of who did what, when, to what, and with what outcome. It listens to
 * the other modules' events after they commit (Spring Modulith's publication registry re-delivers what a
 * crash interrupted) and to log-in events. {@link pk.gov.mashwara.audit.AuditLog} is the read API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package pk.gov.mashwara.audit;
