package pk.gov.mashwara.routing;

import java.util.HashSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.notification.Notice;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;

/**
 * Tells people of a move, after it commits (delivered again after a crash): those the draft now waits for (the
 * new state's {@code waits-for}) that it waits for them ({@link NotificationKind#AWAITING_YOU}, e-mailed by
 * default), and its other followers that it moved. Nobody hears of it twice, nor of their own action; the
 * notification service delivers only to those who may see the draft.
 */
@Component
class MoveNotices {

    private final RoutingRules rules;
    private final WaitingActors waiting;
    private final Follows follows;
    private final NotificationService notifications;
    private final People people;
    private final DraftCatalog catalog;

    MoveNotices(RoutingRules rules, WaitingActors waiting, Follows follows, NotificationService notifications,
            People people, DraftCatalog catalog) {
        this.rules = rules;
        this.waiting = waiting;
        this.follows = follows;
        this.notifications = notifications;
        this.people = people;
        this.catalog = catalog;
    }

    @ApplicationModuleListener
    void on(RoutingActionTaken event) {
        var state = rules.state(event.to());
        // a step within a state moves nobody on, except a recorded view, after which the next division's step opens
        // (or a summary lodged or returned: the deciding body's turn, or the sponsor's again)
        boolean viewRecorded = rules.action(event.action()).map(a -> a.effects().contains(RoutingRules.Effect.RECORD_VIEW)
                || a.effects().contains(RoutingRules.Effect.LODGE_SUMMARY)
                || a.effects().contains(RoutingRules.Effect.RETURN_SUMMARY)).orElse(false);
        if ((event.from() == event.to() && !viewRecorded) || state == null) {
            return;
        }
        var draft = catalog.snapshot(event.draftId()).orElse(null);
        if (draft == null) {
            return;
        }
        var actor = people.byUsername(event.actor());
        var actorName = actor.map(UserInfo::displayName).orElse(event.actor());
        var link = "drafts/" + event.draftId();
        var awaited = new HashSet<>(waiting.of(state.waitsFor(), draft.id(), draft.committeeId(), draft.committeeCode()));
        actor.ifPresent(a -> awaited.remove(a.id()));
        notifications.send(new Notice(NotificationKind.AWAITING_YOU, awaited, draft.id(), null, actorName,
                draft.title(), event.to().name(), link));
        if (event.from() != event.to()) {
            var followers = new HashSet<>(follows.followers(draft.id()));
            followers.removeAll(awaited);
            actor.ifPresent(a -> followers.remove(a.id()));
            notifications.send(new Notice(NotificationKind.STATUS_CHANGED, followers, draft.id(), null, actorName,
                    draft.title(), event.to().name(), link));
        }
    }
}
