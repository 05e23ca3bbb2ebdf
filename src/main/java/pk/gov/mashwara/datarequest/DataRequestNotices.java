package pk.gov.mashwara.datarequest;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.datarequest.domain.AddressedBody;
import pk.gov.mashwara.datarequest.domain.DataRequest;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who is told of a data request: the addressed body's officers (and the user it is delegated to) of what they owe,
 * the requester of what the body did. Each is someone who may see the request; the actor is never told of their own
 * act.
 */
@Component
class DataRequestNotices {

    private final NotificationService notifications;
    private final People people;

    DataRequestNotices(NotificationService notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    /** The request was asked of the body. */
    void asked(DataRequest request, long committeeId, MashwaraUser actor) {
        send(request, officers(committeeId, null), actor, NotificationKind.DATA_REQUEST, "ASKED");
    }

    /** Something the body did, for the requester. */
    void toRequester(DataRequest request, AddressedBody body, MashwaraUser actor, String what) {
        var recipients = new HashSet<Long>();
        people.byUsername(request.getCreatedBy()).map(UserInfo::id).ifPresent(recipients::add);
        send(request, recipients, actor, NotificationKind.DATA_REQUEST, what);
    }

    /** Something the NSMCWG did, for the body's officers and its delegate. */
    void toBody(DataRequest request, AddressedBody body, MashwaraUser actor, String what) {
        send(request, officers(body.getCommitteeId(), body.getDelegatedTo()), actor, NotificationKind.DATA_REQUEST,
                what);
    }

    void toUser(DataRequest request, long userId, MashwaraUser actor, String what) {
        send(request, Set.of(userId), actor, NotificationKind.DATA_REQUEST, what);
    }

    /** The body owes the request past its date: its officers and delegate are reminded. */
    void overdue(DataRequest request, AddressedBody body, String bodyCode) {
        notifications.sendAbout(NotificationKind.DATA_REQUEST_OVERDUE, officers(body.getCommitteeId(),
                body.getDelegatedTo()), null, subject(request), bodyCode, link(request));
    }

    /** The officers of the body, and the user the request is delegated to. */
    Set<Long> officers(long committeeId, String delegate) {
        var ids = new HashSet<Long>();
        for (var member : people.membersOf(committeeId)) {
            if (member.roles().contains(Role.COMMITTEE_OFFICER) || member.username().equals(delegate)) {
                ids.add(member.id());
            }
        }
        return ids;
    }

    private void send(DataRequest request, Set<Long> recipients, MashwaraUser actor, NotificationKind kind,
            String what) {
        var others = new HashSet<>(recipients);
        others.remove(actor.id());
        if (!others.isEmpty()) {
            notifications.sendAbout(kind, others, actor.displayName(), subject(request), what, link(request));
        }
    }

    private static String subject(DataRequest request) {
        return DataRequestViews.reference(request.getId()) + " " + request.getSubject();
    }

    private static String link(DataRequest request) {
        return "data-requests/" + request.getId();
    }
}
