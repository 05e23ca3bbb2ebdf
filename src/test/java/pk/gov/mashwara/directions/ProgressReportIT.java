package pk.gov.mashwara.directions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.directions.domain.ReportReminderRepository;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * The progress report to the issuing office: its PDF and DOCX read back (rows, statuses, evidence hashes, overdue
 * days, the reference on every page), who may write, sign off and record it sent, the sign-off kept and hashed and
 * never changed, the next report showing what changed, and the schedule's reminders once per interval.
 */
@SpringBootTest
@Import({ Fixtures.class, DirectionsIT.TestClock.class })
class ProgressReportIT {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    /** Tuesday 1 December 2026: the letter's date. */
    static final LocalDate LETTER = LocalDate.of(2026, 12, 1);
    /** Thursday 24 December 2026: "today" in most tests. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 24);

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressReports reports;
    @Autowired
    ProgressReportReminders reminders;
    @Autowired
    ReportReminderRepository reminderRows;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    DirectionsWorld world;
    Instant started;
    LetterDetails letter;
    String minutesSha;
    String orderSha;

    @BeforeEach
    void world() {
        started = clock.instant();
        at(LETTER, 10);
        world = new DirectionsWorld(fixtures, directory);
        letter = world.letter(letters, LETTER, false, List.of(
                world.direction("1", Timeline.immediate()),
                world.direction("2", Timeline.byDate(LocalDate.of(2027, 1, 15))),
                world.direction("3", Timeline.within(1, Timeline.Unit.DAYS))));
        at(TODAY, 10);
        // 1: in progress with minutes as evidence; 3: done by the lead, its officer confirming; 2: not started
        as(world.leadDrafter, () -> progress.record(id("1"), new NewProgress(LocalDate.of(2026, 12, 20),
                ProgressStatus.IN_PROGRESS, "Meeting held with the platforms.", "Notification of the rules.", 40,
                null, null, false, List.of(DirectionsWorld.evidence("minutes.txt", "Minutes " + letter.letter().reference())))));
        as(world.leadOfficer, () -> progress.record(id("3"), new NewProgress(LocalDate.of(2026, 12, 21),
                ProgressStatus.DONE, "Office order issued.", null, 100, null, null, false,
                List.of(DirectionsWorld.evidence("office-order.txt", "Order " + letter.letter().reference())))));
        minutesSha = sha("Minutes " + letter.letter().reference());
        orderSha = sha("Order " + letter.letter().reference());
    }

    @AfterEach
    void restoreClock() {
        clock.set(started);
    }

    void at(LocalDate day, int hour) {
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(PKT).toInstant());
    }

    long id(String label) {
        return letter.directions().stream().filter(d -> d.label().equals(label)).findFirst().orElseThrow().id();
    }

    long letterId() {
        return letter.letter().id();
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of each page of the PDF. */
    static List<String> pages(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var pages = new ArrayList<String>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void the_pdf_has_the_covering_letter_and_a_row_per_direction_with_status_evidence_and_overdue_days()
            throws Exception {
        var report = as(world.leadOfficer, () -> reports.pdf(letterId(), null, LETTER, TODAY, "MOIT/D-77"));
        assertThat(report.mediaType()).isEqualTo("application/pdf");
        var pages = pages(report.content());
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        var reference = letter.letter().reference();
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Ref. " + reference).contains("UNCLASSIFIED")
                    .contains("Page " + (i + 1) + " of " + pages.size()).contains("Diary No. MOIT/D-77");
        }
        var all = String.join("\n", pages);
        var flat = all.replaceAll("\\s+", "");
        // the covering letter: from the lead office to the issuing office, quoting the letter
        assertThat(pages.getFirst()).contains("PROGRESS REPORT").contains("Directions test body " + world.lead)
                .contains("The Directions test body " + world.office).contains("No. MOIT/D-77")
                .contains("1 December 2026 to 24 December 2026");
        assertThat(flat).contains(("letter " + reference + " dated 1 December 2026").replaceAll("\\s+", ""))
                .doesNotContain("No.No.");
        // the table: each direction, its status, evidence named with its SHA-256, overdue days
        assertThat(all).contains("Direction 1 of the test letter.", "Direction 2 of the test letter.",
                "Direction 3 of the test letter.", "In progress", "Not started", "Done", "minutes.txt",
                "office-order.txt");
        assertThat(flat).contains("Meetingheldwiththeplatforms.", "Remains:Notificationoftherules.");
        assertThat(flat).contains(minutesSha).contains(orderSha);
        // immediate: 7 working days after 1 December is 10 December; on the 24th it is 14 days overdue
        var overdue = as(world.leadOfficer, () -> letters.letter(letterId())).directions().stream()
                .filter(d -> d.label().equals("1")).findFirst().orElseThrow().overdueDays();
        assertThat(overdue).isEqualTo(14);
        assertThat(flat).contains("(due10December2026)");
        assertThat(rowOf(pages, "Direction 1 of the test letter.")).contains("14");

        // the audit log has it, with the file's hash
        var hash = sha(report.content());
        awaitAudit(AuditAction.PROGRESS_REPORT_EXPORTED, hash);
    }

