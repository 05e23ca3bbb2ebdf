package pk.gov.mashwara.audit.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.ChainProblem;
import pk.gov.mashwara.audit.ChainVerification;

@RestController
@Tag(name = "Audit", description = "The tamper-evident audit log")
@SecurityRequirement(name = "basic")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    /** The verification, with a sentence in English. */
    record Verification(String status, long entries, String headHash, Long brokenEntryId, Long previousEntryId,
            ChainProblem problem, String message, Instant checkedAt) {

        static Verification of(ChainVerification v) {
            return new Verification(v.intact() ? "INTACT" : "BROKEN", v.entries(), v.headHash(), v.brokenEntryId(),
                    v.previousEntryId(), v.problem(), message(v), v.checkedAt());
        }

        private static String message(ChainVerification v) {
            if (v.intact()) {
                return "The audit chain is intact: " + v.entries() + " entries, the last with hash " + v.headHash()
                        + ".";
            }
            var after = v.previousEntryId() == null ? "at the start of the chain" : "after entry " + v.previousEntryId();
            return switch (v.problem()) {
                case EDITED -> "Entry " + v.brokenEntryId() + " was changed after it was written: its fields no "
                        + "longer match its hash.";
                case REMOVED_OR_INSERTED -> "Entry " + v.brokenEntryId() + " does not follow the entry before it ("
                        + after + "): an entry was removed or inserted there.";
                case UNCHAINED -> "Entry " + v.brokenEntryId() + " is not part of the chain: it was written into "
                        + "the table directly.";
                case TRUNCATED -> "The chain ends " + after + ", but its head records entry " + v.brokenEntryId()
                        + ": the last entries were removed.";
            };
        }
    }

    @Operation(summary = "Verify the audit chain (auditors and administrators)",
            description = "Walks every entry of the audit log in order and recomputes its hash. INTACT with the "
                    + "number of entries and the last hash, or BROKEN with the first entry that fails and why: "
                    + "EDITED (its fields no longer match its hash), REMOVED_OR_INSERTED (it does not follow the "
                    + "entry before it), UNCHAINED (written into the table directly) or TRUNCATED (the last entries "
                    + "are missing). 403 for everyone else.")
    @GetMapping("/api/audit/verify")
    Verification verify() {
        return Verification.of(log.verify());
    }
}
