package pk.gov.mashwara.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.draft.DraftFollowing;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.notification.domain.DraftFollow;
import pk.gov.mashwara.notification.domain.DraftFollowRepository;
import pk.gov.mashwara.notification.domain.FollowQueries;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The drafts people follow: they are told of new versions and status changes. A user follows only drafts they
 * may see; a draft's creator follows it from the start, and other modules may make a user follow a draft (e.g.
 * someone who comments on it).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class Follows implements DraftFollowing {

    private final DraftFollowRepository follows;
    private final DraftCatalog catalog;
    private final People people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FollowQueries queries;
    private final DraftService drafts;

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    Follows(DraftFollowRepository follows, DraftCatalog catalog, People people, CurrentUser currentUser, Clock clock,
            FollowQueries queries, DraftService drafts) {
        this.queries = queries;
        this.drafts = drafts;
        this.follows = follows;
        this.catalog = catalog;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user follows the draft; a draft they may not see is reported as not found. */
    public void follow(long draftId) {
        var user = currentUser.require();
        if (!catalog.visibleTo(user, draftId)) {
            throw new NotFoundException("error.draft.notFound", draftId);
        }
        save(user.id(), draftId);
    }

    /** Always allowed, also for a draft the user no longer sees. */
    public void unfollow(long draftId) {
        follows.deleteById(new DraftFollow.Key(currentUser.require().id(), draftId));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFollowing(long draftId) {
        return follows.existsById(new DraftFollow.Key(currentUser.require().id(), draftId));
    }

    @Override
    public void setFollowing(long draftId, boolean on) {
        if (on) {
            follow(draftId);
        } else {
            unfollow(draftId);
        }
    }

    /** The drafts the signed-in user follows and still sees, most recently followed first. */
    @Transactional(readOnly = true)
    public List<FollowedDraft> mine() {
        var user = currentUser.require();
        return follows.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .filter(f -> catalog.visibleTo(user, f.getDraftId()))
                .flatMap(f -> catalog.snapshot(f.getDraftId())
                        .map(d -> new FollowedDraft(d.id(), d.title(), f.getCreatedAt())).stream())
                .toList();
    }

    /** One page of the drafts the signed-in user follows and still sees, most recently followed first. */
    @Transactional(readOnly = true)
    public List<FollowedDraft> mine(int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_PAGE);
        var user = currentUser.require();
        return queries.newestFirst(user.id(), drafts.visibility(), offset, limit).stream()
                .map(f -> new FollowedDraft(f.draftId(), f.title(), f.since())).toList();
    }

    /** How many drafts the signed-in user follows and still sees. */
    @Transactional(readOnly = true)
    public long countMine() {
        return queries.count(currentUser.require().id(), drafts.visibility());
    }

    /**
     * System use (also where nobody is signed in, e.g. an event listener): the user follows the draft, if they
     * exist, are enabled and may see it; otherwise nothing happens.
     */
    @PreAuthorize("permitAll()")
    public void followAs(long userId, long draftId) {
        var user = people.principal(userId).filter(MashwaraUser::isEnabled);
        if (user.isPresent() && catalog.visibleTo(user.get(), draftId)) {
            save(userId, draftId);
        }
    }

    /** System use: the ids of the draft's followers (whether they may still see it is {@code send}'s concern). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Long> followers(long draftId) {
        return follows.findByDraftId(draftId).stream().map(DraftFollow::getUserId).collect(Collectors.toSet());
    }

    private void save(long userId, long draftId) {
        follows.insertIfAbsent(userId, draftId, clock.instant());
    }
}
