package pk.gov.mashwara.directions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.directions.domain.ProgressReport;
import pk.gov.mashwara.directions.domain.ProgressReportRepository;
import pk.gov.mashwara.directions.domain.ReportSchedule;
import pk.gov.mashwara.directions.domain.ReportScheduleRepository;
import pk.gov.mashwara.directions.domain.ReportSent;
import pk.gov.mashwara.directions.domain.ReportSentRepository;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.StoredFiles;
import pk.gov.mashwara.record.ProgressReportDocument;
import pk.gov.mashwara.record.ProgressReportFiles;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The progress report to the issuing office (see docs/decisions/026-progress-report.md): written for a letter, a
 * reporting office and a period as PDF and DOCX, signed off by that office's officer (append-only, hashed), kept,
 * recorded as sent, compared with the last one; and the schedule on which reports fall due.
 * <p>
 * A reporting office is one that acts on a direction of the letter. A user of such an office writes its report and
 * no other; the issuing office's people and whoever sees the whole cascade write any acting office's. Only the
 * office's own officer signs it off and records it sent. A letter the user may not see is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProgressReports {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final int MAX_DIARY = 100;
    /** The office code that asks for the consolidated report of every acting office. */
    public static final String CONSOLIDATED = "ALL";
    /** The first line of a consolidated report's snapshot: hashed with it, so the scope cannot change unseen. */
    static final String CONSOLIDATED_MARK = "SCOPE=ALL\n";

    private final LetterService letters;
    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final ProgressReportRepository reports;
    private final ReportSentRepository sent;
    private final ReportScheduleRepository schedules;
    private final StoredFiles files;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final ProgressReportProperties properties;
    private final ReportDueDates dueDates;
    private final Clock clock;

    ProgressReports(LetterService letters, Cascades cascades, CascadeViews views, DirectionAccess access,
            ProgressReportRepository reports, ReportSentRepository sent, ReportScheduleRepository schedules,
            StoredFiles files, CurrentUser currentUser, ApplicationEventPublisher publisher,
            ProgressReportProperties properties, ReportDueDates dueDates, Clock clock) {
        this.dueDates = dueDates;
        this.letters = letters;
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.reports = reports;
        this.sent = sent;
        this.schedules = schedules;
        this.files = files;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The letter's reports, schedule and what is due, as the user may see them. */
    @Transactional(readOnly = true)
    public ProgressReportsOverview overview(long letterId) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var bodies = generatable(user, cascade);
        var own = own(user, cascade);
        var schedule = schedules.findById(cascade.root.getId());
        var seen = new ArrayList<ProgressReportInfo>();
        for (var report : reports.findByLetterIdOrderByIdAsc(cascade.root.getId()).reversed()) {
            if (seesReport(user, cascade, report)) {
                seen.add(info(user, cascade, report));
            }
        }
        var due = new ArrayList<ReportDue>();
        if (schedule.isPresent()) {
            for (var body : bodies) {
                dueDates.nextDue(cascade, body.id(), schedule.get()).ifPresent(day -> due.add(due(cascade, body, day)));
            }
        }
        var today = views.today();
        var suggestedFrom = own.map(b -> suggestedFrom(cascade, b)).filter(d -> !d.isAfter(today))
                .orElse(own.isPresent() ? today : cascade.root.getLetterDate());
        var consolidates = access.seesWhole(user, cascade);
        // read only for those who may write one (a query less on every letter page of an acting office)
        var consolidatedFrom = consolidates ? suggestedFromConsolidated(cascade) : today;
        return new ProgressReportsOverview(cascade.root.getId(), bodies,
                own.filter(b -> access.officerOf(user, b)).isPresent(), schedules(user, cascade),
                schedule.map(ProgressReports::scheduleInfo).orElse(null), due, seen, suggestedFrom, today,
                consolidates, consolidates && compilerSigning(user, cascade).isPresent(),
                consolidatedFrom.isAfter(today) ? today : consolidatedFrom);
    }

    /** The report as a PDF, for download (not kept); audited. */
    @Transactional(readOnly = true)
    public GeneratedReport pdf(long letterId, String bodyCode, LocalDate from, LocalDate to, String diaryNumber) {
        return generate(letterId, bodyCode, from, to, diaryNumber, true);
    }

    /** The report as an editable Word document, for download (not kept); audited. */
    @Transactional(readOnly = true)
    public GeneratedReport docx(long letterId, String bodyCode, LocalDate from, LocalDate to, String diaryNumber) {
        return generate(letterId, bodyCode, from, to, diaryNumber, false);
    }

    private GeneratedReport generate(long letterId, String bodyCode, LocalDate from, LocalDate to, String diary,
            boolean pdf) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var scope = scope(user, cascade, bodyCode);
        var period = period(cascade, scope, from, to);
        var diaryNumber = Checks.optional(diary, "diaryNumber", MAX_DIARY);
        var written = write(user, cascade, scope, period[0], period[1], diaryNumber, null);
        var bytes = pdf ? ProgressReportFiles.pdf(written.document) : ProgressReportFiles.docx(written.document);
        var name = fileName(cascade, scope, period[0], period[1], pdf);
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_REPORT_EXPORTED, cascade.root.getId(), describe(cascade, scope)
                        + " for " + period[0] + " to " + period[1] + " as " + (pdf ? "PDF" : "DOCX") + ", sha256 "
                        + ReportHash.sha256(bytes)));
        return new GeneratedReport(name, pdf ? PDF : DOCX, bytes);
    }

    /**
     * The user's office's officer signs off its report for the period with the office's diary number: the PDF and
     * DOCX are written, kept in the file store, and recorded with the hash over them, once and for good.
     */
    public ProgressReportInfo signOff(long letterId, LocalDate from, LocalDate to, String diaryNumber) {
        return signOff(letterId, false, from, to, diaryNumber);
    }

    /**
     * As {@link #signOff(long, LocalDate, LocalDate, String)}; with {@code consolidated}, the consolidated report of
     * every acting office, signed off by the officer of the office that compiles it: one that sees the whole cascade
     * and is not the issuing office (the NSMCWG's secretariat for a social-media letter).
     */
    public ProgressReportInfo signOff(long letterId, boolean consolidated, LocalDate from, LocalDate to,
            String diaryNumber) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var scope = consolidated
                ? compilerSigning(user, cascade).filter(b -> access.seesWhole(user, cascade)).map(b -> new Scope(b, true))
                        .orElseThrow(() -> new ForbiddenException("error.directions.report.consolidated.signOff"))
                : own(user, cascade).filter(b -> access.officerOf(user, b)).map(b -> new Scope(b, false))
                        .orElseThrow(() -> new ForbiddenException("error.directions.report.signOff.forbidden"));
        var body = scope.office();
        var period = period(cascade, scope, from, to);
        var diary = Checks.required(diaryNumber, "diaryNumber", MAX_DIARY);
        var signedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var signerName = user.displayName() == null || user.displayName().isBlank() ? user.getUsername()
                : user.displayName();
        var written = write(user, cascade, scope, period[0], period[1], diary, signerName);
        var pdf = files.store(fileName(cascade, scope, period[0], period[1], true),
                new ByteArrayInputStream(ProgressReportFiles.pdf(written.document)));
        var docx = files.store(fileName(cascade, scope, period[0], period[1], false),
                new ByteArrayInputStream(ProgressReportFiles.docx(written.document)));
        var hash = ReportHash.of(cascade.root.getId(), body, period[0], period[1], diary, written.snapshot,
                pdf.sha256(), docx.sha256(), user.getUsername(), signerName, signedAt);
        var saved = reports.save(new ProgressReport(cascade.root.getId(), body, period[0], period[1], diary,
                written.snapshot, pdf.fileName(), pdf.sizeBytes(), pdf.sha256(), docx.fileName(), docx.sizeBytes(),
                docx.sha256(), user.getUsername(), signerName, signedAt, hash, scope.consolidated()));
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_REPORT_SIGNED, cascade.root.getId(), cascade.body(body).code()
                        + " signed off its " + (scope.consolidated() ? "consolidated " : "") + "progress report " + diary + " for " + period[0] + " to " + period[1]
                        + ": pdf sha256 " + pdf.sha256() + ", docx sha256 " + docx.sha256() + ", hash " + hash));
        return info(user, cascade, saved);
    }

    /** The report's office's officer records the day it was sent, once. */
    public ProgressReportInfo recordSent(long letterId, long reportId, LocalDate sentOn) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var report = report(user, cascade, reportId);
        if (!access.officerOf(user, report.getCommitteeId())) {
            throw new ForbiddenException("error.directions.report.sent.forbidden");
        }
        if (sent.findByReportId(reportId).isPresent()) {
            throw new ConflictException("error.directions.report.sent.already", report.getDiaryNumber());
        }
        var on = Checks.date(sentOn, "sentOn", views.today());
        if (on.isBefore(report.getSignedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate())) {
            throw InvalidInputException.onField("sentOn", "error.directions.report.sent.beforeSigned");
        }
        sent.save(new ReportSent(reportId, on, user.getUsername(), clock.instant()));
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_REPORT_SENT, cascade.root.getId(), cascade.body(report.getCommitteeId())
                        .code() + " recorded its " + (report.isConsolidated() ? "consolidated " : "")
                        + "progress report " + report.getDiaryNumber() + " as sent on " + on));
        return info(user, cascade, report);
    }

    /** A kept report's PDF or DOCX, byte for byte; audited. */
    @Transactional(readOnly = true)
    public FileDownload kept(long letterId, long reportId, boolean pdf) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        var report = report(user, cascade, reportId);
        var file = pdf ? new AttachedFile(report.getPdfName(), PDF, report.getPdfSize(), report.getPdfSha256())
                : new AttachedFile(report.getDocxName(), DOCX, report.getDocxSize(), report.getDocxSha256());
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_REPORT_DOWNLOADED, cascade.root.getId(), "progress report "
                        + report.getDiaryNumber() + ", file " + file.fileName() + ", sha256 " + file.sha256()));
        return files.open(file);
    }

    /** Sets when the letter's reports fall due: by the issuing office's officer or an acting office's. */
    public ReportScheduleInfo schedule(long letterId, ReportEvery every, LocalDate startsOn) {
        var user = currentUser.require();
        var cascade = letters.visible(user, letterId);
        if (!schedules(user, cascade)) {
            throw new ForbiddenException("error.directions.report.schedule.forbidden");
        }
        if (every == null) {
            throw InvalidInputException.onField("every", "error.directions.required", Checks.label("every"));
        }
        var starts = startsOn == null ? views.today() : Checks.date(startsOn, "startsOn", null);
        if (starts.isBefore(cascade.root.getLetterDate())) {
            throw InvalidInputException.onField("startsOn", "error.directions.report.schedule.beforeLetter");
        }
        var schedule = schedules.findById(cascade.root.getId()).orElse(null);
        if (schedule == null) {
            schedule = new ReportSchedule(cascade.root.getId(), every, starts, user.getUsername(), clock.instant());
        } else {
            schedule.change(every, starts, user.getUsername(), clock.instant());
        }
        schedules.save(schedule);
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_REPORT_SCHEDULED, cascade.root.getId(), "progress reports "
                        + every.name().toLowerCase(Locale.ROOT) + " from " + starts));
        return scheduleInfo(schedule);
    }

    /** The reports the user's office owes (due within the reminder's days, or overdue), the most overdue first. */
    @Transactional(readOnly = true)
    public List<ReportDue> dueForMyBody() {
        var user = currentUser.require();
        var body = access.bodyOf(user);
        if (body.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<ReportDue>();
        var today = views.today();
        for (var schedule : schedules.findAll()) {
            var cascade = cascades.of(schedule.getLetterId());
            if (!reporting(cascade, body.get())) {
                continue;
            }
            dueDates.nextDue(cascade, body.get(), schedule)
                    .filter(day -> !today.isBefore(day.minusDays(properties.remindBeforeDays())))
                    .ifPresent(day -> out.add(due(cascade, cascade.body(body.get()), day)));
        }
        out.sort(Comparator.comparing(ReportDue::due));
        return out;
    }

    // ---- who and what

    /** The office the user reports for on this letter: one that acts on a direction, not the issuing office. */
    private Optional<Long> own(MashwaraUser user, Cascade cascade) {
        return access.bodyOf(user).filter(b -> access.actsFor(user, b) && reporting(cascade, b));
    }

    static boolean reporting(Cascade cascade, long bodyId) {
        return bodyId != cascade.root.getIssuingOfficeId()
                && cascade.directions.stream().anyMatch(d -> cascade.acts(d, bodyId));
    }

    /**
     * The offices that are reminded: every office that acts on a direction — for "All Ministries/Divisions" every
     * active body of the directory, since each owes its report as much as a body named — and the letter's
     * addressees that act.
     */
    static List<Long> remindedBodies(Cascade cascade) {
        var ids = new TreeSet<Long>();
        cascade.directions.forEach(d -> cascade.acting(d).forEach(b -> ids.add(b.committeeId())));
        cascade.addressees.getOrDefault(cascade.root.getId(), List.of()).stream()
                .filter(a -> !a.isCopyOnly() && a.getCommitteeId() != null).forEach(a -> ids.add(a.getCommitteeId()));
        return ids.stream().filter(id -> reporting(cascade, id)).toList();
    }

    private List<BodyRef> generatable(MashwaraUser user, Cascade cascade) {
        var own = own(user, cascade);
        if (own.isPresent()) {
            return List.of(cascade.body(own.get()));
        }
        if (!access.seesWhole(user, cascade)) {
            return List.of();
        }
        var ids = new LinkedHashSet<Long>(remindedBodies(cascade));
        return ids.stream().map(cascade::body).sorted(Comparator.comparing(BodyRef::code)).toList();
    }

    /** What a report is of: one office's own progress, or every acting office's compiled by {@code office}. */
    record Scope(long office, boolean consolidated) {
    }

    private Scope scope(MashwaraUser user, Cascade cascade, String bodyCode) {
        var code = bodyCode == null || bodyCode.isBlank() ? null : bodyCode.strip();
        if (CONSOLIDATED.equalsIgnoreCase(code)) {
            if (!access.seesWhole(user, cascade)) {
                throw new ForbiddenException("error.directions.report.consolidated.forbidden");
            }
            return new Scope(access.bodyOf(user).orElse(cascade.root.getIssuingOfficeId()), true);
        }
        return new Scope(reportingBody(user, cascade, code), false);
    }

    /**
     * The office whose officer the user is and that may compile and sign off a consolidated report: one that is not
     * the issuing office (the issuing office does not report to itself; it reads the consolidated statement).
     */
    private Optional<Long> compilerSigning(MashwaraUser user, Cascade cascade) {
        return access.bodyOf(user).filter(b -> b != cascade.root.getIssuingOfficeId())
                .filter(b -> access.officerOf(user, b));
    }

    private long reportingBody(MashwaraUser user, Cascade cascade, String code) {
        var own = own(user, cascade);
        if (own.isPresent()) {
            if (code != null && !cascade.body(own.get()).code().equalsIgnoreCase(code)) {
                throw new ForbiddenException("error.directions.report.otherBody");
            }
            return own.get();
        }
        if (!access.seesWhole(user, cascade)) {
            throw new ForbiddenException("error.directions.report.forbidden");
        }
        if (code == null) {
            throw InvalidInputException.onField("body", "error.directions.report.body");
        }
        return cascade.committees.values().stream().filter(c -> c.code().equalsIgnoreCase(code)).map(c -> c.id())
                .filter(id -> reporting(cascade, id)).findFirst()
                .orElseThrow(() -> InvalidInputException.onField("body", "error.directions.report.notActing", code));
    }

    private boolean schedules(MashwaraUser user, Cascade cascade) {
        return access.officerOf(user, cascade.root.getIssuingOfficeId())
                || own(user, cascade).filter(b -> access.officerOf(user, b)).isPresent();
    }

    /** A consolidated report shows every office's evidence: only those who see the whole cascade read it. */
    private boolean seesReport(MashwaraUser user, Cascade cascade, ProgressReport report) {
        return access.seesWhole(user, cascade) || !report.isConsolidated()
                && access.bodyOf(user).filter(b -> b == report.getCommitteeId()).isPresent();
    }

    private ProgressReport report(MashwaraUser user, Cascade cascade, long reportId) {
        return reports.findById(reportId).filter(r -> r.getLetterId() == cascade.root.getId())
                .filter(r -> seesReport(user, cascade, r))
                .orElseThrow(() -> new NotFoundException("error.directions.report.notFound", reportId));
    }

    private LocalDate[] period(Cascade cascade, Scope scope, LocalDate from, LocalDate to) {
        var today = views.today();
        var end = to == null ? today : Checks.date(to, "to", today);
        var start = from != null ? Checks.date(from, "from", today)
                : scope.consolidated() ? suggestedFromConsolidated(cascade) : suggestedFrom(cascade, scope.office());
        if (start.isAfter(end)) {
            if (from == null) {
                start = end;
            } else {
                throw InvalidInputException.onField("to", "error.directions.period");
            }
        }
        return new LocalDate[] { start, end };
    }

    private LocalDate suggestedFrom(Cascade cascade, long body) {
        return reports.findFirstByLetterIdAndCommitteeIdAndConsolidatedFalseOrderByIdDesc(cascade.root.getId(), body)
                .map(r -> r.getPeriodTo().plusDays(1)).orElse(cascade.root.getLetterDate());
    }

    private LocalDate suggestedFromConsolidated(Cascade cascade) {
        return reports.findFirstByLetterIdAndConsolidatedTrueOrderByIdDesc(cascade.root.getId())
                .map(r -> r.getPeriodTo().plusDays(1)).orElse(cascade.root.getLetterDate());
    }

    private static String fileName(Cascade cascade, Scope scope, LocalDate from, LocalDate to, boolean pdf) {
        return (scope.consolidated() ? "Consolidated progress report " : "Progress report "
                + cascade.body(scope.office()).code() + " ") + from + " to " + to + (pdf ? ".pdf" : ".docx");
    }

    private static String describe(Cascade cascade, Scope scope) {
        return scope.consolidated() ? "consolidated progress report compiled by " + cascade.body(scope.office()).code()
                : "progress report of " + cascade.body(scope.office()).code();
    }

    // ---- the schedule

    private ReportDue due(Cascade cascade, BodyRef body, LocalDate day) {
        var today = views.today();
        var overdue = today.isAfter(day);
        return new ReportDue(cascade.root.getId(), cascade.root.getReference(), cascade.root.getSubject(), body, day,
                overdue, overdue ? ChronoUnit.DAYS.between(day, today) : 0);
    }

    private static ReportScheduleInfo scheduleInfo(ReportSchedule s) {
        return new ReportScheduleInfo(s.getKind(), s.getStartsOn(), s.getSetBy(), s.getSetAt());
    }

    private ProgressReportInfo info(MashwaraUser user, Cascade cascade, ProgressReport r) {
        var recomputed = ReportHash.of(r.getLetterId(), r.getCommitteeId(), r.getPeriodFrom(), r.getPeriodTo(),
                r.getDiaryNumber(), r.getSnapshot(), r.getPdfSha256(), r.getDocxSha256(), r.getSigner(),
                r.getSignerName(), r.getSignedAt());
        var intact = recomputed.equals(r.getHash()) && r.isConsolidated() == r.getSnapshot().startsWith(CONSOLIDATED_MARK);
        var when = sent.findByReportId(r.getId());
        return new ProgressReportInfo(r.getId(), r.getLetterId(), cascade.body(r.getCommitteeId()), r.getPeriodFrom(),
                r.getPeriodTo(), r.getDiaryNumber(),
                new AttachedFile(r.getPdfName(), PDF, r.getPdfSize(), r.getPdfSha256()),
                new AttachedFile(r.getDocxName(), DOCX, r.getDocxSize(), r.getDocxSha256()), r.getSigner(),
                r.getSignerName(), r.getSignedAt(), r.getHash(), intact,
                when.map(ReportSent::getSentOn).orElse(null), when.map(ReportSent::getRecordedBy).orElse(null),
                when.isEmpty() && access.officerOf(user, r.getCommitteeId()), r.isConsolidated());
    }

    // ---- what the report says

    private record Written(ProgressReportDocument document, String snapshot) {
    }

    /**
     * A previous report's snapshot: each direction's status (an office's report, keyed by the direction's id) or each
     * office's status on each direction (a consolidated one, keyed "direction:office"), and the entries it knew.
     */
    private record Snapshot(Map<String, String> statuses, Set<Long> entries) {

        static Snapshot parse(String text) {
            var statuses = new HashMap<String, String>();
            var entries = new HashSet<Long>();
            for (var line : text.split("\n")) {
                if (line.startsWith("D") && line.contains("=")) {
                    statuses.put(line.substring(1, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                } else if (line.startsWith("E")) {
                    entries.add(Long.parseLong(line.substring(1)));
                }
            }
            return new Snapshot(statuses, entries);
        }
    }

    /** What the rows are being built from and into. */
    private static final class Table {
        final List<ProgressReportDocument.Row> rows = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        final StringBuilder snapshot = new StringBuilder();
        final Snapshot before;

        Table(Snapshot before) {
            this.before = before;
        }
    }

    private Written write(MashwaraUser user, Cascade cascade, Scope scope, LocalDate from, LocalDate to,
            String diaryNumber, String signatory) {
        var previous = scope.consolidated()
                ? reports.findFirstByLetterIdAndConsolidatedTrueOrderByIdDesc(cascade.root.getId())
                : reports.findFirstByLetterIdAndCommitteeIdAndConsolidatedFalseOrderByIdDesc(cascade.root.getId(),
                        scope.office());
        var table = new Table(previous.map(p -> Snapshot.parse(p.getSnapshot())).orElse(null));
        if (scope.consolidated()) {
            table.snapshot.append(CONSOLIDATED_MARK);
        }
        for (var direction : cascade.directions) {
            if (!access.seesDirection(user, cascade, direction)) {
                continue;
            }
            if (!scope.consolidated()) {
                if (cascade.acts(direction, scope.office())) {
                    var info = views.direction(cascade, direction);
                    var mine = info.bodies().stream().filter(b -> b.body().id() == scope.office()).findFirst()
                            .orElseThrow();
                    row(user, cascade, table, info, direction, mine, true, false, from, to);
                }
                continue;
            }
            var info = views.direction(cascade, direction);
            var bodies = info.bodies();
            if (info.allBodies()) {
                // Every body of the directory acts: those that recorded progress get rows, the rest one row together.
                var reported = bodies.stream()
                        .filter(b -> entriesOf(cascade, direction, b.body().id(), to).findAny().isPresent()).toList();
                var silent = bodies.stream().filter(b -> !reported.contains(b)).toList();
                var first = true;
                for (var b : reported) {
                    row(user, cascade, table, info, direction, b, first, true, from, to);
                    first = false;
                }
                if (!silent.isEmpty()) {
                    silentRow(cascade, table, info, direction, silent, first);
                }
            } else if (bodies.isEmpty()) {
                table.rows.add(new ProgressReportDocument.Row(direction.getLabel(), direction.getText(),
                        timeline(direction, info), actionBy(direction), "—", "—", List.of(),
                        "No office is named to act on it.", 0, table.before == null ? "" : "No change"));
            } else {
                var first = true;
                for (var b : bodies) {
                    row(user, cascade, table, info, direction, b, first, true, from, to);
                    first = false;
                }
            }
        }
        var root = cascade.root;
        var issuing = cascade.body(root.getIssuingOfficeId());
        var office = cascade.body(scope.office());
        var covering = scope.office() != root.getIssuingOfficeId();
        var document = new ProgressReportDocument(office.name(), office.code(), covering ? issuing.name() : null,
                diaryNumber, DAY.format(views.today()), root.getReference(), issuing.name() + " letter "
                        + (root.getReference().regionMatches(true, 0, "No", 0, 2) ? "" : "No. ") + root.getReference()
                        + " dated " + DAY.format(root.getLetterDate()),
                root.getSubject(), DAY.format(from) + " to " + DAY.format(to),
                Messages.get(Locale.ENGLISH, "classification." + root.getClassification().name()),
                previous.map(p -> DAY.format(p.getSignedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate()))
                        .orElse(null),
                table.changes, table.rows, signatory,
                user.displayName() == null ? user.getUsername() : user.displayName(), clock.instant(),
                scope.consolidated());
        return new Written(document, table.snapshot.toString());
    }

    private static Stream<ProgressEntry> entriesOf(Cascade cascade,
            Direction direction, long body, LocalDate to) {
        return cascade.entries.getOrDefault(direction.getId(), List.<ProgressEntry>of()).stream()
                .filter(e -> e.getCommitteeId() == body && !e.getEntryDate().isAfter(to));
    }

    private static String timeline(Direction direction, DirectionInfo info) {
        return direction.getTimelineText() + (info.due() == null ? "" : "\n(due " + DAY.format(info.due()) + ")");
    }

    private static String actionBy(Direction direction) {
        return direction.getActionByText() == null || direction.getActionByText().isBlank() ? "—"
                : direction.getActionByText();
    }

    /** One office's row on a direction: in an office's report the only one, in a consolidated report one of several. */
    private void row(MashwaraUser user, Cascade cascade, Table table, DirectionInfo info,
            Direction direction, BodyStatus mine, boolean first,
            boolean consolidated, LocalDate from, LocalDate to) {
        var body = mine.body().id();
        var code = cascade.body(body).code();
        var all = entriesOf(cascade, direction, body, to)
                .sorted(Comparator.comparing(ProgressEntry::getEntryDate).thenComparing(ProgressEntry::getId)).toList();
        var inPeriod = all.stream().filter(e -> !e.getEntryDate().isBefore(from)).map(e -> views.entry(user, cascade, e))
                .toList();
        var status = label(mine.status()) + (mine.awaitingConfirmation() ? " (done, awaiting the lead's confirmation)"
                : "") + (mine.percent() != null && mine.status() != ProgressStatus.DONE ? ", " + mine.percent() + "%"
                        : "");
        var statusKey = mine.status().name() + (mine.awaitingConfirmation() ? "+awaiting" : "");
        var key = consolidated ? direction.getId() + ":" + body : Long.toString(direction.getId());
        table.snapshot.append('D').append(key).append('=').append(statusKey).append('\n');
        all.forEach(e -> table.snapshot.append('E').append(e.getId()).append('\n'));

        var progress = new StringBuilder();
        var evidence = new ArrayList<ProgressReportDocument.Evidence>();
        for (var entry : inPeriod) {
            if (!progress.isEmpty()) {
                progress.append("\n");
            }
            progress.append(DAY.format(entry.date())).append(": ");
            if (entry.detailed()) {
                progress.append(entry.done() == null ? label(entry.status()) : entry.done());
                if (entry.milestone() != null) {
                    progress.append(" (").append(entry.milestone()).append(")");
                }
                entry.evidence().forEach(e -> evidence.add(new ProgressReportDocument.Evidence(e.file().fileName(),
                        e.file().sha256())));
            } else {
                progress.append(label(entry.status()));
            }
        }
        var remarks = new ArrayList<String>();
        var latest = inPeriod.isEmpty() ? null : inPeriod.getLast();
        if (latest != null && latest.detailed() && latest.reason() != null) {
            remarks.add("Cannot proceed: " + latest.reason());
        }
        if (latest != null && latest.detailed() && latest.remains() != null) {
            remarks.add("Remains: " + latest.remains());
        }
        if (inPeriod.isEmpty()) {
            remarks.add("No progress recorded in the period.");
        }
        var overdueDays = mine.status() == ProgressStatus.DONE ? 0 : info.overdueDays();
        var subject = consolidated ? "Direction " + direction.getLabel() + ", " + code : "Direction " + direction.getLabel();

        String changed;
        var before = table.before;
        if (before == null) {
            changed = "";
        } else {
            var was = before.statuses().get(key);
            var fresh = all.stream().filter(e -> !before.entries().contains(e.getId())).count();
            var parts = new ArrayList<String>();
            if (was == null) {
                parts.add("New in this report");
                table.changes.add(subject + ": new in this report.");
            } else if (!was.equals(statusKey)) {
                var wasLabel = statusLabel(was);
                parts.add("Was " + wasLabel.toLowerCase(Locale.ENGLISH) + ", now " + status.toLowerCase(Locale.ENGLISH));
                table.changes.add(subject + ": status changed from " + wasLabel + " to " + status + ".");
            }
            if (fresh > 0) {
                parts.add(fresh + " new entr" + (fresh == 1 ? "y" : "ies"));
                table.changes.add(subject + ": " + fresh + " new progress entr" + (fresh == 1 ? "y" : "ies") + ".");
            }
            changed = parts.isEmpty() ? "No change" : String.join("; ", parts);
        }
        var part = mine.lead() ? ", lead)" : ", supporting)";
        table.rows.add(new ProgressReportDocument.Row(direction.getLabel(), first ? direction.getText() : "",
                first ? timeline(direction, info) : "",
                consolidated ? (first ? actionBy(direction) + "\n" : "") + "(" + code + part
                        : actionBy(direction) + "\n(" + code + part,
                status, progress.isEmpty() ? "—" : progress.toString(), evidence, String.join("\n", remarks),
                overdueDays, changed));
    }

    /** In a consolidated report, the offices named through "All Ministries/Divisions" that recorded nothing. */
    private static void silentRow(Cascade cascade, Table table, DirectionInfo info,
            Direction direction, List<BodyStatus> silent, boolean first) {
        var codes = silent.stream().map(b -> cascade.body(b.body().id()).code()).sorted().toList();
        // remembered as not started, so that the next report says "was not started" of one that reports meanwhile
        silent.forEach(b -> table.snapshot.append('D').append(direction.getId()).append(':').append(b.body().id())
                .append('=').append(ProgressStatus.NOT_STARTED.name()).append('\n'));
        table.rows.add(new ProgressReportDocument.Row(direction.getLabel(), first ? direction.getText() : "",
                first ? timeline(direction, info) : "",
                (first ? actionBy(direction) + "\n" : "") + "(the other " + codes.size() + " offices)",
                label(ProgressStatus.NOT_STARTED), "—", List.of(),
                "No progress recorded by: " + String.join(", ", codes) + ".", info.overdueDays(),
                table.before == null ? "" : "—"));
    }

    private static String label(ProgressStatus status) {
        return Messages.get(Locale.ENGLISH, "directions.status." + status.name());
    }

    private static String statusLabel(String key) {
        var awaiting = key.endsWith("+awaiting");
        var name = awaiting ? key.substring(0, key.indexOf('+')) : key;
        return label(ProgressStatus.valueOf(name)) + (awaiting ? " (done, awaiting the lead's confirmation)" : "");
    }
}
