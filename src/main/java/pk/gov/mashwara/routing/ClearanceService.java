package pk.gov.mashwara.routing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The focal person's clearance of a draft, read-only for everyone: whoever may see the draft sees its "cleared"
 * stamp and may verify it. A clearance is recorded only by the routing action {@code clear}
 * ({@link RoutingService#act}); nothing changes or removes one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ClearanceService {

    private final DraftService drafts;
    private final Clearances clearances;
    private final Clock clock;

    ClearanceService(DraftService drafts, Clearances clearances, Clock clock) {
        this.drafts = drafts;
        this.clearances = clearances;
        this.clock = clock;
    }

    /** The clearance that counts (the draft's latest), or empty when it has not been cleared; a hidden draft is not found. */
    public Optional<ClearanceStamp> clearance(long draftId) {
        return clearances.latest(drafts.get(draftId));
    }

    /** Every clearance of the draft, the first first. */
    public List<ClearanceStamp> history(long draftId) {
        return clearances.all(drafts.get(draftId));
    }

    /** Recomputes the hash of the draft's clearance from what is stored and says whether it still matches. */
    public ClearanceVerification verify(long draftId) {
        var draft = drafts.get(draftId);
        var stored = clearances.stored(draft.id())
                .orElseThrow(() -> new NotFoundException("error.clearance.none", draftId));
        var computed = Clearances.recompute(stored);
        return new ClearanceVerification(draftId, stored.getId(), computed.equals(stored.getHash()), stored.getHash(),
                computed, clock.instant());
    }
}
