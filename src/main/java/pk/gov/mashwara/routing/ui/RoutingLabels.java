package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.routing.RoutingRules;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.routing.RoutingRules.Effect;
import pk.gov.mashwara.routing.RoutingView.AvailableAction;

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

    /**
     * What the desk shows as due on a waiting draft: the actions the user may take, in the user's language (the
     * row carries the rule book's titles; their names are found in the rules), else the state it waits in.
     */
    static String due(Component c, RoutingRules rules, PendingDraft d) {
        if (d.actions().isEmpty()) {
            return state(c, d.status(), d.stateTitle());
        }
        return String.join(" · ", d.actions().stream().map(title -> rules.actions().values().stream()
                .filter(a -> a.title().equals(title)).findFirst().map(a -> action(c, a.name(), title)).orElse(title))
                .toList());
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
            case SPONSOR -> c.getTranslation("routing.actor.sponsor", role, draft.committeeCode());
        };
    }

    /**
     * What taking an action does, in plain words, and that it cannot be undone: {@code routing.confirm.<name>}
     * (for an action that gives the diary number to a draft that already has one, {@code .again}), or a general
     * sentence naming the state it leads to. The sentence may name the state ({0}), the diary number ({1}: the
     * draft's own, or the year's series when the next one is given on submission) and the draft's committee
     * ({2}).
     *
     * @param year the year of the diary number given now
     */
    static String consequence(Component c, AvailableAction action, DraftDetails draft, int year) {
        var hasNumber = draft.diaryNumber() != null;
        var diary = hasNumber ? draft.diaryNumber() : "NSMCWG/" + year + "/…";
        var key = "routing.confirm." + action.name();
        if (hasNumber && action.effects().contains(Effect.ASSIGN_DIARY_NUMBER) && has(c, key + ".again")) {
            key = key + ".again";
        }
        if (!has(c, key)) {
            key = "routing.confirm.default";
        }
        return c.getTranslation(key, status(c, action.to()), diary, draft.committeeCode());
    }

    private static boolean has(Component c, String key) {
        var text = c.getTranslation(key);
        return text != null && !text.equals(key);
    }

    private static String translated(Component c, String key, String fallback) {
        var text = c.getTranslation(key);
        return text == null || text.equals(key) ? fallback : text;
    }
}
