package pk.gov.mashwara.engagement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.engagement.domain.Commitment;
import pk.gov.mashwara.engagement.domain.Engagement;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;


/**
 * Who may read and do what in the engagement log (see {@code docs/decisions/022-engagements.md}):
 * <ul>
 * <li>the NSMCWG (members, secretary, focal person), the NSA's lead and the auditor read every engagement;</li>
 * <li>a body's users read the engagements their body is party to (named when logged, or owing a commitment);</li>
 * <li>whoever leads an engagement reads it;</li>
 * <li>the NSMCWG and the NSA's lead log engagements and add documents and commitments; the auditor changes
 * nothing; an administrator keeps the list of companies and sees no engagement by virtue of that role;</li>
 * <li>a commitment is followed up by those who may log, and by the officer of the body that owes it.</li>
 * </ul>
 * Someone who may not read an engagement is told it does not exist.
 */
@Component
class EngagementAccess {

    static final java.time.ZoneId PKT = java.time.ZoneId.of("Asia/Karachi");

    private final Clock clock;

    EngagementAccess(Clock clock) {
        this.clock = clock;
    }

    /** Whether the user reads every engagement. */
    boolean readsAll(MashwaraUser user) {
        return mayLog(user) || user.has(Role.AUDITOR);
    }

    boolean mayLog(MashwaraUser user) {
        return user.hasAny(Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON, Role.NSA_LEAD);
    }

    boolean mayRead(MashwaraUser user, Engagement engagement) {
        return readsAll(user) || user.getUsername().equals(engagement.getLeadUsername())
                || (user.committeeId() != null && engagement.getBodies().contains(user.committeeId()));
    }

    boolean mayChange(MashwaraUser user, Engagement engagement) {
        return mayLog(user) && mayRead(user, engagement);
    }

    /** Those who may log, and the officer of the owing body, follow a commitment up. */
    boolean mayFollowUp(MashwaraUser user, Engagement engagement, Commitment commitment) {
        if (mayChange(user, engagement)) {
            return true;
        }
        var owner = commitment.getOwnerCommitteeId();
        return owner != null && user.has(Role.COMMITTEE_OFFICER) && owner.equals(user.committeeId());
    }

    /** Who may lead an engagement: the NSA's lead or a user of the NSMCWG who may log. */
    static boolean mayLead(UserInfo user) {
        return user.enabled() && user.roles().stream().anyMatch(r -> r == Role.NSA_LEAD || r.isNsmcwgRole());
    }

    /** Today in Pakistan, the day commitments are due by. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PKT);
    }
}
