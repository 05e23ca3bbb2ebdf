package pk.gov.mashwara.directions;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who sees and does what with letters and directions, decided here only (see docs/decisions/019-directions.md):
 * <ul>
 * <li>the issuing office's people (its monitor above all) and the auditor see the whole cascade: every direction,
 * entry and piece of evidence; so do the NSMCWG's secretary and focal person for a letter about social media;</li>
 * <li>a body named on any letter of the cascade (issuing, addressed, copied, or acting on a direction) sees the
 * letters; of the directions, those it acts on, with every acting body's status; of the entries, its own in full
 * and another's status and date, and its text and evidence only when shared or, for the lead body, when it reports
 * its part done (the lead confirms it on that evidence);</li>
 * <li>a body's drafters and officers record its receipts and progress; its officer forwards and, for the lead body,
 * confirms a direction done.</li>
 * </ul>
 */
@Component
class DirectionAccess {

    /** The body the user acts for in directions: their committee, or the NSMCWG, or the PMO; none for others. */
    Optional<Long> bodyOf(MashwaraUser user) {
        if (user.committeeId() == null) {
            return Optional.empty();
        }
        if (user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER, Role.PMO_MONITOR) || user.isNsmcwg()) {
            return Optional.of(user.committeeId());
        }
        return Optional.empty();
    }

    /** Whether the user records receipts and progress for the body. */
    boolean actsFor(MashwaraUser user, long bodyId) {
        return user.committeeId() != null && user.committeeId() == bodyId
                && (user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER, Role.PMO_MONITOR)
                        || (user.isNsmcwg() && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON)));
    }

    /** Whether the user is the body's officer: forwards its letters, confirms as the lead. */
    boolean officerOf(MashwaraUser user, long bodyId) {
        return user.committeeId() != null && user.committeeId() == bodyId
                && (user.hasAny(Role.COMMITTEE_OFFICER, Role.PMO_MONITOR)
                        || (user.isNsmcwg() && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON)));
    }

    /** Whether the user sees the whole cascade: every direction, entry and piece of evidence. */
    boolean seesWhole(MashwaraUser user, Cascade cascade) {
        if (user.has(Role.AUDITOR)) {
            return true;
        }
        if (bodyOf(user).filter(body -> body == cascade.root.getIssuingOfficeId()).isPresent()) {
            return true;
        }
        return cascade.root.isSocialMedia() && user.isNsmcwg()
                && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);
    }

    /** Whether the user sees the cascade's letters at all. */
    boolean seesLetters(MashwaraUser user, Cascade cascade) {
        if (seesWhole(user, cascade)) {
            return true;
        }
        return bodyOf(user).filter(body -> cascade.named(body)
                || cascade.directions.stream().anyMatch(d -> cascade.acts(d, body))).isPresent();
    }

    boolean seesDirection(MashwaraUser user, Cascade cascade, Direction direction) {
        return seesWhole(user, cascade) || bodyOf(user).filter(body -> cascade.acts(direction, body)).isPresent();
    }

    /**
     * Whether the user reads the entry's texts and evidence (everyone who sees the direction sees its status). The
     * lead body reads another body's entry that reports its part done, shared or not: it confirms that part on that
     * evidence, and cannot confirm what it may not read.
     */
    boolean readsEntry(MashwaraUser user, Cascade cascade, ProgressEntry entry) {
        if (seesWhole(user, cascade)) {
            return true;
        }
        var body = bodyOf(user);
        if (body.isEmpty()) {
            return false;
        }
        if (body.get() == entry.getCommitteeId() || entry.isShared()) {
            return true;
        }
        return entry.getStatus() == ProgressStatus.DONE && cascade.directions.stream()
                .filter(d -> d.getId() == entry.getDirectionId()).findFirst()
                .map(d -> cascade.acting(d).stream().anyMatch(a -> a.lead() && a.committeeId() == body.get()))
                .orElse(false);
    }

    /** Whether the user may record events of the letter's time lines ("formation of NSMCWG"). */
    boolean recordsEvents(MashwaraUser user, Cascade cascade) {
        return officerOf(user, cascade.root.getIssuingOfficeId()) || (cascade.root.isSocialMedia() && user.isNsmcwg()
                && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON));
    }

    /** Whether the user may register a letter issued by the office: its monitor, or the NSMCWG's secretary. */
    boolean registers(MashwaraUser user, long issuingOfficeId) {
        return (user.has(Role.PMO_MONITOR) && user.committeeId() != null && user.committeeId() == issuingOfficeId)
                || (user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY));
    }
}