    private void awaitAudit(AuditAction action, String detail) {
        awaitAudit(action, detail, letterId());
    }

    private void awaitAudit(AuditAction action, String detail, long letterId) {
        var auditor = fixtures.user(null, pk.gov.mashwara.security.Role.AUDITOR);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                as(auditor, () -> audit.find(new AuditQuery(null, action, "LETTER", Long.toString(letterId), null,
                        null), 0, 50))).anySatisfy(r -> assertThat(r.detail()).contains(detail)));
    }

    private static String rowOf(List<String> pages, String start) {
        var all = String.join("\n", pages);
        var from = all.indexOf(start);
        var to = all.indexOf("Direction 2 of the test letter.", from);
        return all.substring(from, to < 0 ? all.length() : to);
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void the_docx_is_a_landscape_table_with_the_same_rows() throws Exception {
        var report = as(world.leadDrafter, () -> reports.docx(letterId(), null, LETTER, TODAY, null));
        try (var docx = new XWPFDocument(new ByteArrayInputStream(report.content()))) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getOrient().toString()).isEqualTo("landscape");
            assertThat(docx.getHeaderList().getFirst().getText()).contains("Ref. " + letter.letter().reference())
                    .contains("UNCLASSIFIED");
            var table = docx.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("S.No");
            assertThat(table.getRow(0).getCell(6).getText()).isEqualTo("Evidence (SHA-256)");
            assertThat(table.getRow(0).getCell(8).getText()).isEqualTo("Overdue days");
            var one = table.getRow(1);
            assertThat(one.getCell(0).getText()).isEqualTo("1");
            assertThat(one.getCell(4).getText()).startsWith("In progress");
            assertThat(one.getCell(6).getText()).contains("minutes.txt").contains(minutesSha);
            assertThat(one.getCell(8).getText()).isEqualTo("14");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("Not started");
            assertThat(table.getRow(2).getCell(8).getText()).isEqualTo("—");
            assertThat(table.getRow(3).getCell(4).getText()).isEqualTo("Done");
            assertThat(table.getRow(3).getCell(6).getText()).contains(orderSha);
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("PROGRESS REPORT"));
        }
    }

    @Test
    void who_may_write_sign_off_and_record_a_report() {
        // a body the letter does not name does not find it; an addressee that acts on nothing has no report
        assertThatThrownBy(() -> as(world.strangerOfficer, () -> reports.pdf(letterId(), null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.bystanderOfficer, () -> reports.pdf(letterId(), null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        // an office writes its own report only
        assertThatThrownBy(() -> as(world.supportOfficer, () -> reports.pdf(letterId(), world.lead, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        // the issuing office names the office whose report it writes; an office that acts on nothing is refused
        assertThatThrownBy(() -> as(world.monitor, () -> reports.pdf(letterId(), null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(world.monitor, () -> reports.pdf(letterId(), world.bystander, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(world.monitor, () -> reports.pdf(letterId(), world.support, null, null, null)).content())
                .isNotEmpty();
        assertThat(as(world.monitor, () -> reports.overview(letterId())).bodies()).extracting(BodyRef::code)
                .containsExactlyInAnyOrder(world.lead, world.support);
        // a period that ends before it starts, or in the future, is refused under its field
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.pdf(letterId(), null, TODAY, LETTER, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.pdf(letterId(), null, LETTER,
                TODAY.plusDays(1), null))).isInstanceOf(InvalidInputException.class);
        // only the office's officer signs off: not its drafter, not the issuing office
        assertThatThrownBy(() -> as(world.leadDrafter, () -> reports.signOff(letterId(), LETTER, TODAY, "D-1")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(world.monitor, () -> reports.signOff(letterId(), LETTER, TODAY, "D-1")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.signOff(letterId(), LETTER, TODAY, " ")))
                .isInstanceOf(InvalidInputException.class);
        var signed = as(world.leadOfficer, () -> reports.signOff(letterId(), LETTER, TODAY, "D-1"));
        // the supporting office does not see the lead's report; the issuing office does
        assertThat(as(world.supportOfficer, () -> reports.overview(letterId())).reports()).isEmpty();
        assertThat(as(world.monitor, () -> reports.overview(letterId())).reports()).extracting(ProgressReportInfo::id)
                .containsExactly(signed.id());
        assertThatThrownBy(() -> as(world.supportOfficer, () -> reports.kept(letterId(), signed.id(), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.monitor, () -> reports.recordSent(letterId(), signed.id(), TODAY)))
                .isInstanceOf(ForbiddenException.class);
        // the schedule: the issuing office's officer or an acting office's, not a drafter
        assertThatThrownBy(() -> as(world.leadDrafter, () -> reports.schedule(letterId(), ReportEvery.MONTHLY, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(world.monitor, () -> reports.schedule(letterId(), ReportEvery.MONTHLY,
                LETTER.minusDays(1)))).isInstanceOf(InvalidInputException.class);
        assertThat(as(world.supportOfficer, () -> reports.schedule(letterId(), ReportEvery.MONTHLY, null)).every())
                .isEqualTo(ReportEvery.MONTHLY);
    }

    @Test
    void a_signed_off_report_is_kept_hashed_and_never_changed_and_the_next_shows_what_changed() throws Exception {
        var signed = as(world.leadOfficer, () -> reports.signOff(letterId(), LETTER, TODAY, "MOIT/D-77"));
        assertThat(signed.hash()).hasSize(64);
        assertThat(signed.intact()).isTrue();
        assertThat(signed.signerName()).isEqualTo(world.leadOfficer.displayName());
        assertThat(signed.canRecordSent()).isTrue();
        // the kept PDF is the one the sign-off's hash covers, byte for byte, signed and numbered
        var kept = as(world.leadOfficer, () -> reports.kept(letterId(), signed.id(), true));
        byte[] bytes;
        try (var in = kept.open()) {
            bytes = in.readAllBytes();
        }
        assertThat(sha(bytes)).isEqualTo(signed.pdf().sha256());
        var text = String.join("\n", pages(bytes));
        assertThat(text).contains("Diary No. MOIT/D-77").contains(world.leadOfficer.displayName())
                .doesNotContain("not yet signed off");
        try (var in = as(world.leadOfficer, () -> reports.kept(letterId(), signed.id(), false)).open();
                var docx = new XWPFDocument(in)) {
            assertThat(docx.getTables().getFirst().getRows()).hasSize(4);
        }
        // recorded as sent once, not before it was signed
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.recordSent(letterId(), signed.id(),
                TODAY.minusDays(1)))).isInstanceOf(InvalidInputException.class);
        var sent = as(world.leadOfficer, () -> reports.recordSent(letterId(), signed.id(), TODAY));
        assertThat(sent.sentOn()).isEqualTo(TODAY);
        assertThat(sent.canRecordSent()).isFalse();
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.recordSent(letterId(), signed.id(), TODAY)))
                .isInstanceOf(ConflictException.class);

        // three days on, direction 2 is begun: the next report's period starts after the last and shows the change
        at(TODAY.plusDays(4), 10);
        as(world.leadDrafter, () -> progress.record(id("2"), new NewProgress(TODAY.plusDays(4),
                ProgressStatus.IN_PROGRESS, "Consultation opened.", null, 10, null, null, false, List.of())));
        var overview = as(world.leadOfficer, () -> reports.overview(letterId()));
        assertThat(overview.suggestedFrom()).isEqualTo(TODAY.plusDays(1));
        var next = as(world.leadOfficer, () -> reports.pdf(letterId(), null, null, null, null));
        var nextText = String.join("\n", pages(next.content()));
        assertThat(nextText.replaceAll("\\s+", "")).contains("Changessincethereportof24December2026")
                .contains("Direction2:statuschangedfromNotstartedtoInprogress")
                .contains("Direction2:1newprogressentry").contains("Nochange")
                .contains("25December2026to28December2026");
        try (var docx = new XWPFDocument(new ByteArrayInputStream(as(world.leadOfficer,
                () -> reports.docx(letterId(), null, null, null, null)).content()))) {
            var table = docx.getTables().getFirst();
            assertThat(table.getRow(0).getCell(9).getText()).isEqualTo("Changes since 24 December 2026");
            assertThat(table.getRow(2).getCell(9).getText()).contains("Was not started").contains("1 new entry");
            assertThat(table.getRow(1).getCell(9).getText()).isEqualTo("No change");
        }

        // append-only: a changed record no longer matches its hash
        jdbc.update("UPDATE dir_report SET diary_number = 'MOIT/D-78' WHERE id = ?", signed.id());
        var after = as(world.monitor, () -> reports.overview(letterId())).reports().getFirst();
        assertThat(after.intact()).isFalse();
        jdbc.update("UPDATE dir_report SET diary_number = 'MOIT/D-77' WHERE id = ?", signed.id());
        assertThat(as(world.monitor, () -> reports.overview(letterId())).reports().getFirst().intact()).isTrue();

        awaitAudit(AuditAction.PROGRESS_REPORT_SIGNED, signed.hash());
        awaitAudit(AuditAction.PROGRESS_REPORT_SENT, "MOIT/D-77");
    }

    /** A social-media letter: 1 led by the lead and supported, 2 naming no one, 4 for "All Ministries/Divisions". */
    private LetterDetails socialMediaLetter() {
        at(LETTER, 10);
        var sm = world.letter(letters, LETTER, true, List.of(world.direction("1", Timeline.immediate()),
                new NewDirection("2", "Direction 2 names no one.", null, Timeline.none(), null, false, null,
                        List.of(), List.of(), List.of()),
                new NewDirection("4", "Direction 4 is for every ministry.", null, Timeline.ongoing(null),
                        "All Ministries/Divisions", true, null, List.of(), List.of(), List.of())));
        at(TODAY, 10);
        var one = sm.directions().stream().filter(d -> d.label().equals("1")).findFirst().orElseThrow().id();
        var four = sm.directions().stream().filter(d -> d.label().equals("4")).findFirst().orElseThrow().id();
        as(world.leadDrafter, () -> progress.record(one, new NewProgress(LocalDate.of(2026, 12, 20),
                ProgressStatus.IN_PROGRESS, "Platforms met in Islamabad.", "Draft the rules.", 30, null, null, false,
                List.of(DirectionsWorld.evidence("sm-minutes.txt", "SM minutes " + sm.letter().reference())))));
        as(world.supportOfficer, () -> progress.record(four, new NewProgress(LocalDate.of(2026, 12, 22),
                ProgressStatus.IN_PROGRESS, "Data shared with the NSMCWG on request.", null, null, null, null, false,
                List.of(DirectionsWorld.evidence("sm-data.txt", "SM data " + sm.letter().reference())))));
        return sm;
    }

    @Test
    void the_consolidated_report_has_a_row_for_each_acting_office_and_only_those_who_see_the_whole_cascade_write_it()
            throws Exception {
        var sm = socialMediaLetter();
        var id = sm.letter().id();
        var minutes = sha("SM minutes " + sm.letter().reference());
        var data = sha("SM data " + sm.letter().reference());

        // acting offices and bystanders may not write it; the issuing office's monitor may, without a covering letter
        for (var user : List.of(world.leadOfficer, world.supportOfficer, world.bystanderOfficer)) {
            assertThatThrownBy(() -> as(user, () -> reports.pdf(id, ProgressReports.CONSOLIDATED, null, null, null)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(as(world.leadOfficer, () -> reports.overview(id)).consolidates()).isFalse();
        var overview = as(world.monitor, () -> reports.overview(id));
        assertThat(overview.consolidates()).isTrue();
        assertThat(overview.canSignOffConsolidated()).isFalse();
        assertThat(overview.consolidatedFrom()).isEqualTo(LETTER);
        var statement = as(world.monitor, () -> reports.pdf(id, "all", LETTER, TODAY, null));
        assertThat(statement.fileName()).isEqualTo("Consolidated progress report 2026-12-01 to 2026-12-24.pdf");
        var pages = pages(statement.content());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Ref. " + sm.letter().reference())
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        var flat = String.join("\n", pages).replaceAll("\\s+", "");
        assertThat(pages.getFirst()).doesNotContain("PROGRESS REPORT").doesNotContain("To:");
        assertThat(flat).contains("Consolidatedprogressoftheactingofficesonthedirections", "Compiledby",
                ("(" + world.lead + ",lead)"), ("(" + world.support + ",supporting)"),
                "Direction2namesnoone.", "Noofficeisnamedtoactonit.", "Direction4isforeveryministry.",
                "DatasharedwiththeNSMCWGonrequest.", "PlatformsmetinIslamabad.", minutes, data, "Noprogressrecordedby:",
                world.bystander);
        // on direction 4 the support office reported; every other body of the directory is one row together
        assertThat(flat.indexOf("Direction4isforeveryministry.")).isLessThan(flat.indexOf("(" + world.support
                + ",supporting)Inprogress" + "22December2026:DatasharedwiththeNSMCWGonrequest."));

        // the NSMCWG's secretary compiles it for the issuing office: a covering letter, the same table in Word
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        assertThat(as(secretary, () -> reports.overview(id)).canSignOffConsolidated()).isTrue();
        var docx = as(secretary, () -> reports.docx(id, ProgressReports.CONSOLIDATED, LETTER, TODAY, "NSMCWG/7"));
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .contains("The Directions test body " + world.office));
            assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .contains("is compiled in the enclosed table, one row for each office on each direction"));
            var table = word.getTables().getFirst();
            var rows = table.getRows().stream().skip(1).map(r -> r.getCell(0).getText() + "|" + r.getCell(3).getText()
                    .replaceAll("\\s+", " ") + "|" + r.getCell(4).getText()).toList();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0)).isEqualTo("1|Lead / support (" + world.lead + ", lead)|In progress, 30%");
            assertThat(rows.get(1)).isEqualTo("1|(" + world.support + ", supporting)|Not started");
            assertThat(rows.get(2)).isEqualTo("2|—|—");
            assertThat(rows.get(3)).isEqualTo("4|All Ministries/Divisions (" + world.support + ", supporting)|In progress");
            assertThat(rows.get(4)).startsWith("4|(the other ").endsWith("offices)|Not started");
            assertThat(table.getRow(2).getCell(1).getText()).isEmpty();
            assertThat(table.getRow(1).getCell(6).getText()).contains(minutes);
        }

        // the monitor may not sign off what his own office receives; the secretary does, and it is kept apart
        assertThatThrownBy(() -> as(world.monitor, () -> reports.signOff(id, true, LETTER, TODAY, "PMO/1")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> reports.signOff(id, true, LETTER, TODAY, "M/1")))
                .isInstanceOf(ForbiddenException.class);
        var signed = as(secretary, () -> reports.signOff(id, true, LETTER, TODAY, "NSMCWG/7"));
        assertThat(signed.consolidated()).isTrue();
        assertThat(signed.body().code()).isEqualTo("NSMCWG");
        assertThat(signed.intact()).isTrue();
        assertThat(signed.pdf().fileName()).startsWith("Consolidated progress report");
        assertThat(as(world.monitor, () -> reports.overview(id)).reports()).singleElement()
                .satisfies(r -> assertThat(r.consolidated()).isTrue());
        // an acting office sees neither the consolidated report nor its files (they show other offices' evidence)
        assertThat(as(world.supportOfficer, () -> reports.overview(id)).reports()).isEmpty();
        assertThatThrownBy(() -> as(world.supportOfficer, () -> reports.kept(id, signed.id(), true)))
                .isInstanceOf(NotFoundException.class);
        // an office's own report still counts from the letter: the consolidated one is not the office's
        assertThat(as(world.leadOfficer, () -> reports.overview(id)).suggestedFrom()).isEqualTo(LETTER);
        assertThat(as(secretary, () -> reports.overview(id)).consolidatedFrom()).isEqualTo(TODAY);
        assertThat(as(secretary, () -> reports.recordSent(id, signed.id(), TODAY)).sentOn()).isEqualTo(TODAY);

        // the next consolidated report shows what changed, office by office
        at(TODAY.plusDays(6), 10);
        var one = sm.directions().stream().filter(d -> d.label().equals("1")).findFirst().orElseThrow().id();
        as(world.supportOfficer, () -> progress.record(one, new NewProgress(TODAY.plusDays(5),
                ProgressStatus.IN_PROGRESS, "Comments sent to the lead.", null, null, null, null, false, List.of())));
        // the lead, silent on direction 4 until now, reports on it: it was among "the other offices" before
        var four = sm.directions().stream().filter(d -> d.label().equals("4")).findFirst().orElseThrow().id();
        as(world.leadDrafter, () -> progress.record(four, new NewProgress(TODAY.plusDays(5),
                ProgressStatus.IN_PROGRESS, "Figures shared.", null, null, null, null, false, List.of())));
        var next = as(secretary, () -> reports.pdf(id, ProgressReports.CONSOLIDATED, null, null, null));
        var nextFlat = String.join("\n", pages(next.content())).replaceAll("\\s+", "");
        assertThat(nextFlat).contains("Changessincethereportof24December2026",
                ("Direction1," + world.support + ":statuschangedfromNotstartedtoInprogress."),
                ("Direction1," + world.support + ":1newprogressentry."), "25December2026to30December2026",
                ("Direction4," + world.lead + ":statuschangedfromNotstartedtoInprogress."));
        awaitAudit(AuditAction.PROGRESS_REPORT_SIGNED, "consolidated progress report NSMCWG/7", id);
    }

    @Test
    void reports_fall_due_on_the_schedule_and_are_reminded_once_per_interval() {
        at(LocalDate.of(2026, 12, 2), 10);
        as(world.monitor, () -> reports.schedule(letterId(), ReportEvery.FORTNIGHTLY, LETTER));
        var lead = world.id(world.lead);
        var support = world.id(world.support);
        // due on the 15th: reminded once in the three days before
        at(LocalDate.of(2026, 12, 11), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isZero();
        at(LocalDate.of(2026, 12, 12), 10);
        reminders.remind();
        reminders.remind();
        at(LocalDate.of(2026, 12, 15), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isEqualTo(1);
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), support)).isEqualTo(1);
        // the bystander acts on nothing and owes no report
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), world.id(world.bystander))).isZero();
        assertThat(as(world.leadOfficer, () -> notifications.mine(0, 20))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PROGRESS_REPORT_DUE);
            assertThat(n.link()).isEqualTo("directions/letters/" + letterId());
        });
        // after the day: once, then again a week later
        at(LocalDate.of(2026, 12, 16), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isEqualTo(2);
        at(LocalDate.of(2026, 12, 22), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isEqualTo(2);
        at(LocalDate.of(2026, 12, 23), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isEqualTo(3);
        assertThat(as(world.leadOfficer, () -> notifications.mine(0, 20)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.PROGRESS_REPORT_OVERDUE));
        // the desk and the letter page show the overdue report
        at(TODAY, 10);
        assertThat(as(world.leadDrafter, () -> reports.dueForMyBody())).anySatisfy(d -> {
            assertThat(d.letterId()).isEqualTo(letterId());
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(d.overdue()).isTrue();
            assertThat(d.overdueDays()).isEqualTo(9);
        });
        assertThat(as(world.monitor, () -> reports.overview(letterId())).due())
                .anySatisfy(d -> assertThat(d.body().code()).isEqualTo(world.lead)).allSatisfy(d -> assertThat(
                        d.overdue()).isTrue());
        // the lead reports: its next is due a fortnight later, and it is no longer reminded of the last
        as(world.leadOfficer, () -> reports.signOff(letterId(), LETTER, TODAY, "D-9"));
        assertThat(as(world.leadDrafter, () -> reports.dueForMyBody())).noneSatisfy(d -> assertThat(d.letterId())
                .isEqualTo(letterId()));
        assertThat(as(world.leadOfficer, () -> reports.overview(letterId())).due()).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(TODAY.plusDays(14)));
        at(LocalDate.of(2026, 12, 31), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), lead)).isEqualTo(3);
        assertThat(reminderRows.countByLetterIdAndCommitteeId(letterId(), support)).isEqualTo(4);
    }

    @Test
    void a_letter_to_all_ministries_and_divisions_reminds_every_body_once_per_interval() {
        at(LETTER, 10);
        var all = world.letter(letters, LETTER, false, List.of(new NewDirection("1", "All Ministries/Divisions to "
                + "name a focal person for social media.", "1 month", Timeline.within(1, Timeline.Unit.MONTHS),
                "All Ministries/Divisions", true, null, List.of(), List.of(), List.of())));
        var allId = all.letter().id();
        at(LocalDate.of(2026, 12, 2), 10);
        as(world.monitor, () -> reports.schedule(allId, ReportEvery.FORTNIGHTLY, LETTER));
        // the stranger is named nowhere on the letter, but acts as every body of the directory does
        var stranger = world.id(world.stranger);
        var lead = world.id(world.lead);
        var office = world.id(world.office);
        at(LocalDate.of(2026, 12, 12), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, stranger)).isEqualTo(1);
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, lead)).isEqualTo(1);
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, office)).isZero();
        assertThat(as(world.strangerOfficer, () -> notifications.mine(0, 20))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PROGRESS_REPORT_DUE);
            assertThat(n.link()).isEqualTo("directions/letters/" + allId);
        });
        // overdue: once after the day, again a week on, never twice in an interval
        at(LocalDate.of(2026, 12, 16), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, stranger)).isEqualTo(2);
        at(LocalDate.of(2026, 12, 22), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, stranger)).isEqualTo(2);
        at(LocalDate.of(2026, 12, 23), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, stranger)).isEqualTo(3);
        assertThat(as(world.strangerOfficer, () -> notifications.mine(0, 20)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.PROGRESS_REPORT_OVERDUE));
        // a body that has reported is not reminded of the report it sent
        at(TODAY, 10);
        as(world.strangerOfficer, () -> reports.signOff(allId, LETTER, TODAY, "S-1"));
        at(LocalDate.of(2026, 12, 31), 10);
        reminders.remind();
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, stranger)).isEqualTo(3);
        assertThat(reminderRows.countByLetterIdAndCommitteeId(allId, lead)).isEqualTo(4);
    }

    @Test
    void when_a_time_line_ends_a_report_falls_due() {
        as(world.monitor, () -> reports.schedule(letterId(), ReportEvery.TIMELINE, LETTER));
        // 1 is due on 10 December and not done; 3 is done
        assertThat(as(world.leadOfficer, () -> reports.overview(letterId())).due()).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 10)));
        as(world.leadOfficer, () -> reports.signOff(letterId(), LETTER, TODAY, "D-10"));
        // after that report, the next time line that ends is direction 2's, 15 January
        assertThat(as(world.leadOfficer, () -> reports.overview(letterId())).due()).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 15)));
    }
}
