package pk.gov.mashwara.routing;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftDetails;

/**
 * Routing of drafts under the rules of {@code config/routing.yml}: where a draft stands and what the signed-in
 * user may do with it, and taking an action. Of two users acting on the same step at once exactly one succeeds;
 * the other is told who acted, when and what. Every move of a draft goes through {@link #act}: there is no other
 * way to change a draft's status (the draft module's {@code DraftService.transition} serves this module only).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RoutingService {

    private final Transitions transitions;
    private final ConsultationFiles files;

    private final CabinetDecisions cabinet;
    private final pk.gov.mashwara.draft.DraftService drafts;

    RoutingService(Transitions transitions, ConsultationFiles files, CabinetDecisions cabinet,
            pk.gov.mashwara.draft.DraftService drafts) {
        this.cabinet = cabinet;
        this.drafts = drafts;
        this.transitions = transitions;
        this.files = files;
    }

    /** Where the draft stands, its history and what the user may do now; a draft the user cannot see is not found. */
    @Transactional(readOnly = true)
    public RoutingView routing(long draftId) {
        return transitions.view(draftId);
    }

    /** The consultation steps of the draft's latest round, in order; empty before consultations start. */
    @Transactional(readOnly = true)
    public java.util.List<RoutingView.ConsultationStep> consultations(long draftId) {
        return transitions.consultations(draftId);
    }

    /**
     * The deciding steps (the Federal Cabinet, the CCLC) of the draft's latest round, with the summary lodged and the
     * decision taken; empty before consultations start or for a kind without one. A draft the user cannot see is not
     * found.
     */
    @Transactional(readOnly = true)
    public java.util.List<RoutingView.DecisionStep> decisions(long draftId) {
        return cabinet.view(drafts.get(draftId));
    }

    /**
     * The divisions whose view the signed-in user may record on the draft now: the user's own division's open step,
     * or (an NSMCWG secretary, the committee's officer) any open step, on the division's behalf.
     */
    @Transactional(readOnly = true)
    public java.util.List<RoutingView.ViewTarget> viewTargets(long draftId) {
        return transitions.viewTargets(draftId);
    }

    /**
     * The file a consulted division attached to its view on the step {@code consultationId} of the draft, for
     * whoever sees the draft; every download is in the audit log. Not found when the user may not see the draft or
     * the step has no file.
     */
    public pk.gov.mashwara.draft.FileDownload attachment(long draftId, long consultationId) {
        return files.download(draftId, consultationId);
    }

    /** Takes {@code action} on the draft as the rules allow the user. */
    public DraftDetails act(long draftId, String action, ActionRequest request) {
        try {
            return transitions.act(draftId, action, request);
        } catch (ObjectOptimisticLockingFailureException e) {
            // another transaction moved the draft between our read and our write: it won, say who it was
            throw transitions.actedMeanwhile(draftId);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // two people took a step on the draft at once, and the other's step wrote a row of its own first (the
            // review window of "open the review"): it won, as above; anything else is a fault and stays one
            if (transitions.movedSince(draftId, request.expectedVersion())) {
                throw transitions.actedMeanwhile(draftId);
            }
            throw e;
        } catch (org.springframework.dao.PessimisticLockingFailureException e) {
            // the same race, ended by the database as a deadlock (MariaDB): this step was rolled back and the
            // other goes on; once it has committed, say who it was (the API answers 409 for the lock either way)
            if (movedWithin(draftId, request.expectedVersion(), java.time.Duration.ofSeconds(3))) {
                throw transitions.actedMeanwhile(draftId);
            }
            throw e;
        }
    }

    /** Whether the draft moves on from the version within {@code within} (another step is committing). */
    private boolean movedWithin(long draftId, long expectedVersion, java.time.Duration within) {
        var until = System.nanoTime() + within.toNanos();
        while (true) {
            if (transitions.movedSince(draftId, expectedVersion)) {
                return true;
            }
            if (System.nanoTime() >= until) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The same for an action that asks for nothing but, perhaps, a reason. */
    public DraftDetails act(long draftId, String action, long expectedVersion, String reason) {
        return act(draftId, action, ActionRequest.of(expectedVersion, reason));
    }

    /**
     * When comments close if the review of a draft opened now: the rule book's period of review
     * ({@code UNDER_REVIEW}'s deadline), ending at the close of that office day. What the open-review dialog
     * proposes, and what opening the review without a deadline sets.
     */
    @Transactional(readOnly = true)
    public java.time.Instant proposedReviewDeadline() {
        return transitions.proposedReviewDeadline();
    }

    /**
     * The same for the draft: the period of review shortened by the draft's priority mark (the rule book's
     * {@code priorities}), as opening its review without a deadline sets it. A draft the user cannot see is not
     * found.
     */
    @Transactional(readOnly = true)
    public java.time.Instant proposedReviewDeadline(long draftId) {
        return transitions.proposedReviewDeadline(drafts.get(draftId).priority());
    }
}
