package pk.gov.mashwara.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.draft.VersionAnnotation;
import pk.gov.mashwara.draft.VersionAnnotations;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Open and resolved threads, shown beside each version on the draft page and beside each draft in the list.
 * Counts only threads the current user may see (a committee's internal notes count for that committee only).
 */
@Component
@Transactional(readOnly = true)
class ReviewAnnotations implements VersionAnnotations {

    private final DraftService drafts;
    private final ReviewService review;
    private final ReviewThreadRepository threads;
    private final CurrentUser currentUser;

    ReviewAnnotations(DraftService drafts, ReviewService review, ReviewThreadRepository threads,
            CurrentUser currentUser) {
        this.drafts = drafts;
        this.review = review;
        this.threads = threads;
        this.currentUser = currentUser;
    }

    @Override
    public Map<Integer, VersionAnnotation> forDraft(long draftId) {
        var byVersion = new HashMap<Integer, long[]>();
        for (var thread : review.allThreads(draftId)) {
            var counts = byVersion.computeIfAbsent(thread.versionNumber(), n -> new long[2]);
            counts[thread.open() ? 0 : 1]++;
        }
        var annotations = new HashMap<Integer, VersionAnnotation>();
        byVersion.forEach((number, counts) -> annotations.put(number, annotation(number, counts[0], counts[1])));
        return annotations;
    }

    @Override
    public Map<Long, VersionAnnotation> forLatest(Collection<DraftSummary> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        var user = currentUser.require();
        var byDraft = new HashMap<Long, long[]>();
        for (var row : threads.countByDraft(page.stream().map(DraftSummary::id).toList(), internalCommittee(user))) {
            var counts = byDraft.computeIfAbsent((Long) row[0], id -> new long[2]);
            counts[row[1] == ThreadStatus.OPEN ? 0 : 1] += (Long) row[2];
        }
        var annotations = new HashMap<Long, VersionAnnotation>();
        for (var draft : page) {
            var counts = byDraft.get(draft.id());
            if (counts != null) {
                annotations.put(draft.id(), annotation(draft.latestVersion(), counts[0], counts[1]));
            }
        }
        return annotations;
    }

    /** The committee whose internal notes the user sees, or -1 for none. */
    static long internalCommittee(MashwaraUser user) {
        return user.committeeId() != null && user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER)
                ? user.committeeId() : -1L;
    }

    private static VersionAnnotation annotation(int version, long open, long resolved) {
        var tone = open > 0 ? VersionAnnotation.Tone.WARNING : VersionAnnotation.Tone.SUCCESS;
        return new VersionAnnotation(version, "review.annotation", "review.annotation.hint", tone, true,
                List.of(open, resolved));
    }
}
