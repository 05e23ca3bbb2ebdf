package pk.gov.mashwara.notification;

import java.util.HashSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.VersionUploaded;

/**
 * Turns the draft module's events into follows and notifications, after they commit (delivered again after a
 * crash). A move of a draft is told by the routing module, which knows who the draft now waits for: each follower
 * and each of those hears of it once. Nobody is signed in here; the system methods of the services decide who may hear of what.
 */
@Component
class DraftEventNotifier {

    private final Follows follows;
    private final NotificationService notifications;
    private final People people;
    private final DraftCatalog catalog;

    DraftEventNotifier(Follows follows, NotificationService notifications, People people, DraftCatalog catalog) {
        this.follows = follows;
        this.notifications = notifications;
        this.people = people;
        this.catalog = catalog;
    }

    /** Whoever creates a draft follows it. */
    @ApplicationModuleListener
    void on(DraftCreated event) {
        people.byUsername(event.actor()).ifPresent(creator -> follows.followAs(creator.id(), event.draftId()));
    }

    /** The first version comes with the draft itself; later ones are news to its followers. */
    @ApplicationModuleListener
    void on(VersionUploaded event) {
        if (event.number() > 1) {
            notifyFollowers(NotificationKind.NEW_VERSION, event.draftId(), event.actor(),
                    "v" + event.number() + " · " + event.fileName());
        }
    }

    private void notifyFollowers(NotificationKind kind, long draftId, String actorUsername, String excerpt) {
        var actor = people.byUsername(actorUsername);
        var recipients = new HashSet<>(follows.followers(draftId));
        actor.ifPresent(a -> recipients.remove(a.id()));
        var title = catalog.snapshot(draftId).map(DraftSnapshot::title).orElse(null);
        notifications.send(new Notice(kind, recipients, draftId, null,
                actor.map(UserInfo::displayName).orElse(actorUsername), title, excerpt, "drafts/" + draftId));
    }
}
