package pk.gov.mashwara.routing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingRules.Effect;
import pk.gov.mashwara.routing.domain.RoutingStep;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The legislative record of a draft, read from its routing history: the Cabinet's approval in principle of a
 * legislative proposal (Rule 27(1)), and a Bill's introduction in a House, its passage and the President's assent
 * (Articles 70 and 75), each asked of the user and checked here. What the rule book asks in which order is the rule
 * book's; this class only says whether a step was taken and reads what it asks.
 */
@Component
class LegislativeSteps {

    /** The Houses a Bill may originate in (Article 70(1)). */
    static final List<String> HOUSES = List.of("NATIONAL_ASSEMBLY", "SENATE");

    private final RoutingRules rules;
    private final RoutingStepRepository steps;

    LegislativeSteps(RoutingRules rules, RoutingStepRepository steps) {
        this.rules = rules;
        this.steps = steps;
    }

    /**
     * Whether the Cabinet's approval in principle is on record, for a kind the rule book asks it of (one that an
     * action recording it applies to); other kinds need none.
     */
    boolean inPrincipleApprovalRecorded(DraftDetails draft) {
        var recording = rules.actions().values().stream()
                .filter(a -> a.effects().contains(Effect.RECORD_IN_PRINCIPLE) && a.appliesTo(draft.kind())).toList();
        if (recording.isEmpty()) {
            return true;
        }
        var names = recording.stream().map(ActionRule::name).toList();
        return steps.findByDraftIdOrderByIdAsc(draft.id()).stream().anyMatch(s -> names.contains(s.getAction()));
    }

    /** Whether an action asking {@code ask} was taken since the draft last came before its competent authority. */
    boolean recordedBeforeAuthority(DraftDetails draft, Ask ask) {
        var history = steps.findByDraftIdOrderByIdAsc(draft.id());
        int from = 0;
        for (int i = 0; i < history.size(); i++) {
            var s = history.get(i);
            if (s.getToStatus() == DraftStatus.COMPETENT_AUTHORITY && s.getFromStatus() != DraftStatus.COMPETENT_AUTHORITY) {
                from = i;
            }
        }
        return history.subList(from, history.size()).stream().map(RoutingStep::getAction)
                .anyMatch(name -> rules.action(name).map(a -> a.asks().contains(ask)).orElse(false));
    }

    /**
     * Checks what the legislative asks of the action give, before anything moves; the details to record, read and
     * written alike whatever the user typed (a case number as the Cabinet Division writes it, a House by its name).
     */
    Map<String, String> read(ActionRule action, ActionRequest request) {
        var read = new LinkedHashMap<String, String>();
        for (var ask : action.asks()) {
            switch (ask) {
                case IN_PRINCIPLE -> {
                    read.put("caseNumber", CabinetDecisions.caseNumber(request.detail("caseNumber"), "caseNumber"));
                    read.put("decisionDate", date(request, "decisionDate"));
                }
                case INTRODUCTION -> {
                    var house = request.detail("house") == null ? ""
                            : request.detail("house").toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                    if (!HOUSES.contains(house)) {
                        throw InvalidInputException.onField("house", "error.routing.house", String.join(", ", HOUSES));
                    }
                    read.put("house", house);
                    read.put("introducedOn", date(request, "introducedOn"));
                }
                case PASSAGE -> read.put("passedOn", date(request, "passedOn"));
                case ASSENT -> read.put("assentedOn", date(request, "assentedOn"));
                case PROMULGATION -> read.put("promulgatedOn", date(request, "promulgatedOn"));
                default -> {
                    // the other asks are read where their effects are
                }
            }
        }
        return read;
    }

    private static String date(ActionRequest request, String field) {
        LocalDate date = CabinetDecisions.date(request.detail(field), field);
        return date.toString();
    }
}
