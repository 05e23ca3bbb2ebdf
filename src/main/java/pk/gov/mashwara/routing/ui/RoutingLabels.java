package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.RoutingRules.Actor;

/**
 * Wording of the rule book in the user's language. The rule book's titles are English and shown as written
 * unless the catalogue has {@code routing.action.<name>} or {@code routing.state.<STATE>} for the language: a
 * title changed in {@code config/routing.yml} shows at once, in English, until it is translated.
 */
final class RoutingLabels {

    private RoutingLabels() {
    }

    static String action(Component c, String name, String title) {
        return translated(c, "routing.action." + name, title);
    }

    static String state(Component c, DraftStatus status, String title) {
        return translated(c, "routing.state." + status.name(), title);
    }

    /** The short label of a state, as the drafts list shows it. */
    static String status(Component c, DraftStatus status) {
        return c.getTranslation("draftStatus." + status.name());
    }

    /** Who a draft waits for: the role, and whose (the draft's committee, the NSMCWG, …). */
    static String actor(Component c, Actor actor, DraftDetails draft) {
        return actor(c, actor, draft, null);
    }

    /** @param consulted the code of the division whose consultation step is open, when known */
    static String actor(Component c, Actor actor, DraftDetails draft, String consulted) {
        var role = c.getTranslation("role." + actor.role().name());
        return switch (actor.relation()) {
            case OWN_COMMITTEE -> c.getTranslation("routing.actor.ownCommittee", role, draft.committeeCode());
            case NSMCWG -> c.getTranslation("routing.actor.nsmcwg", role);
            case ADMINISTRATIVE_MINISTRY -> c.getTranslation("routing.actor.administrativeMinistry", role);
            case CONSULTED_DIVISION -> consulted == null ? c.getTranslation("routing.actor.consultedDivision", role)
                    : c.getTranslation("routing.actor.ownCommittee", role, consulted);
        };
    }

    private static String translated(Component c, String key, String fallback) {
        var text = c.getTranslation(key);
        return text == null || text.equals(key) ? fallback : text;
    }
}
