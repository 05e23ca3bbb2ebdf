package pk.gov.mashwara.draft;

import java.util.ArrayList;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.domain.Draft;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who may see and do what with a draft. Visibility is a query predicate, so lists, counts and later search
 * never contain a draft the user may not see: a committee sees its own drafts and those shared with it (as a
 * consulted division); the NSMCWG sees every draft once submitted to it; auditors see everything; an
 * administrator's role alone shows no drafts.
 */
@Component
class DraftAccess {

    private final pk.gov.mashwara.draft.domain.DraftShareRepository shares;

    DraftAccess(pk.gov.mashwara.draft.domain.DraftShareRepository shares) {
        this.shares = shares;
    }

    /** The one statement of the visibility rule; queries and checks below are derived from it. */
    DraftVisibility visibility(MashwaraUser user) {
        if (user.has(Role.AUDITOR)) {
            return new DraftVisibility(true, Set.of(), false);
        }
        var committees = user.committeeId() != null && user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER)
                ? Set.of(user.committeeId()) : Set.<Long>of();
        var submitted = user.isNsmcwg() && user.hasAny(Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);
        var shared = committees.isEmpty() ? Set.<Long>of() : shares.findDraftIdsByCommitteeId(user.committeeId());
        return new DraftVisibility(false, committees, submitted, shared);
    }

    Specification<Draft> visibleTo(MashwaraUser user) {
        var visibility = visibility(user);
        return (root, query, cb) -> {
            if (visibility.everything()) {
                return cb.conjunction();
            }
            var any = new ArrayList<Predicate>();
            if (!visibility.committees().isEmpty()) {
                any.add(root.get("committeeId").in(visibility.committees()));
            }
            if (visibility.submitted()) {
                any.add(cb.isNotNull(root.get("submittedAt")));
            }
            if (!visibility.sharedDrafts().isEmpty()) {
                any.add(root.get("id").in(visibility.sharedDrafts()));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    boolean canSee(MashwaraUser user, Draft draft) {
        return visibility(user).sees(draft.getId() == null ? -1 : draft.getId(), draft.getCommitteeId(),
                draft.isSubmitted());
    }

    boolean canCreateFor(MashwaraUser user, long committeeId) {
        return user.has(Role.COMMITTEE_DRAFTER) && user.actsFor(committeeId);
    }

    boolean canUploadVersion(MashwaraUser user, Draft draft) {
        return canCreateFor(user, draft.getCommitteeId()) && draft.getStatus().acceptsNewVersions();
    }

    boolean canPutUp(MashwaraUser user, Draft draft) {
        return canCreateFor(user, draft.getCommitteeId())
                && (draft.getStatus() == DraftStatus.DRAFT || draft.getStatus() == DraftStatus.RETURNED_FOR_REVISION);
    }

    boolean canDecide(MashwaraUser user, Draft draft) {
        return user.has(Role.COMMITTEE_OFFICER) && user.actsFor(draft.getCommitteeId())
                && draft.getStatus() == DraftStatus.COMMITTEE_APPROVAL;
    }

    /** A drafter of the draft's committee: the one who may put it up (state permitting). */
    boolean isDrafterOf(MashwaraUser user, Draft draft) {
        return canCreateFor(user, draft.getCommitteeId());
    }

    /** An officer of the draft's committee: the one who may return or submit it (state permitting). */
    boolean isOfficerOf(MashwaraUser user, Draft draft) {
        return user.has(Role.COMMITTEE_OFFICER) && user.actsFor(draft.getCommitteeId());
    }

    DraftDetails.Permissions permissions(MashwaraUser user, Draft draft) {
        return new DraftDetails.Permissions(canUploadVersion(user, draft), canPutUp(user, draft), canDecide(user, draft),
                canDecide(user, draft), canReturnForRevision(user, draft));
    }

    /** The NSMCWG secretary sends a draft under review back to its committee for a new version. */
    boolean canReturnForRevision(MashwaraUser user, Draft draft) {
        return user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY)
                && (draft.getStatus() == DraftStatus.SUBMITTED || draft.getStatus() == DraftStatus.UNDER_REVIEW);
    }
}
