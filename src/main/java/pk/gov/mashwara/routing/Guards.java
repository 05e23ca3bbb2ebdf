package pk.gov.mashwara.routing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.Guard;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.shared.InputRules;

/**
 * Checks what must hold before an action (the guards of the rules). Each guard has its wording for users,
 * {@code guard.<GUARD>}.
 */
@Component
class Guards {

    private final ReviewService review;
    private final RoutingStepRepository steps;
    private final Consultations consultations;
    private final Responses responses;
    private final Clearances clearances;
    private final InputDocuments inputs;

    private final CabinetDecisions cabinet;
    private final LawVetting vetting;
    private final LegislativeSteps legislative;

    Guards(ReviewService review, RoutingStepRepository steps, Consultations consultations, Responses responses,
            Clearances clearances, InputDocuments inputs, CabinetDecisions cabinet, LawVetting vetting,
            LegislativeSteps legislative) {
        this.cabinet = cabinet;
        this.vetting = vetting;
        this.legislative = legislative;
        this.inputs = inputs;
        this.review = review;
        this.steps = steps;
        this.consultations = consultations;
        this.responses = responses;
        this.clearances = clearances;
    }

    /** Guards that say which kind of consultation step is open, rather than what is still to be done. */
    static final java.util.Set<Guard> STEP_KIND = java.util.EnumSet.of(Guard.VIEW_STEP_OPEN, Guard.DECISION_STEP_OPEN);

    /** Whether an action whose failing guards are these is offered at all (it fits the step open now). */
    static boolean offered(List<Guard> failing) {
        return failing.stream().noneMatch(STEP_KIND::contains);
    }

    /** The guards of {@code action} that do not hold for the draft and the request (null: none given yet). */
    List<Guard> failing(ActionRule action, DraftDetails draft, ActionRequest request) {
        var failing = new ArrayList<Guard>();
        for (var guard : action.guards()) {
            if (!holds(guard, draft, request)) {
                failing.add(guard);
            }
        }
        return failing;
    }

    private boolean holds(Guard guard, DraftDetails draft, ActionRequest request) {
        return switch (guard) {
            case NEW_VERSION_SINCE_RETURN -> newVersionSinceReturn(draft);
            case REVIEW_WINDOW_CLOSED -> {
                var window = review.window(draft.id());
                yield window.deadline() != null && !window.open();
            }
            // the threads the acting NSMCWG user sees: a committee's internal notes are its own business
            case ALL_THREADS_RESOLVED -> review.counts(draft.id()).open() == 0;
            case AUTHORITY_DECISION_RECORDED -> request == null || request.detail("authority") != null
                    && request.detail("decisionNumber") != null && date(request.detail("decisionDate"));
            case GAZETTE_RECORDED -> request == null || request.detail("gazetteNumber") != null
                    && date(request.detail("gazetteDate"));
            // the input has been saved since the draft last came to consolidation
            case INPUT_COMPOSED -> inputs.composedThisRound(draft);
            case CLEARANCE_RECORDED -> clearances.recordedForLatest(draft);
            case RESPONSES_RECORDED -> responses.allRecorded(draft.id());
            case CONSULTATIONS_COMPLETE -> consultations.complete(draft.id());
            case IN_PRINCIPLE_APPROVAL_RECORDED -> legislative.inPrincipleApprovalRecorded(draft);
            case VIEW_STEP_OPEN -> consultations.current(draft.id()).filter(c -> !cabinet.decides(draft, c)).isPresent();
            case DECISION_STEP_OPEN -> cabinet.openDecisionStep(draft).isPresent();
            case SUMMARY_LODGED -> cabinet.openDecisionStep(draft).flatMap(cabinet::pendingSummary).isPresent();
            case SUMMARY_NOT_LODGED -> cabinet.openDecisionStep(draft).flatMap(cabinet::pendingSummary).isEmpty();
            case VETTED_TEXT_CURRENT -> vetting.vettedTextCurrent(draft);
            case VETTING_OUTDATED -> !vetting.vettedTextCurrent(draft);
            case MODIFICATIONS_INCORPORATED -> cabinet.modificationsIncorporated(draft);
            case INTRODUCTION_RECORDED -> legislative.recordedBeforeAuthority(draft, RoutingRules.Ask.INTRODUCTION);
            case PASSAGE_RECORDED -> legislative.recordedBeforeAuthority(draft, RoutingRules.Ask.PASSAGE);
            case ASSENT_RECORDED -> legislative.recordedBeforeAuthority(draft, RoutingRules.Ask.ASSENT);
            case OBJECTION_OPEN -> consultations.objectionOpen(draft.id());
            case CABINET_NOT_APPROVED -> consultations.notApproved(draft.id());
        };
    }

    /** A draft returned for revision moves again only with a version uploaded after its return. */
    private boolean newVersionSinceReturn(DraftDetails draft) {
        if (draft.status() != DraftStatus.RETURNED_FOR_REVISION) {
            return true;
        }
        var returned = steps.findFirstByDraftIdAndToStatusOrderByIdDesc(draft.id(), DraftStatus.RETURNED_FOR_REVISION)
                .map(s -> s.getActedAt()).orElse(draft.submittedAt());
        if (returned == null) {
            return true;
        }
        return draft.latest().uploadedAt().isAfter(returned);
    }

    private static boolean date(String value) {
        if (value == null) {
            return false;
        }
        try {
            return InputRules.inRange(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return false;
        }
    }
}
