package pk.gov.mashwara.routing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.routing.RoutingRules.Actor;

/**
 * The users who are a state's actor (its {@code waits-for}) for a draft: those the draft waits for. Used to tell
 * them when a draft reaches them and when their step is overdue.
 */
@Component
class WaitingActors {

    private final People people;
    private final Consultations consultations;
    private final CabinetDecisions cabinet;
    private final pk.gov.mashwara.draft.DraftCatalog catalog;

    WaitingActors(People people, Consultations consultations, CabinetDecisions cabinet,
            pk.gov.mashwara.draft.DraftCatalog catalog) {
        this.people = people;
        this.consultations = consultations;
        this.cabinet = cabinet;
        this.catalog = catalog;
    }

    /** The division that sponsors the committee's case: a regulator's administrative ministry, else itself. */
    private long sponsorOf(long committeeId) {
        return people.committeeById(committeeId).map(c -> c.administrativeMinistryId() == null ? committeeId
                : c.administrativeMinistryId()).orElse(committeeId);
    }

    /** The ids of the enabled users with the actor's role in the committee its relation names for the draft. */
    Set<Long> of(Actor actor, long draftId, long committeeId, String committeeCode) {
        if (actor == null) {
            return Set.of();
        }
        if (actor.relation() == RoutingRules.Relation.CONSULTED_DIVISION) {
            // divisions consulted together are all waited for: every division whose step is open
            var ids = new HashSet<Long>();
            // the draft's kind, for the rule book's deciding steps
            var kind = catalog.snapshot(draftId).map(pk.gov.mashwara.draft.DraftSnapshot::kind).orElse(null);
            for (var step : consultations.open(draftId)) {
                // a deciding body waits only once the summary is before it; until then the sponsor lodges it
                var committee = kind != null && cabinet.decides(kind, step) && cabinet.pendingSummary(step).isEmpty()
                        ? sponsorOf(committeeId) : step.getCommitteeId();
                people.membersOf(committee).stream().filter(u -> u.enabled() && u.roles().contains(actor.role()))
                        .map(UserInfo::id).forEach(ids::add);
            }
            return ids;
        }
        Optional<Long> committee = switch (actor.relation()) {
            case OWN_COMMITTEE -> Optional.of(committeeId);
            case NSMCWG -> people.committeeByCode(CommitteeInfo.NSMCWG_CODE).map(CommitteeInfo::id);
            case ADMINISTRATIVE_MINISTRY -> people.committeeByCode(committeeCode)
                    .map(CommitteeInfo::administrativeMinistryId);
            case CONSULTED_DIVISION -> Optional.<Long>empty();
            // the regulator's administrative ministry sponsors its case; a ministry or division sponsors its own
            case SPONSOR -> people.committeeByCode(committeeCode)
                    .map(c -> c.administrativeMinistryId() != null ? c.administrativeMinistryId() : committeeId);
        };
        var ids = new HashSet<Long>();
        committee.ifPresent(id -> people.membersOf(id).stream()
                .filter(u -> u.enabled() && u.roles().contains(actor.role())).map(UserInfo::id).forEach(ids::add));
        return ids;
    }
}
