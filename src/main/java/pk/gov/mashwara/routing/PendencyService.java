package pk.gov.mashwara.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.RoutingRules.Relation;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Who must act on what, and how late: the signed-in user's desk (the drafts whose current state waits for them,
 * like an attention set) and the pendency of every open draft they may see, with charts of it. Everything is
 * bounded: a desk shows at most {@link #DESK_LIMIT} drafts and the pendency list at most {@link #LIST_LIMIT},
 * the most urgent; the counts and charts cover all.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PendencyService {

    public static final int DESK_LIMIT = 200;
    public static final int LIST_LIMIT = 500;

    private final OpenDrafts open;
    private final Actors actors;
    private final PendencyCharts charts;
    private final CurrentUser currentUser;

    PendencyService(OpenDrafts open, Actors actors, PendencyCharts charts, CurrentUser currentUser) {
        this.open = open;
        this.actors = actors;
        this.charts = charts;
        this.currentUser = currentUser;
    }

    /** The drafts waiting for the signed-in user now, the most urgent first. */
    public List<PendingDraft> desk() {
        var user = currentUser.require();
        var mine = new ArrayList<PendingDraft>();
        for (var state : open.openStates()) {
            var actor = state.waitsFor();
            if (!user.has(actor.role())) {
                continue;
            }
            // narrow the query where the relation names the user's own committee; the check below decides
            Long committee = actor.relation() == Relation.OWN_COMMITTEE ? user.committeeId() : null;
            if (actor.relation() == Relation.OWN_COMMITTEE && committee == null) {
                continue;
            }
            mine.addAll(open.find(user, state, committee,
                    d -> actors.is(user, actor, d.id(), d.committeeId(), d.committeeCode())));
        }
        return mine.stream().sorted(OpenDrafts.URGENCY).limit(DESK_LIMIT).toList();
    }

    /** Whether the signed-in user may see the pendency dashboard. */
    public boolean mayViewPendency() {
        return currentUser.get().map(PendencyService::mayView).orElse(false);
    }

    /**
     * Every open draft the user may see (the secretary and the focal person every submitted one, a committee its
     * own, auditors all; an administrator's role alone sees none, as everywhere), what it waits for and how late,
     * overdue first.
     */
    public Pendency pendency() {
        var user = requireMayView();
        var all = new ArrayList<PendingDraft>();
        for (var state : open.openStates()) {
            all.addAll(open.find(user, state, null, d -> true));
        }
        all.sort(OpenDrafts.URGENCY);
        var byCommittee = new HashMap<String, Pendency.Count>();
        var byState = new HashMap<DraftStatus, Pendency.Count>();
        for (var d : all) {
            byCommittee.merge(d.committeeCode(), new Pendency.Count(1, d.overdue() ? 1 : 0),
                    (a, b) -> new Pendency.Count(a.open() + b.open(), a.overdue() + b.overdue()));
            byState.merge(d.status(), new Pendency.Count(1, d.overdue() ? 1 : 0),
                    (a, b) -> new Pendency.Count(a.open() + b.open(), a.overdue() + b.overdue()));
        }
        int overdue = (int) all.stream().filter(PendingDraft::overdue).count();
        return new Pendency(all.stream().limit(LIST_LIMIT).toList(), all.size(), overdue, byCommittee, byState);
    }

    /** A chart of the pendency as a PNG image, its labels in {@code locale}. */
    public byte[] chart(PendencyChart kind, Locale locale) {
        var pendency = pendency();
        return switch (kind) {
            case BY_COMMITTEE -> charts.byCommittee(pendency, locale);
            case BY_STATE -> charts.byState(pendency, locale);
        };
    }

    private MashwaraUser requireMayView() {
        var user = currentUser.require();
        if (!mayView(user)) {
            throw new AccessDeniedException("The pendency dashboard is for the NSMCWG's secretary and focal person,"
                    + " the committees, auditors and administrators");
        }
        return user;
    }

    private static boolean mayView(MashwaraUser user) {
        return user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON, Role.AUDITOR, Role.ADMIN, Role.COMMITTEE_DRAFTER,
                Role.COMMITTEE_OFFICER);
    }
}
