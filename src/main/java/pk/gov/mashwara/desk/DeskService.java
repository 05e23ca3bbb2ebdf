package pk.gov.mashwara.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.audit.ChainVerification;
import pk.gov.mashwara.audit.RecordedVerification;
import pk.gov.mashwara.desk.domain.DraftLook;
import pk.gov.mashwara.desk.domain.DraftLookRepository;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.LoginThrottles;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.Paging;
import pk.gov.mashwara.text.ExtractionAdminService;
import pk.gov.mashwara.text.ExtractionStatus;

/**
 * What waits for the signed-in user, by role (see the package description). Everything is read through the
 * services of the other modules with the user's own rights: a user is never shown a draft they may not see, and
 * the auditors' and administrators' parts are refused to everyone else.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DeskService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = PendencyService.MAX_PAGE;
    /** The action due on a draft open for comments, as the API names it. */
    public static final String COMMENT_ACTION = "comment";
    static final String COMMENT_TITLE = "Comment on the draft";
    /** How many recent audit entries the auditors' desk shows. */
    public static final int RECENT_AUDIT_ENTRIES = 8;

    /** The parts a desk may have. */
    public enum Part {
        /** Drafts whose current step waits for the user. */
        WAITING,
        /** Drafts open for the working group's comments (members). */
        OPEN_FOR_COMMENTS,
        /** The drafts the user follows. */
        FOLLOWED,
        /** The latest verification of the audit chain and the recent entries (auditors). */
        AUDIT,
        /** Users, extraction problems and indexes (administrators). */
        ADMINISTRATION
    }

    private static final Set<Role> ROUTING_ROLES = EnumSet.of(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER,
            Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);

    private final CurrentUser currentUser;
    private final PendencyService pendency;
    private final DraftService drafts;
    private final ReviewService review;
    private final DraftLookRepository looks;
    private final AuditLog audit;
    private final DirectoryService directory;
    private final LoginThrottles throttles;
    private final ExtractionAdminService extraction;
    private final SearchService search;
    private final Clock clock;
    private final pk.gov.mashwara.review.ReviewWindows windows;

    DeskService(CurrentUser currentUser, PendencyService pendency, DraftService drafts, ReviewService review,
            DraftLookRepository looks, AuditLog audit, DirectoryService directory, LoginThrottles throttles,
            ExtractionAdminService extraction, SearchService search, Clock clock,
            pk.gov.mashwara.review.ReviewWindows windows) {
        this.windows = windows;
        this.currentUser = currentUser;
        this.pendency = pendency;
        this.drafts = drafts;
        this.review = review;
        this.looks = looks;
        this.audit = audit;
        this.directory = directory;
        this.throttles = throttles;
        this.extraction = extraction;
        this.search = search;
        this.clock = clock;
    }

    /** The parts of the signed-in user's desk, in the order the page shows them. */
    public Set<Part> parts() {
        var user = currentUser.require();
        var parts = EnumSet.noneOf(Part.class);
        if (user.roles().stream().anyMatch(ROUTING_ROLES::contains)) {
            parts.add(Part.WAITING);
        }
        if (user.has(Role.NSMCWG_MEMBER)) {
            parts.add(Part.OPEN_FOR_COMMENTS);
        }
        if (user.has(Role.AUDITOR)) {
            parts.add(Part.AUDIT);
        }
        if (user.has(Role.ADMIN)) {
            parts.add(Part.ADMINISTRATION);
        }
        // an administrator's role alone sees no draft: nothing to follow
        if (!user.roles().equals(Set.of(Role.ADMIN))) {
            parts.add(Part.FOLLOWED);
        }
        return parts;
    }

    /**
     * One page of everything on the desk: first the drafts whose step waits for the user (overdue first, as the
     * pendency orders them), then, for a member, the drafts open for comments (the nearest deadline first).
     */
    public List<DeskItem> items(int offset, int limit) {
        Paging.check(offset, limit, MAX_PAGE);
        var parts = parts();
        var result = new ArrayList<DeskItem>();
        long waitingCount = parts.contains(Part.WAITING) ? pendency.deskCount().total() : 0;
        if (offset < waitingCount) {
            int take = (int) Math.min(limit, waitingCount - offset);
            pendency.desk(offset, take).forEach(p -> result.add(waiting(p)));
        }
        if (result.size() < limit && parts.contains(Part.OPEN_FOR_COMMENTS)) {
            int from = (int) Math.max(0, offset - waitingCount);
            result.addAll(openForComments(from, limit - result.size()));
        }
        return result;
    }

    /** One page of the drafts whose current step waits for the user, the most urgent first. */
    public List<DeskItem> waiting(int offset, int limit) {
        Paging.check(offset, limit, MAX_PAGE);
        if (!parts().contains(Part.WAITING)) {
            return List.of();
        }
        return pendency.desk(offset, limit).stream().map(this::waiting).toList();
    }

    /** How many items the desk has in all ({@link #items}), and how many of them are overdue. */
    public Counts counts() {
        var parts = parts();
        long waiting = 0;
        long overdue = 0;
        if (parts.contains(Part.WAITING)) {
            var c = pendency.deskCount();
            waiting = c.total();
            overdue = c.overdue();
        }
        long comments = parts.contains(Part.OPEN_FOR_COMMENTS) ? windows.openForCommentsCount() : 0;
        return new Counts(waiting + comments, overdue, waiting, comments);
    }

    /** The desk counted: all items, the overdue ones, those waiting for an action, those open for comments. */
    public record Counts(long total, long overdue, long waiting, long openForComments) {
    }

    /**
     * One page of the drafts open for the working group's comments, for an NSMCWG member (none for anyone else),
     * the nearest review deadline first, each with what is new since the member last looked at it.
     */
    public List<DeskItem> openForComments(int offset, int limit) {
        Paging.check(offset, limit, MAX_PAGE);
        if (!currentUser.require().has(Role.NSMCWG_MEMBER)) {
            return List.of();
        }
        // the page is read by the database; only its drafts are loaded, for what is new on each
        return windows.openForComments(offset, limit).stream().map(this::commentItem).toList();
    }

    /** How many drafts are open for comments on the member's desk. */
    public long openForCommentsCount() {
        return currentUser.require().has(Role.NSMCWG_MEMBER) ? windows.openForCommentsCount() : 0;
    }

    /**
     * Records that the signed-in user looked at the draft now (opened its page or its reader): its "new" marks on
     * the desk clear. Only for a draft the user may see.
     */
    @Transactional
    public void looked(long draftId) {
        var user = currentUser.require();
        drafts.get(draftId);
        var now = clock.instant();
        looks.findByUserIdAndDraftId(user.id(), draftId).ifPresentOrElse(look -> look.lookedAgain(now),
                () -> looks.save(new DraftLook(user.id(), draftId, now)));
    }

    /** When the signed-in user last looked at the draft, if ever. */
    public Optional<Instant> lastLooked(long draftId) {
        return looks.findByUserIdAndDraftId(currentUser.require().id(), draftId).map(DraftLook::getLookedAt);
    }

    /** The latest recorded verification of the audit chain. Auditors and administrators only. */
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public Optional<RecordedVerification> latestVerification() {
        return audit.latestVerification();
    }

    /** Verifies the audit chain now and records the run. Auditors and administrators only. */
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    @Transactional
    public ChainVerification verifyChain() {
        return audit.verifyAndRecord();
    }

    /** The latest entries of the audit log. Auditors and administrators only. */
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    public List<AuditRecord> recentAuditEntries() {
        return audit.find(AuditQuery.all(), 0, RECENT_AUDIT_ENTRIES);
    }

    /** What an administrator's desk shows. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public AdminFigures adminFigures() {
        var users = directory.userCounts();
        var overview = extraction.overview();
        return new AdminFigures(users.total(), users.disabled(), throttles.count(), extraction.problemCount(),
                overview.count(ExtractionStatus.FAILED) + overview.count(ExtractionStatus.UNSUPPORTED),
                overview.count(ExtractionStatus.ENCRYPTED), overview.count(ExtractionStatus.NO_TEXT),
                search.figures());
    }

    private DeskItem waiting(PendingDraft p) {
        var actions = new ArrayList<DeskItem.DueAction>();
        for (int i = 0; i < p.actionNames().size(); i++) {
            actions.add(new DeskItem.DueAction(p.actionNames().get(i), p.actions().get(i)));
        }
        return new DeskItem(DeskItem.Kind.ACT, p.draftId(), p.title(), p.diaryNumber(), p.committeeCode(), p.status(),
                p.stateTitle(), actions, p.since(), p.dueAt(), p.overdue(), p.daysOverdue(), null, p.priority(),
                p.fileNumber());
    }

    private DeskItem commentItem(long draftId) {
        DraftDetails draft = drafts.get(draftId);
        var window = review.window(draftId);
        var lastLooked = lastLooked(draftId).orElse(null);
        int newVersions = (int) draft.versions().stream()
                .filter(v -> lastLooked == null || v.uploadedAt().isAfter(lastLooked)).count();
        var replies = review.repliesSince(draftId, lastLooked);
        Long daysLeft = window.deadline() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(DraftService.OFFICE_ZONE)),
                        window.deadline().atZone(DraftService.OFFICE_ZONE).toLocalDate());
        var news = new ReviewNews(window.deadline(), daysLeft, lastLooked, newVersions, replies.count(),
                replies.latestAuthor(), replies.latestLine());
        var since = window.setAt() != null ? window.setAt() : draft.submittedAt();
        return new DeskItem(DeskItem.Kind.COMMENT, draft.id(), draft.title(), draft.diaryNumber(), draft.committeeCode(),
                draft.status(), null, List.of(new DeskItem.DueAction(COMMENT_ACTION, COMMENT_TITLE)), since,
                window.deadline(), false, 0, news, draft.priority(), draft.fileNumber());
    }
}
