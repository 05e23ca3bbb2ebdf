package pk.gov.mashwara.review;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.review.domain.ReviewComment;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Who hears of what happens in a thread: those it mentions, those who wrote in it (of replies, resolutions and
 * reopenings), the draft's followers (of new threads), never the one who acted, and only people who may see the
 * thread (an internal note reaches its committee only). Writing in a thread follows its draft.
 */
@Component
class ReviewNotices {

    static final int EXCERPT = 160;

    private final NotificationService notifications;
    private final Follows follows;
    private final People people;
    private final ReviewRules rules;

    ReviewNotices(NotificationService notifications, Follows follows, People people, ReviewRules rules) {
        this.notifications = notifications;
        this.follows = follows;
        this.people = people;
        this.rules = rules;
    }

    void started(ReviewThread thread, DraftDetails draft, MashwaraUser actor) {
        follows.followAs(actor.id(), draft.id());
        var opening = thread.getComments().getFirst();
        var mentioned = mention(thread, opening, draft, actor);
        // The draft's followers (its committee, at least its creator) hear of a new point made on it
        var followers = new HashSet<>(follows.followers(draft.id()));
        followers.removeAll(mentioned);
        followers.removeIf(id -> people.principal(id).map(p -> !rules.sees(p, thread)).orElse(true));
        send(NotificationKind.NEW_THREAD, followers, thread, draft, actor, opening.getBody());
    }

    void replied(ReviewThread thread, ReviewComment reply, long parentId, DraftDetails draft, MashwaraUser actor) {
        follows.followAs(actor.id(), draft.id());
        var mentioned = mention(thread, reply, draft, actor);
        var recipients = participants(thread);
        recipients.removeAll(mentioned);
        send(NotificationKind.REPLY, recipients, thread, draft, actor, reply.getBody());
    }

    void resolved(ReviewThread thread, DraftDetails draft, MashwaraUser actor) {
        var kind = thread.getStatus() == ThreadStatus.RESOLVED ? NotificationKind.THREAD_RESOLVED
                : NotificationKind.THREAD_REOPENED;
        var excerpt = thread.getResolution() == null ? thread.getComments().getFirst().getBody()
                : thread.getResolution().name() + (thread.getResolutionReason() == null ? ""
                        : ": " + thread.getResolutionReason());
        send(kind, participants(thread), thread, draft, actor, excerpt);
    }

    /** Notifies the users and committee members a comment mentions; returns who was notified. */
    private Set<Long> mention(ReviewThread thread, ReviewComment comment, DraftDetails draft, MashwaraUser actor) {
        var recipients = new HashSet<Long>();
        for (var handle : Mentions.in(comment.getBody())) {
            people.byUsername(handle).ifPresentOrElse(u -> recipients.add(u.id()),
                    () -> people.committeeByCode(handle).ifPresent(
                            c -> people.membersOf(c.id()).forEach(u -> recipients.add(u.id()))));
        }
        recipients.removeIf(id -> people.principal(id).map(p -> !rules.sees(p, thread)).orElse(true));
        send(NotificationKind.MENTION, recipients, thread, draft, actor, comment.getBody());
        return recipients;
    }

    private static Set<Long> participants(ReviewThread thread) {
        var ids = new HashSet<Long>();
        ids.add(thread.getStartedById());
        thread.getComments().forEach(c -> ids.add(c.getAuthorId()));
        return ids;
    }

    private void send(NotificationKind kind, Set<Long> recipients, ReviewThread thread, DraftDetails draft,
            MashwaraUser actor, String text) {
        var to = new HashSet<>(recipients);
        to.remove(actor.id());
        if (to.isEmpty()) {
            return;
        }
        var excerpt = text == null || text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        notifications.send(new Notice(kind, to, draft.id(), thread.getId(), actor.displayName(), draft.title(),
                excerpt, link(thread)));
    }

    static String link(ReviewThread thread) {
        return "drafts/" + thread.getDraftId() + "/versions/" + thread.getVersionNumber() + "/text?thread="
                + thread.getId();
    }
}
