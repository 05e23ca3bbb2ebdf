package pk.gov.mashwara.routing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.domain.WaitingDraftQueries;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who must act on what, and how late: the signed-in user's desk (the drafts whose current state waits for them,
 * like an attention set) and the pendency of every open draft they may see, with charts of it. Lists are read a
 * page at a time from the database, in the order of urgency, and counted there: nothing holds a whole list.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PendencyService {

    /** What {@link #desk()} returns at most; the paged methods have no such limit. */
    public static final int DESK_LIMIT = 200;
    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final OpenDrafts open;
    private final PendencyCharts charts;
    private final CurrentUser currentUser;
    private final WaitingDraftQueries queries;
    private final DraftService drafts;
    private final DirectoryService directory;
    private final Clock clock;

    PendencyService(OpenDrafts open, PendencyCharts charts, CurrentUser currentUser, WaitingDraftQueries queries,
            DraftService drafts, DirectoryService directory, Clock clock) {
        this.open = open;
        this.charts = charts;
        this.currentUser = currentUser;
        this.queries = queries;
        this.drafts = drafts;
        this.directory = directory;
        this.clock = clock;
    }

    /** The drafts waiting for the signed-in user now, the most urgent first, at most {@link #DESK_LIMIT}. */
    public List<PendingDraft> desk() {
        return desk(0, DESK_LIMIT);
    }

    /** One page of the drafts waiting for the signed-in user now, the most urgent first. */
    public List<PendingDraft> desk(int offset, int limit) {
        requirePage(offset, limit);
        var user = currentUser.require();
        var waiting = open.waitingFor(user);
        return open.pendingRows(user, queries.page(drafts.visibility(), waiting, open.deadlineDays(), offset, limit));
    }

    /** How many drafts wait for the signed-in user now, and how many of them are overdue. */
    public PendingCount deskCount() {
        var user = currentUser.require();
        var counts = queries.count(drafts.visibility(), open.waitingFor(user), open.deadlineDays(), clock.instant());
        return new PendingCount(counts.all(), counts.overdue());
    }

    /** Whether the signed-in user may see the pendency dashboard. */
    public boolean mayViewPendency() {
        return currentUser.get().map(PendencyService::mayView).orElse(false);
    }

    /**
     * One page of every open draft the user may see (the secretary and the focal person every submitted one, a
     * committee its own, auditors all; an administrator's role alone sees none, as everywhere), what it waits for
     * and how late, overdue first.
     */
    public List<PendingDraft> pending(int offset, int limit) {
        requirePage(offset, limit);
        var user = requireMayView();
        return open.pendingRows(user, queries.page(drafts.visibility(), open.everyOpenState(), open.deadlineDays(), offset,
                limit));
    }

    /** How many open drafts {@link #pending} has in all, and how many of them are overdue. */
    public PendingCount pendingCount() {
        requireMayView();
        var counts = queries.count(drafts.visibility(), open.everyOpenState(), open.deadlineDays(), clock.instant());
        return new PendingCount(counts.all(), counts.overdue());
    }

    /** The open drafts the user may see counted in all, per committee and per state, with the overdue ones. */
    public Pendency pendency() {
        requireMayView();
        var codes = directory.committees().stream().collect(Collectors.toMap(CommitteeInfo::id, CommitteeInfo::code));
        var byCommittee = new HashMap<String, Pendency.Count>();
        var byState = new HashMap<DraftStatus, Pendency.Count>();
        long total = 0;
        long overdue = 0;
        for (var t : queries.tally(drafts.visibility(), open.everyOpenState(), open.deadlineDays(), clock.instant())) {
            var count = new Pendency.Count(t.open(), t.overdue());
            byCommittee.merge(codes.getOrDefault(t.committeeId(), "?"), count, Pendency.Count::plus);
            byState.merge(t.status(), count, Pendency.Count::plus);
            total += t.open();
            overdue += t.overdue();
        }
        return new Pendency(total, overdue, byCommittee, byState);
    }

    /** A chart of the pendency as a PNG image, its labels in {@code locale}. */
    public byte[] chart(PendencyChart kind, Locale locale) {
        var pendency = pendency();
        return switch (kind) {
            case BY_COMMITTEE -> charts.byCommittee(pendency, locale);
            case BY_STATE -> charts.byState(pendency, locale);
        };
    }

    private static void requirePage(int offset, int limit) {
        pk.gov.mashwara.shared.Paging.check(offset, limit, MAX_PAGE);
    }

    private MashwaraUser requireMayView() {
        var user = currentUser.require();
        if (!mayView(user)) {
            throw new AccessDeniedException("The pendency dashboard is for the NSMCWG's secretary and focal person,"
                    + " the committees and auditors");
        }
        return user;
    }

    private static boolean mayView(MashwaraUser user) {
        // not the administrator's role: it sees no draft, and pendency is a list of drafts
        return user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON, Role.AUDITOR, Role.COMMITTEE_DRAFTER,
                Role.COMMITTEE_OFFICER);
    }
}
