package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The roll-up, read with the user's rights: the directions the user sees across letters (filtered by body, status,
 * overdue), those waiting for the user's body (overdue first), and per letter, per direction, per body the status,
 * due date, overdue days and the entries of a period — what a progress report, a compliance dashboard or a
 * pendency tab is built from.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceQueries {

    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final LetterService letters;
    private final CurrentUser currentUser;

    ComplianceQueries(Cascades cascades, CascadeViews views, DirectionAccess access, LetterService letters,
            CurrentUser currentUser) {
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.letters = letters;
        this.currentUser = currentUser;
    }

    /**
     * The directions the user sees, of every letter, most overdue first.
     *
     * @param bodyCode only those this body acts on (null: any)
     * @param status   only those with this rolled-up status (null: any)
     * @param overdue  only the overdue ones (true), only the others (false), or all (null)
     */
    public List<DirectionInfo> directions(String bodyCode, ProgressStatus status, Boolean overdue) {
        var user = currentUser.require();
        var out = new ArrayList<DirectionInfo>();
        for (var cascade : cascades.all()) {
            if (!access.seesLetters(user, cascade)) {
                continue;
            }
            Long bodyId = null;
            if (bodyCode != null && !bodyCode.isBlank()) {
                bodyId = cascade.committees.values().stream().filter(c -> c.code().equalsIgnoreCase(bodyCode.strip()))
                        .map(c -> c.id()).findFirst().orElseThrow(() -> InvalidInputException.onField("body",
                                "error.directions.body.unknownCode", bodyCode));
            }
            for (var info : views.visibleDirections(user, cascade)) {
                if ((bodyId == null || info.actsOn(bodyId)) && (status == null || info.status() == status)
                        && (overdue == null || info.overdue() == overdue)) {
                    out.add(info);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The directions the user's body acts on and has not done, overdue first (most overdue first), then by due. */
    public List<DirectionInfo> waitingForMyBody() {
        var user = currentUser.require();
        var body = access.bodyOf(user).filter(b -> access.actsFor(user, b));
        if (body.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<DirectionInfo>();
        for (var cascade : cascades.all()) {
            for (var direction : cascade.directions) {
                if (!cascade.acts(direction, body.get())) {
                    continue;
                }
                var info = views.direction(cascade, direction);
                var mine = info.bodies().stream().filter(b -> b.body().id() == body.get()).findFirst().orElseThrow();
                if (mine.status() != ProgressStatus.DONE) {
                    out.add(info);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Most overdue first, then the earliest due, those without a due date last. */
    static final Comparator<DirectionInfo> ORDER = Comparator.comparing(DirectionInfo::overdueDays).reversed()
            .thenComparing(DirectionInfo::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DirectionInfo::letterId).thenComparing(DirectionInfo::id);

    /**
     * Per direction the user sees, per acting body: status, due date, overdue days and the body's entries dated from
     * {@code from} to {@code to} (both included; null: open).
     */
    public List<ComplianceRow> rollUp(long letterId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.onField("to", "error.directions.period");
        }
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var rows = new ArrayList<ComplianceRow>();
        for (var direction : cascade.directions) {
            if (!access.seesDirection(user, cascade, direction)) {
                continue;
            }
            var info = views.direction(cascade, direction);
            for (var body : info.bodies()) {
                var entries = cascade.entries.getOrDefault(direction.getId(), List.of()).stream()
                        .filter(e -> e.getCommitteeId() == body.body().id())
                        .filter(e -> (from == null || !e.getEntryDate().isBefore(from))
                                && (to == null || !e.getEntryDate().isAfter(to)))
                        .map(e -> views.entry(user, cascade, e)).toList();
                rows.add(new ComplianceRow(cascade.root.getId(), direction.getId(), direction.getLabel(),
                        direction.getTimelineText(), body, info.status(), info.due(), info.overdue(),
                        info.overdueDays(), entries));
            }
        }
        return rows;
    }
}
