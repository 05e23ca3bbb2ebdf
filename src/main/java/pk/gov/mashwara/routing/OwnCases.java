package pk.gov.mashwara.routing;

import java.util.List;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.OwnCase;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * No officer acts on his own case (Secretariat Instructions): which of an action's {@code not-by} the user is for
 * the draft. Each has its wording for users, {@code routing.notBy.<CASE>}, and its refusal,
 * {@code error.routing.ownCase.<CASE>}.
 */
@Component
class OwnCases {

    /** The action whose actor {@code not-by: [put-up]} means. */
    static final String PUT_UP = "put-up";

    /**
     * Not written in the rule book's {@code not-by} but implied by a step's {@code when-own: designate}: the
     * division's own draft is vetted by the Secretary's designate, not by its officer on the case.
     */
    static final String DESIGNATE = "DESIGNATE";

    /** Implied likewise: the division's own draft is vetted by an officer the Secretary has designated, not by another. */
    static final String UNDESIGNATED = "UNDESIGNATED";

    private final RoutingStepRepository steps;
    private final CabinetDecisions cabinet;
    private final Consultations consultations;

    OwnCases(RoutingStepRepository steps, CabinetDecisions cabinet, Consultations consultations) {
        this.steps = steps;
        this.cabinet = cabinet;
        this.consultations = consultations;
    }

    /**
     * The names of the cases that make the draft the user's own for the action: those of its {@code not-by}, and
     * {@link #DESIGNATE} or {@link #UNDESIGNATED} for a view only the division's designate not on the case may
     * record; empty when he may take it.
     */
    List<String> of(MashwaraUser user, ActionRule action, DraftDetails draft) {
        var found = new java.util.ArrayList<String>(
                action.notBy().stream().filter(c -> is(c, user, draft)).map(OwnCase::name).toList());
        if (action.effects().contains(RoutingRules.Effect.RECORD_VIEW)) {
            var designate = consultations.notTheDesignate(user, draft);
            if (designate != null) {
                found.add(designate);
            }
        }
        return found;
    }

    private boolean is(OwnCase ownCase, MashwaraUser user, DraftDetails draft) {
        var username = user.getUsername();
        return switch (ownCase) {
            // the latest put-up: a draft put up again by a colleague after its return is his case, not the first one's
            case PUT_UP -> steps.findFirstByDraftIdAndActionOrderByIdDesc(draft.id(), PUT_UP)
                    .map(step -> username.equals(step.getActor())).orElse(false);
            case AUTHOR -> username.equals(draft.createdBy())
                    || draft.versions().stream().anyMatch(v -> username.equals(v.uploadedBy()));
            // the summary before the deciding body now is the one he lodged
            case LODGED -> cabinet.openDecisionStep(draft).flatMap(cabinet::pendingSummary)
                    .map(summary -> username.equals(summary.getLodgedBy())).orElse(false);
        };
    }
}
