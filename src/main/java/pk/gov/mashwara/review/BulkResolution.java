package pk.gov.mashwara.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.UserFacingException;

/**
 * Resolves several threads of one draft at once, with one resolution and one reason. Each thread is resolved as if
 * alone, through {@link ThreadActions#resolve}: the same rules (who may resolve it, that nobody acted on it since
 * it was read, a reason for declining), its own transaction, its own audit entry and its own notice to the
 * commenter. A thread refused is reported with the reason and left as it was, and the others are resolved: one
 * stale or forbidden thread among twenty does not undo the nineteen decisions (see
 * docs/decisions/024-redline-and-templates.md). What is wrong with the request as a whole (no thread, too many,
 * a thread twice, no resolution) is refused before any thread is touched. The reason is the same for every thread,
 * except that the variables of a response template in it ({@code {commenter}}, {@code {clause}},
 * {@code {organisation}}) are filled for each thread, as {@link ResponseTemplates} fills them for one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class BulkResolution {

    /** The most threads resolved in one request. */
    public static final int MAX_THREADS = 200;

    private final ThreadActions actions;
    private final ReviewService review;
    private final ResponseTemplates templates;
    private final pk.gov.mashwara.draft.DraftService drafts;
    private final ReviewRules rules;
    private final pk.gov.mashwara.security.CurrentUser currentUser;

    BulkResolution(ThreadActions actions, ReviewService review, ResponseTemplates templates,
            pk.gov.mashwara.draft.DraftService drafts, ReviewRules rules, pk.gov.mashwara.security.CurrentUser currentUser) {
        this.drafts = drafts;
        this.rules = rules;
        this.currentUser = currentUser;
        this.actions = actions;
        this.review = review;
        this.templates = templates;
    }

    /** A thread to resolve, with its version as read. */
    public record Item(long threadId, long expectedVersion) {
    }

    /**
     * What became of one thread: resolved (with the thread as it is now), or refused with the message, in the
     * language asked for, and its key (e.g. {@code error.review.thread.changedMeanwhile}; {@code forbidden} when
     * the user may not resolve it).
     */
    public record Outcome(long threadId, boolean resolved, ThreadView thread, String error, String message) {
    }

    /** The outcomes, in the order asked, and how many were resolved. */
    public record Report(int resolved, int refused, List<Outcome> outcomes) {
    }

    /**
     * The thread's version as it is now, for a client that resolves it as it is; a thread the user may not see is
     * taken at version -1, which then reports it as not found.
     */
    public long currentVersion(long threadId) {
        try {
            return review.thread(threadId).version();
        } catch (pk.gov.mashwara.shared.NotFoundException e) {
            return -1;
        }
    }

    /**
     * Resolves the threads of the draft, each on its own.
     *
     * @throws InvalidInputException when the request as a whole cannot be taken; then nothing is resolved
     * @throws AccessDeniedException when the user resolves no thread of this draft (neither its committee nor the
     *                               NSMCWG secretary)
     */
    public Report resolve(long draftId, List<Item> items, Resolution how, String reason, Locale locale) {
        if (how == null) {
            throw InvalidInputException.onField("resolution", "error.review.resolution.missing");
        }
        if (items == null || items.isEmpty()) {
            throw InvalidInputException.onField("threads", "error.review.bulk.none");
        }
        if (items.size() > MAX_THREADS) {
            throw InvalidInputException.onField("threads", "error.review.bulk.tooMany", MAX_THREADS);
        }
        var seen = new HashSet<Long>();
        for (var item : items) {
            if (item == null || !seen.add(item.threadId())) {
                throw InvalidInputException.onField("threads", "error.review.bulk.twice",
                        item == null ? 0 : item.threadId());
            }
        }
        if (how.needsReason() && (reason == null || reason.isBlank())) {
            // the same for every thread: refused once, before any is touched
            throw InvalidInputException.onField("reason", "error.review.resolution.reasonRequired");
        }
        // the draft itself must be visible (otherwise "not found", as for one thread), and the user one who resolves
        // its threads: the committee, or the NSMCWG secretary (each thread's own rules are checked again below)
        var draft = drafts.get(draftId);
        var user = currentUser.require();
        if (!rules.isCommitteeOf(user, draft) && !(user.isNsmcwg() && user.has(pk.gov.mashwara.security.Role.NSMCWG_SECRETARY))) {
            throw new AccessDeniedException("Only the draft's committee or the NSMCWG secretary can resolve threads.");
        }
        var outcomes = new ArrayList<Outcome>();
        int resolved = 0;
        for (var item : items) {
            try {
                var thread = review.thread(item.threadId());
                if (thread.draftId() != draftId) {
                    throw ReviewService.notFound(item.threadId());
                }
                // one reason for all; a template's variables in it ({commenter}...) are filled for each thread
                var filled = reason == null ? null : templates.fill(reason, thread, locale);
                var done = actions.resolve(item.threadId(), item.expectedVersion(), how, filled);
                outcomes.add(new Outcome(item.threadId(), true, done, null, null));
                resolved++;
            } catch (UserFacingException e) {
                outcomes.add(new Outcome(item.threadId(), false, null, e.messageKey(), e.localizedMessage(locale)));
            } catch (AccessDeniedException e) {
                outcomes.add(new Outcome(item.threadId(), false, null, "forbidden",
                        Messages.get(locale, "error.review.bulk.forbidden")));
            }
        }
        return new Report(resolved, items.size() - resolved, outcomes);
    }
}
