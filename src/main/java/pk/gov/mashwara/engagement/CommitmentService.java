package pk.gov.mashwara.engagement;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.engagement.EngagementEvents.CommitmentFollowedUp;
import pk.gov.mashwara.engagement.domain.CommitmentRepository;
import pk.gov.mashwara.engagement.domain.EngagementRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The commitments made in engagements: listed for whoever may see their engagement (overdue first), followed up to
 * done or lapsed with a note, and the overdue ones each user owes or leads for their desk.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CommitmentService {

    /** Overdue first (the longest overdue first), then open by the day due, then the closed ones. */
    static final Comparator<CommitmentInfo> OVERDUE_FIRST = Comparator
            .comparing((CommitmentInfo c) -> !c.overdue())
            .thenComparing(c -> c.status() != CommitmentStatus.OPEN)
            .thenComparing(CommitmentInfo::dueOn).thenComparing(CommitmentInfo::id);

    private final CommitmentRepository commitments;
    private final EngagementRepository engagements;
    private final EngagementAccess access;
    private final EngagementViews views;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentService(CommitmentRepository commitments, EngagementRepository engagements, EngagementAccess access,
            EngagementViews views, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.commitments = commitments;
        this.engagements = engagements;
        this.access = access;
        this.views = views;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The commitments the reader may see that match the filter, overdue first. */
    @Transactional(readOnly = true)
    public List<CommitmentInfo> list(CommitmentFilter filter) {
        var user = currentUser.require();
        var f = filter == null ? CommitmentFilter.all() : filter;
        var companyOwed = CommitmentFilter.COMPANY.equalsIgnoreCase(f.owner() == null ? "" : f.owner().strip());
        Long owner = f.owner() == null || f.owner().isBlank() || companyOwed ? null : views.committeeId(f.owner(), "owner");
        var found = commitments.visible(f.status(), companyOwed, owner, f.overdueOnly() ? access.today() : null,
                access.readsAll(user), user.getUsername(), user.committeeId());
        return found.stream().map(views::commitment).sorted(OVERDUE_FIRST).toList();
    }

    /**
     * The overdue commitments on the signed-in user's desk: those their body owes, and those of the engagements they
     * lead (whoever owes them), the longest overdue first.
     */
    @Transactional(readOnly = true)
    public List<CommitmentInfo> overdueOnMyDesk() {
        var user = currentUser.require();
        return commitments.findByStatusAndDueOnBeforeOrderByDueOnAscIdAsc(CommitmentStatus.OPEN, access.today())
                .stream().filter(c -> {
                    var owes = c.getOwnerCommitteeId() != null && c.getOwnerCommitteeId().equals(user.committeeId());
                    return owes || engagements.findById(c.getEngagementId())
                            .map(e -> user.getUsername().equals(e.getLeadUsername())).orElse(false);
                }).map(views::commitment).toList();
    }

    /**
     * Follows a commitment up to {@code DONE} or {@code LAPSED} with a note (required for a lapse). Refused for
     * those who may not; a commitment already followed up is refused with who did it and when.
     */
    public CommitmentInfo followUp(long id, CommitmentStatus outcome, String note) {
        var user = currentUser.require();
        var commitment = commitments.findById(id)
                .orElseThrow(() -> new NotFoundException("error.engagement.commitment.notFound", id));
        var engagement = engagements.findById(commitment.getEngagementId()).filter(e -> access.mayRead(user, e)
                || (commitment.getOwnerCommitteeId() != null && commitment.getOwnerCommitteeId().equals(user.committeeId())))
                .orElseThrow(() -> new NotFoundException("error.engagement.commitment.notFound", id));
        if (!access.mayFollowUp(user, engagement, commitment)) {
            throw new ForbiddenException("error.engagement.commitment.mayNotFollowUp");
        }
        if (outcome == null || outcome == CommitmentStatus.OPEN) {
            throw InvalidInputException.onField("status", "error.engagement.commitment.outcome");
        }
        var clean = EngagementTexts.optional(note, "note", EngagementTexts.NOTE);
        if (outcome == CommitmentStatus.LAPSED && clean == null) {
            throw InvalidInputException.onField("note", "error.engagement.commitment.lapseNote");
        }
        if (commitment.getStatus() != CommitmentStatus.OPEN) {
            throw new ConflictException("error.engagement.commitment.closed", id,
                    views.commitment(commitment, engagement).closedBy(), commitment.getClosedAt());
        }
        var now = clock.instant();
        commitment.close(outcome, clean, user.getUsername(), now);
        commitments.save(commitment);
        events.publishEvent(new CommitmentFollowedUp(engagement.getId(), id, outcome, clean, user.getUsername(), now));
        return views.commitment(commitment, engagement);
    }
}
