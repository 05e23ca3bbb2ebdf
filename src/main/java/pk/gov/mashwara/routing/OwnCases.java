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

    private final RoutingStepRepository steps;

    OwnCases(RoutingStepRepository steps) {
        this.steps = steps;
    }

    /** The cases of {@code action.notBy()} that make the draft the user's own; empty when he may take it. */
    List<OwnCase> of(MashwaraUser user, ActionRule action, DraftDetails draft) {
        return action.notBy().stream().filter(c -> is(c, user, draft)).toList();
    }

    private boolean is(OwnCase ownCase, MashwaraUser user, DraftDetails draft) {
        var username = user.getUsername();
        return switch (ownCase) {
            // the latest put-up: a draft put up again by a colleague after its return is his case, not the first one's
            case PUT_UP -> steps.findFirstByDraftIdAndActionOrderByIdDesc(draft.id(), PUT_UP)
                    .map(step -> username.equals(step.getActor())).orElse(false);
            case AUTHOR -> username.equals(draft.createdBy())
                    || draft.versions().stream().anyMatch(v -> username.equals(v.uploadedBy()));
        };
    }
}
