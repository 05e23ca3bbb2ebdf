package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;

/**
 * The compliance dashboard and the directions' pendency, read with the user's rights. The dashboard (for the
 * issuing office's monitor, the NSMCWG's secretary and focal person, and the auditor) gives per letter, per
 * direction, per body a colour ({@link Rag}) and the colours week by week as the progress entries recorded them;
 * the pendency gives the directions not done that the user sees, overdue first, with charts by body and by status.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ComplianceDashboard {

    /** How many weeks the chart over time shows at most. */
    public static final int MAX_WEEKS = 52;

    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final DueDates dueDates;
    private final ComplianceCharts charts;
    private final CurrentUser currentUser;

    ComplianceDashboard(Cascades cascades, CascadeViews views, DirectionAccess access, DueDates dueDates,
            ComplianceCharts charts, CurrentUser currentUser) {
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.dueDates = dueDates;
        this.charts = charts;
        this.currentUser = currentUser;
    }

    /** Whether the user may open the compliance dashboard. */
    public boolean mayView() {
        return currentUser.get().map(ComplianceDashboard::mayView).orElse(false);
    }

    private static boolean mayView(MashwaraUser user) {
        return user.hasAny(Role.PMO_MONITOR, Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON, Role.AUDITOR);
    }

    private MashwaraUser requireMayView() {
        var user = currentUser.require();
        if (!mayView(user)) {
            throw new AccessDeniedException("The compliance dashboard is for the issuing office's monitor, the"
                    + " NSMCWG's secretary and focal person, and auditors");
        }
        return user;
    }

    /** Every letter at the top of a cascade the user sees, newest first, with the colours of its directions. */
    public List<ComplianceLetter> letters() {
        var user = requireMayView();
        var out = new ArrayList<ComplianceLetter>();
        for (var cascade : cascades.all()) {
            if (!access.seesLetters(user, cascade)) {
                continue;
            }
            var visible = views.visibleDirections(user, cascade);
            if (visible.isEmpty()) {
                continue;
            }
            var counts = new EnumMap<Rag, Integer>(Rag.class);
            var directions = new ArrayList<ComplianceLetter.Direction>();
            for (var info : visible) {
                var rag = Rag.of(info.status(), info.overdue());
                counts.merge(rag, 1, Integer::sum);
                directions.add(new ComplianceLetter.Direction(info, rag, info.bodies().stream()
                        .map(b -> new ComplianceLetter.Body(b, Rag.of(b, info.overdue()))).toList()));
            }
            var root = cascade.root;
            out.add(new ComplianceLetter(root.getId(), root.getReference(), root.getLetterDate(), root.getSubject(),
                    cascade.body(root.getIssuingOfficeId()), counts, directions));
        }
        return out;
    }

    /**
     * The colours of the directions the user sees (of one letter, or of all), at the end of each of the last
     * {@code weeks} weeks (today the last), as the progress entries dated up to then show them: a body's status is
     * that of its latest entry by then, done only once confirmed by then, and overdue as of that day. Weeks before
     * the first letter are left out.
     */
    public List<RagWeek> history(Long letterId, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw InvalidInputException.onField("weeks", "error.compliance.weeks", MAX_WEEKS);
        }
        var user = requireMayView();
        var shown = new ArrayList<Cascade>();
        for (var cascade : cascades.all()) {
            if ((letterId == null || cascade.root.getId().equals(letterId)) && access.seesLetters(user, cascade)) {
                shown.add(cascade);
            }
        }
        if (letterId != null && shown.isEmpty()) {
            throw new pk.gov.mashwara.shared.NotFoundException("error.directions.letter.notFound", letterId);
        }
        var today = views.today();
        var first = shown.stream().map(c -> c.root.getLetterDate()).min(Comparator.naturalOrder()).orElse(today);
        var out = new ArrayList<RagWeek>();
        for (int i = weeks - 1; i >= 0; i--) {
            var day = today.minusWeeks(i);
            if (day.plusDays(6).isBefore(first)) {
                continue;
            }
            int red = 0;
            int amber = 0;
            int green = 0;
            for (var cascade : shown) {
                if (cascade.root.getLetterDate().isAfter(day)) {
                    continue;
                }
                for (var direction : cascade.directions) {
                    if (!access.seesDirection(user, cascade, direction)) {
                        continue;
                    }
                    switch (ragAsOf(cascade, direction, day)) {
                        case RED -> red++;
                        case AMBER -> amber++;
                        case GREEN -> green++;
                    }
                }
            }
            out.add(new RagWeek(day, red, amber, green));
        }
        return out;
    }

    /** A direction's colour at the end of {@code day}, from what was recorded by then. */
    Rag ragAsOf(Cascade cascade, Direction direction, LocalDate day) {
        var entries = cascade.entries.getOrDefault(direction.getId(), List.<ProgressEntry>of()).stream()
                .filter(e -> !e.getEntryDate().isAfter(day)).toList();
        var bodies = new ArrayList<BodyStatus>();
        for (var acting : cascade.acting(direction)) {
            var latest = entries.stream().filter(e -> e.getCommitteeId() == acting.committeeId())
                    .max(Comparator.comparing(ProgressEntry::getEntryDate).thenComparing(ProgressEntry::getId));
            var status = latest.map(e -> e.getStatus() == ProgressStatus.DONE && !confirmedBy(e, day)
                    ? ProgressStatus.IN_PROGRESS : e.getStatus()).orElse(ProgressStatus.NOT_STARTED);
            bodies.add(new BodyStatus(cascade.body(acting.committeeId()), acting.lead(), status, false, null, null));
        }
        var status = CascadeViews.rollUp(bodies);
        var events = new HashMap<String, LocalDate>();
        cascade.eventDays().forEach((name, on) -> {
            if (!on.isAfter(day)) {
                events.put(name, on);
            }
        });
        var due = dueDates.due(direction.timeline(), cascade.root.getLetterDate(), events);
        return Rag.of(status, due != null && status != ProgressStatus.DONE && day.isAfter(due));
    }

    /**
     * Whether the entry's report of done was confirmed by the end of {@code day}. The lead's own report of done
     * confirms itself in the same act, so it counts from the entry's date, as the entry itself does (an office may
     * record today what it did last month); a confirmation of another body's report counts from when it was given.
     */
    static boolean confirmedBy(ProgressEntry entry, LocalDate day) {
        if (!entry.isConfirmed() || entry.getConfirmedAt() == null) {
            return entry.isConfirmed();
        }
        var on = selfConfirmed(entry) ? entry.getEntryDate()
                : LocalDate.ofInstant(entry.getConfirmedAt(), WorkingCalendar.OFFICE_ZONE);
        return !on.isAfter(day);
    }

    /** Confirmed by the one who recorded it: the lead's own officer reporting done confirms in the same act. */
    private static boolean selfConfirmed(ProgressEntry entry) {
        return entry.getConfirmedBy() != null && entry.getConfirmedBy().equals(entry.getRecordedBy());
    }

    /** The chart of {@link #history} as a PNG image, its labels in {@code locale}. */
    public byte[] historyChart(Long letterId, int weeks, Locale locale) {
        return charts.history(history(letterId, weeks), locale);
    }

    // ---------------------------------------------------------------- the directions' pendency

    /**
     * Whether the pendency's directions tab is offered to the user: to whoever may act for a body on a letter (its
     * drafters and officers, the issuing office's monitor, the NSMCWG's secretary and focal person) and to auditors,
     * whether or not a letter names their body yet.
     */
    public boolean offersPendency() {
        var user = currentUser.require();
        return user.has(Role.AUDITOR) || access.bodyOf(user).filter(body -> access.actsFor(user, body)).isPresent();
    }

    /** The directions the user sees that are not done, most overdue first, then by due date. */
    public List<DirectionInfo> pending() {
        var user = currentUser.require();
        var out = new ArrayList<DirectionInfo>();
        for (var cascade : cascades.all()) {
            if (access.seesLetters(user, cascade)) {
                views.visibleDirections(user, cascade).stream().filter(d -> d.status() != ProgressStatus.DONE)
                        .forEach(out::add);
            }
        }
        out.sort(ComplianceQueries.ORDER);
        return out;
    }

    /**
     * The directions not done counted per acting body (each body not done on it) and per status: {@code [open,
     * overdue]}.
     */
    public Map<String, long[]> pendingByBody() {
        var counts = new TreeMap<String, long[]>();
        for (var d : pending()) {
            for (var body : d.bodies()) {
                if (body.status() != ProgressStatus.DONE) {
                    var c = counts.computeIfAbsent(body.body().code(), k -> new long[2]);
                    c[0]++;
                    c[1] += d.overdue() ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /** The directions not done counted per rolled-up status: {@code [open, overdue]}. */
    public Map<ProgressStatus, long[]> pendingByStatus() {
        var counts = new LinkedHashMap<ProgressStatus, long[]>();
        for (var d : pending()) {
            var c = counts.computeIfAbsent(d.status(), k -> new long[2]);
            c[0]++;
            c[1] += d.overdue() ? 1 : 0;
        }
        return counts;
    }

    /** A chart of the directions' pendency as a PNG image, its labels in {@code locale}. */
    public byte[] pendingChart(DirectionsChart kind, Locale locale) {
        return switch (kind) {
            case BY_BODY -> charts.pending(pendingByBody(), code -> code, "directions.pendency.chart.byBody",
                    "directions.pendency.body", locale, false);
            case BY_STATUS -> charts.pending(pendingByStatus(),
                    s -> Messages.get(locale, "directions.status." + s.name()), "directions.pendency.chart.byStatus",
                    "directions.pendency.status", locale, true);
        };
    }
}
