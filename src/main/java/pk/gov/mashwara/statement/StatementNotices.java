package pk.gov.mashwara.statement;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.statement.domain.Statement;
import pk.gov.mashwara.statement.domain.ViewRequest;

/**
 * Who is told of a statement, each someone who may see it: the spokesperson of a new proposal (the one who decides
 * it), the proposer of its issue or decline, those asked for a view (the person, or the drafters and officers of
 * the body asked), and the one who asked of the view given. The actor is never told of their own act. The notice
 * carries what happened as a code ({@code PROPOSED}, {@code ISSUED}, …), worded in the reader's language.
 */
@Component
class StatementNotices {

    private final NotificationService notifications;
    private final People people;

    StatementNotices(NotificationService notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    /** A new proposal: for the spokesperson. */
    void proposed(Statement s, MashwaraUser actor) {
        var ids = new HashSet<Long>();
        people.withRole(Role.SPOKESPERSON).forEach(u -> ids.add(u.id()));
        send(s, ids, actor, "PROPOSED");
    }

    /** Issued or declined: for the proposer. */
    void decided(Statement s, MashwaraUser actor, StatementStatus status) {
        var ids = new HashSet<Long>();
        people.byUsername(s.getProposer()).map(UserInfo::id).ifPresent(ids::add);
        send(s, ids, actor, status.name());
    }

    /** A view asked: for the person asked, or the body's drafters and officers. */
    void viewAsked(Statement s, ViewRequest view, MashwaraUser actor) {
        var ids = new HashSet<Long>();
        if (view.getUsername() != null) {
            people.byUsername(view.getUsername()).map(UserInfo::id).ifPresent(ids::add);
        } else if (view.getCommitteeId() != null) {
            people.membersOf(view.getCommitteeId()).stream()
                    .filter(u -> u.roles().contains(Role.COMMITTEE_OFFICER) || u.roles().contains(Role.COMMITTEE_DRAFTER))
                    .forEach(u -> ids.add(u.id()));
        }
        send(s, ids, actor, "VIEWS_ASKED");
    }

    /** A view given: for the one who asked it. */
    void viewGiven(Statement s, ViewRequest view, MashwaraUser actor) {
        var ids = new HashSet<Long>();
        people.byUsername(view.getAskedBy()).map(UserInfo::id).ifPresent(ids::add);
        send(s, ids, actor, "VIEW_GIVEN");
    }

    private void send(Statement s, Set<Long> recipients, MashwaraUser actor, String what) {
        var others = new HashSet<>(recipients);
        others.remove(actor.id());
        if (!others.isEmpty()) {
            notifications.sendAbout(NotificationKind.STATEMENT, others, actor.displayName(), subject(s), what,
                    "statements/" + s.getId());
        }
    }

    private static String subject(Statement s) {
        var subject = s.getCompany() + ": " + s.getOccasion();
        return subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
    }
}
