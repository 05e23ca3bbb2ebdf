package pk.gov.mashwara.routing;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.security.MashwaraUser;

/** Whether a user is an actor of the rules (a role and a relation) for a draft. */
@Component
class Actors {

    private final People people;
    private final Consultations consultations;

    Actors(People people, Consultations consultations) {
        this.people = people;
        this.consultations = consultations;
    }

    boolean is(MashwaraUser user, Actor actor, DraftDetails draft) {
        return is(user, actor, draft.id(), draft.committeeId(), draft.committeeCode());
    }

    /** The same, for a draft known by its id and committee only (lists of drafts). */
    boolean is(MashwaraUser user, Actor actor, long draftId, long committeeId, String committeeCode) {
        if (!user.has(actor.role()) || !user.isEnabled()) {
            return false;
        }
        return switch (actor.relation()) {
            case OWN_COMMITTEE -> user.actsFor(committeeId);
            case NSMCWG -> user.isNsmcwg();
            case ADMINISTRATIVE_MINISTRY -> user.committeeId() != null && people.committeeByCode(committeeCode)
                    .map(c -> c.administrativeMinistryId() != null && c.administrativeMinistryId().equals(user.committeeId()))
                    .orElse(false);
            case CONSULTED_DIVISION -> consultations.isConsulted(user, draftId);
            // a regulator's summary goes to the Cabinet through its administrative ministry, never by itself
            case SPONSOR -> {
                Long ministry = people.committeeByCode(committeeCode).map(c -> c.administrativeMinistryId()).orElse(null);
                yield ministry == null ? user.actsFor(committeeId) : ministry.equals(user.committeeId());
            }
        };
    }
}
