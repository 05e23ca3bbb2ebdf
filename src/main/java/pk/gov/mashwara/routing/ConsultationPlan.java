package pk.gov.mashwara.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.RoutingRules.Condition;
import pk.gov.mashwara.routing.RoutingRules.ConsultationRule;
import pk.gov.mashwara.shared.ConflictException;

/**
 * Which consultation steps of its kind apply to a draft, in the rule book's order, and who is consulted at each:
 * the cases a step applies in ({@code when}), the division named or related to the draft, a division's own draft
 * ({@code when-own}: left out, another division stands in, or the division's designate takes it), and the sponsor of a Cabinet summary (the committee,
 * or a regulator's administrative ministry).
 */
@Component
class ConsultationPlan {

    /** A step that applies, with the committee consulted. */
    record PlannedStep(ConsultationRule rule, long committeeId) {
    }

    private final RoutingRules rules;
    private final People people;

    ConsultationPlan(RoutingRules rules, People people) {
        this.rules = rules;
        this.people = people;
    }

    /**
     * The steps that apply to the draft, in order.
     *
     * @param federalGovernmentPower whether the statute gives the power to the Federal Government (as the committee
     *                               said when it sent the draft for consultations)
     */
    List<PlannedStep> steps(DraftDetails draft, boolean federalGovernmentPower) {
        var planned = new ArrayList<PlannedStep>();
        for (var rule : rules.consultationsFor(draft.kind())) {
            if (rule.when() == Condition.FINANCIAL_IMPLICATIONS && !draft.financialImplications()
                    || rule.when() == Condition.FEDERAL_GOVERNMENT_POWER && !federalGovernmentPower) {
                continue;
            }
            consulted(rule, draft).ifPresent(committee -> planned.add(new PlannedStep(rule, committee)));
        }
        return planned;
    }

    /** The committee consulted at the step; empty when the step is left out because the draft is its own. */
    Optional<Long> consulted(ConsultationRule rule, DraftDetails draft) {
        long committee = committeeOf(rule, draft);
        // a division does not vet or concur in its own draft (Rule 8 speaks of the *other* divisions concerned)
        if (committee == draft.committeeId() && rule.whenOwn() != null && rule.relation().isEmpty()) {
            if (ConsultationRule.SKIP.equals(rule.whenOwn())) {
                return Optional.empty();
            }
            if (rule.byDesignate()) {
                // the division itself, by an officer not on the case (checked when the view is recorded)
                return Optional.of(committee);
            }
            return Optional.of(byCode(rule.whenOwn()));
        }
        return Optional.of(committee);
    }

    /** The division that lodges the draft's Cabinet summary: its committee, or a regulator's ministry. */
    long sponsor(DraftDetails draft) {
        Long ministry = people.committeeByCode(draft.committeeCode()).map(c -> c.administrativeMinistryId())
                .orElse(null);
        return ministry != null ? ministry : draft.committeeId();
    }

    private long committeeOf(ConsultationRule rule, DraftDetails draft) {
        var relation = rule.relation();
        if (relation.isEmpty()) {
            return byCode(rule.with());
        }
        return switch (relation.get()) {
            case OWN_COMMITTEE -> draft.committeeId();
            case ADMINISTRATIVE_MINISTRY -> people.committeeByCode(draft.committeeCode())
                    .map(c -> c.administrativeMinistryId())
                    .orElseThrow(() -> new ConflictException("error.routing.noMinistry", draft.committeeCode()));
            default -> throw new ConflictException("error.routing.noCommittee", rule.with());
        };
    }

    private long byCode(String code) {
        return people.committeeByCode(code)
                .orElseThrow(() -> new ConflictException("error.routing.noCommittee", code)).id();
    }
}
