package pk.gov.mashwara.statement;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.security.CurrentUser;

/**
 * Statements on engagement with social media companies (direction 5): proposing, editing, asking views, issuing
 * and declining, the proposals a user may see and the register of issued statements. Who may do what is checked
 * here (see {@link StatementRules}): a proposal the user may not see is not found; issuing, declining, editing and
 * asking views are refused to anyone but the spokesperson and MoIT's officer. Of two decisions on one statement at
 * the same moment one wins; the other is told who decided and when.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class StatementService {

    private final StatementDecisions decisions;
    private final StatementReads reads;
    private final StatementRules rules;
    private final CurrentUser currentUser;

    StatementService(StatementDecisions decisions, StatementReads reads, StatementRules rules, CurrentUser currentUser) {
        this.decisions = decisions;
        this.reads = reads;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** Proposes a statement; returns its id. Any body's drafter or officer and any NSMCWG member may. */
    @Transactional
    public long propose(StatementForm form) {
        return decisions.propose(currentUser.require(), form);
    }

    /** A new revision of a proposed statement, by the spokesperson or MoIT's officer. */
    @Transactional
    public void edit(long id, StatementForm form, long expectedVersion) {
        decisions.edit(currentUser.require(), id, form, expectedVersion);
    }

    /** Asks the view of a body ({@code committeeId}) or of one person ({@code username}); returns the request's id. */
    @Transactional
    public long askViews(long id, Long committeeId, String username, String question) {
        return decisions.askViews(currentUser.require(), id, committeeId, username, question);
    }

    /** Gives the view asked of the user or of the body they act for. */
    @Transactional
    public void reply(long id, long viewId, String text) {
        decisions.reply(currentUser.require(), id, viewId, text);
    }

    /**
     * Issues the statement: only the spokesperson or MoIT's officer. Runs in a transaction of its own so that a
     * loss to a simultaneous decision can be read back and told.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssuedStatement issue(long id, IssueForm form) {
        var user = currentUser.require();
        try {
            return decisions.issue(user, id, form);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // another issue or decline committed between our read and our write: it won, say who it was
            throw decisions.decidedMeanwhile(id);
        }
    }

    /** Declines the statement with a reason: only the spokesperson or MoIT's officer. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void decline(long id, String reason, long expectedVersion) {
        var user = currentUser.require();
        try {
            decisions.decline(user, id, reason, expectedVersion);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw decisions.decidedMeanwhile(id);
        }
    }

    /** The statement with its revisions and views, for those who may see the proposal; anyone else: not found. */
    public StatementDetails get(long id) {
        return reads.details(currentUser.require(), id);
    }

    /** The proposals and declined statements the user may see, the latest first. */
    public List<StatementSummary> proposals() {
        return reads.proposals(currentUser.require());
    }

    /** The register of issued statements, for every signed-in user; the latest first, each with its hash checked. */
    public List<IssuedStatement> issued() {
        return reads.issued();
    }

    /** One issued statement with its hash recomputed from what is stored; not found unless issued. */
    public IssuedStatement verify(long id) {
        return reads.issuedOf(id);
    }

    /** What waits for the user on statements (see {@link StatementWork}). */
    public List<StatementWork> work() {
        return reads.work(currentUser.require());
    }

    /** Whether the user may propose a statement (the page offers the button only then). */
    public boolean mayPropose() {
        var user = currentUser.require();
        return user.roles().stream().anyMatch(r -> r.isCommitteeRole() || r.isNsmcwgRole());
    }

    /** Whether the user sees proposals at all (their own, or all of them). */
    public boolean seesProposals() {
        var user = currentUser.require();
        return rules.seesAll(user) || mayPropose();
    }
}
