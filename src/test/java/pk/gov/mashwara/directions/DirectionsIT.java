package pk.gov.mashwara.directions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * Letters, directions and their progress through the services: each kind of time line counted across the holiday
 * weekend of Christmas 2026 (Friday 25 December is Quaid-e-Azam Day), the roll-up and overdue days, the cascade
 * with its receipts, who sees and does what, and the reminders to offices that have not acknowledged.
 */
@SpringBootTest
@Import({ Fixtures.class, DirectionsIT.TestClock.class })
class DirectionsIT {

    @org.springframework.boot.test.context.TestConfiguration
    static class TestClock {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
    }

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    /** Thursday 24 December 2026. */
    static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    ComplianceQueries compliance;
    @Autowired
    AcknowledgementReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    DirectionsWorld world;
    Instant started;

    @BeforeEach
    void world() {
        started = clock.instant();
        at(CHRISTMAS_EVE, 10);
        world = new DirectionsWorld(fixtures, directory);
    }

    @AfterEach
    void restoreClock() {
        clock.set(started);
    }

    void at(LocalDate day, int hour) {
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(PKT).toInstant());
    }

    DirectionInfo direction(LetterDetails letter, String label) {
        return letter.directions().stream().filter(d -> d.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void each_kind_of_time_line_falls_due_on_working_days_across_the_holiday_weekend() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false, List.of(
                world.direction("1", Timeline.immediate()),
                world.direction("2", new Timeline(TimelineKind.IMMEDIATE, 1, null, null, null)),
                world.direction("3", Timeline.byDate(LocalDate.of(2027, 1, 15))),
                world.direction("4", Timeline.within(1, Timeline.Unit.DAYS)),
                world.direction("5", Timeline.within(1, Timeline.Unit.MONTHS)),
                world.direction("6", Timeline.uponEvent("formation of the test group")),
                world.direction("7", Timeline.ongoing(1)),
                world.direction("8", Timeline.none())));
        // Immediate: 7 working days, Friday the 25th (holiday) and the weekend not counted: Mon 28 … Tue 5 January
        assertThat(direction(letter, "1").due()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(direction(letter, "1").timelineText()).isEqualTo("Immediate");
        assertThat(direction(letter, "2").due()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(direction(letter, "3").due()).isEqualTo(LocalDate.of(2027, 1, 15));
        // one day after the letter is the holiday: the next working day
        assertThat(direction(letter, "4").due()).isEqualTo(LocalDate.of(2026, 12, 28));
        // one month after is Sunday 24 January: Monday
        assertThat(direction(letter, "5").due()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(direction(letter, "5").timelineText()).isEqualTo("1 month");
        // not due before the event is recorded; then 10 working days after it
        assertThat(direction(letter, "6").due()).isNull();
        assertThat(direction(letter, "6").timelineText()).isEqualTo("Upon formation of the test group");
        assertThat(direction(letter, "7").due()).isNull();
        assertThat(direction(letter, "7").nextReportDue()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(direction(letter, "8").due()).isNull();

        assertThatThrownBy(() -> as(world.monitor, () -> letters.recordEvent(letter.letter().id(), "something else",
                CHRISTMAS_EVE))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> letters.recordEvent(letter.letter().id(),
                "formation of the test group", CHRISTMAS_EVE))).isInstanceOf(ForbiddenException.class);
        as(world.monitor, () -> letters.recordEvent(letter.letter().id(), "Formation of the test group", CHRISTMAS_EVE));
        assertThatThrownBy(() -> as(world.monitor, () -> letters.recordEvent(letter.letter().id(),
                "formation of the test group", CHRISTMAS_EVE))).isInstanceOf(ConflictException.class);
        var after = as(world.monitor, () -> letters.letter(letter.letter().id()));
        assertThat(direction(after, "6").due()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(after.events()).extracting(EventInfo::name).containsExactly("formation of the test group");
    }

    @Test
    void the_status_rolls_up_from_the_bodies_and_overdue_is_computed_for_today() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false,
                List.of(world.direction("1", new Timeline(TimelineKind.IMMEDIATE, 1, null, null, null))));
        var id = direction(letter, "1").id();
        assertThat(direction(letter, "1").status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(direction(letter, "1").overdue()).isFalse();

        at(LocalDate.of(2026, 12, 31), 12);
        as(world.supportOfficer, () -> progress.record(id, new NewProgress(null, ProgressStatus.IN_PROGRESS,
                "Half the work is done.", "The rest.", 50, null, null, false, List.of())));
        var page = as(world.monitor, () -> progress.direction(id));
        assertThat(page.direction().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        // due Monday 28 December: three days overdue on the 31st
        assertThat(page.direction().overdue()).isTrue();
        assertThat(page.direction().overdueDays()).isEqualTo(3);

        // done needs evidence
        assertThatThrownBy(() -> as(world.supportOfficer, () -> progress.record(id, new NewProgress(null,
                ProgressStatus.DONE, "All done.", null, 100, null, null, false, List.of()))))
                .isInstanceOf(InvalidInputException.class);
        var done = as(world.supportOfficer, () -> progress.record(id, new NewProgress(null, ProgressStatus.DONE,
                "All done.", null, 100, null, null, false,
                List.of(DirectionsWorld.evidence("report.txt", "The support body's report.")))));
        assertThat(done.evidence()).singleElement().satisfies(e -> assertThat(e.file().sha256()).hasSize(64));
        // … and the lead's confirmation: until then the body is in progress, awaiting it
        var support = as(world.monitor, () -> progress.direction(id)).direction().bodies().stream()
                .filter(b -> b.body().code().equals(world.support)).findFirst().orElseThrow();
        assertThat(support.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(support.awaitingConfirmation()).isTrue();
        assertThatThrownBy(() -> as(world.supportOfficer, () -> progress.confirm(done.id())))
                .isInstanceOf(ForbiddenException.class);
        as(world.leadOfficer, () -> progress.confirm(done.id()));
        assertThatThrownBy(() -> as(world.leadOfficer, () -> progress.confirm(done.id())))
                .isInstanceOf(ConflictException.class);

        // the lead's officer reporting it done confirms it at once: every body done, the direction done, not overdue
        as(world.leadOfficer, () -> progress.record(id, new NewProgress(null, ProgressStatus.DONE, "Done here too.",
                null, 100, "Closed", null, false, List.of(DirectionsWorld.evidence("lead.txt", "Lead's report.")))));
        var closed = as(world.monitor, () -> progress.direction(id)).direction();
        assertThat(closed.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.overdueDays()).isZero();

        // the roll-up for a report: per body, with the entries of the period
        var rows = as(world.monitor, () -> compliance.rollUp(letter.letter().id(), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 31)));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.body().status()).isEqualTo(ProgressStatus.DONE));
        assertThat(rows.stream().filter(r -> r.body().body().code().equals(world.support)).findFirst().orElseThrow()
                .entriesInPeriod()).hasSize(2);
        var auditor = fixtures.user(null, Role.AUDITOR);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            for (var action : List.of(pk.gov.mashwara.audit.AuditAction.LETTER_REGISTERED,
                    pk.gov.mashwara.audit.AuditAction.PROGRESS_RECORDED,
                    pk.gov.mashwara.audit.AuditAction.PROGRESS_CONFIRMED)) {
                assertThat(as(auditor, () -> audit.count(new AuditQuery(null, action, "LETTER",
                        Long.toString(letter.letter().id()), null, null)))).as(action.name()).isPositive();
            }
        });
    }

    @Test
    void a_body_that_cannot_proceed_says_why_and_the_issuing_office_hears_of_it() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false, List.of(world.direction("1", Timeline.immediate())));
        var id = direction(letter, "1").id();
        assertThatThrownBy(() -> as(world.leadDrafter, () -> progress.record(id, new NewProgress(null,
                ProgressStatus.CANNOT_PROCEED, "Stopped.", null, null, null, null, false, List.of()))))
                .isInstanceOf(InvalidInputException.class);
        as(world.leadDrafter, () -> progress.record(id, new NewProgress(null, ProgressStatus.CANNOT_PROCEED,
                "Stopped.", null, null, null, "The data is held by another ministry.", false, List.of())));
        assertThat(as(world.monitor, () -> progress.direction(id)).direction().status())
                .isEqualTo(ProgressStatus.CANNOT_PROCEED);
        assertThat(as(world.monitor, () -> notifications.mine(0, 20))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DIRECTION_CANNOT_PROCEED);
            assertThat(n.excerpt()).isEqualTo("The data is held by another ministry.");
            assertThat(n.link()).isEqualTo("directions/" + id);
        });
    }

    @Test
    void offices_record_receipts_and_forward_the_letter_down_a_cascade() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false, List.of(world.direction("1", Timeline.immediate())));
        var letterId = letter.letter().id();
        assertThat(letter.unacknowledged()).extracting(BodyRef::code)
                .containsExactly(world.lead, world.support, world.bystander);
        // forwarding needs the receipt first
        assertThatThrownBy(() -> as(world.leadOfficer, () -> letters.forward(letterId, new Forwarding("U.O. No. 1/2026",
                CHRISTMAS_EVE, null, "Section Officer", List.of(NewAddressee.named("Field office"))))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(world.strangerOfficer, () -> letters.recordReceipt(letterId,
                new NewReceipt("1", CHRISTMAS_EVE)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> letters.recordReceipt(letterId,
                new NewReceipt("7344/Secy/26", CHRISTMAS_EVE.minusDays(1))))).isInstanceOf(InvalidInputException.class);
        as(world.leadOfficer, () -> letters.recordReceipt(letterId, new NewReceipt("7344/Secy/26", CHRISTMAS_EVE)));
        assertThatThrownBy(() -> as(world.leadDrafter, () -> letters.recordReceipt(letterId,
                new NewReceipt("7345", CHRISTMAS_EVE)))).isInstanceOf(ConflictException.class);
        // a drafter receives but does not forward
        assertThatThrownBy(() -> as(world.leadDrafter, () -> letters.forward(letterId, new Forwarding("U.O. No. 1/2026",
                CHRISTMAS_EVE, null, null, List.of(NewAddressee.named("Field office"))))))
                .isInstanceOf(ForbiddenException.class);
        var forwarded = as(world.leadOfficer, () -> letters.forward(letterId, new Forwarding("U.O. No. 5/13/D-18/2026",
                CHRISTMAS_EVE, null, "Section Officer (D-18)", List.of(NewAddressee.body(world.id(world.bystander), null),
                        NewAddressee.named("Controller of accounts"), NewAddressee.copy(world.id(world.office), null)))));
        assertThat(forwarded.quoted().id()).isEqualTo(letterId);
        assertThat(forwarded.body()).isEqualTo(LetterService.FOR_COMPLIANCE);
        assertThat(forwarded.letter().issuingOffice().code()).isEqualTo(world.lead);
        // the directions are the top letter's, seen from the forwarding letter too
        assertThat(forwarded.directions()).extracting(DirectionInfo::label).containsExactly("1");
        as(world.bystanderOfficer, () -> letters.recordReceipt(forwarded.letter().id(),
                new NewReceipt("AN/2291", CHRISTMAS_EVE)));

        var tree = as(world.monitor, () -> letters.letter(letterId)).cascade();
        assertThat(tree.letter().id()).isEqualTo(letterId);
        assertThat(tree.receipts()).extracting(r -> r.office().code(), ReceiptInfo::diaryNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(world.lead, "7344/Secy/26"));
        assertThat(tree.forwarded()).singleElement().satisfies(node -> {
            assertThat(node.letter().reference()).isEqualTo("U.O. No. 5/13/D-18/2026");
            assertThat(node.receipts()).extracting(ReceiptInfo::diaryNumber).containsExactly("AN/2291");
        });
        assertThat(as(world.monitor, () -> letters.letter(letterId)).unacknowledged()).extracting(BodyRef::code)
                .containsExactly(world.support, world.bystander);
        // the bystander sees the letters but not the direction it does not act on
        assertThat(as(world.bystanderOfficer, () -> letters.letter(letterId)).directions()).isEmpty();
    }

    @Test
    void each_role_and_body_sees_what_it_may() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false, List.of(world.direction("1", Timeline.immediate())));
        var social = world.letter(letters, CHRISTMAS_EVE, true, List.of(world.direction("1", Timeline.immediate())));
        var id = direction(letter, "1").id();
        var kept = as(world.leadDrafter, () -> progress.record(id, new NewProgress(null, ProgressStatus.IN_PROGRESS,
                "Confidential working of the lead.", null, 30, null, null, false,
                List.of(DirectionsWorld.evidence("working.txt", "The lead's internal working.")))));
        var shared = as(world.leadDrafter, () -> progress.record(id, new NewProgress(null, ProgressStatus.IN_PROGRESS,
                "Shared summary.", null, 40, null, null, true,
                List.of(DirectionsWorld.evidence("summary.txt", "The lead's shared summary.")))));
        var evidenceId = kept.evidence().getFirst().id();

        // the issuing office and the auditor: everything
        var auditor = fixtures.user(null, Role.AUDITOR);
        for (var whole : List.of(world.monitor, auditor)) {
            var entries = as(whole, () -> progress.direction(id)).entries();
            assertThat(entries).allMatch(ProgressItem::detailed);
            assertThat(as(whole, () -> progress.evidence(evidenceId)).sha256()).hasSize(64);
        }
        // the supporting body: the lead's status, its shared entry, not its own working
        var seenBySupport = as(world.supportOfficer, () -> progress.direction(id)).entries();
        assertThat(seenBySupport).filteredOn(e -> e.id() == kept.id()).singleElement().satisfies(e -> {
            assertThat(e.detailed()).isFalse();
            assertThat(e.done()).isNull();
            assertThat(e.evidence()).isEmpty();
            assertThat(e.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        });
        assertThat(seenBySupport).filteredOn(e -> e.id() == shared.id()).singleElement()
                .satisfies(e -> assertThat(e.done()).isEqualTo("Shared summary."));
        assertThatThrownBy(() -> as(world.supportOfficer, () -> progress.evidence(evidenceId)))
                .isInstanceOf(NotFoundException.class);
        // the lead: a supporting body's working in progress stays its own, but its part reported done is read in
        // full, evidence included, shared or not, since the lead confirms it on that evidence
        var working = as(world.supportOfficer, () -> progress.record(id, new NewProgress(null,
                ProgressStatus.IN_PROGRESS, "The supporting body's working.", null, 50, null, null, false, List.of())));
        var doneBySupport = as(world.supportOfficer, () -> progress.record(id, new NewProgress(null,
                ProgressStatus.DONE, "Our part is done.", null, 100, null, null, false,
                List.of(DirectionsWorld.evidence("done.txt", "The supporting body's evidence of its part.")))));
        var seenByLead = as(world.leadOfficer, () -> progress.direction(id)).entries();
        assertThat(seenByLead).filteredOn(e -> e.id() == working.id()).singleElement()
                .satisfies(e -> assertThat(e.detailed()).isFalse());
        assertThat(seenByLead).filteredOn(e -> e.id() == doneBySupport.id()).singleElement().satisfies(e -> {
            assertThat(e.detailed()).isTrue();
            assertThat(e.done()).isEqualTo("Our part is done.");
            assertThat(e.evidence()).hasSize(1);
        });
        var supportEvidence = doneBySupport.evidence().getFirst().id();
        assertThat(as(world.leadOfficer, () -> progress.evidence(supportEvidence)).sha256()).hasSize(64);
        assertThat(as(world.leadOfficer, () -> progress.confirm(doneBySupport.id())).confirmedBy())
                .isEqualTo(world.leadOfficer.getUsername());
        // a body addressed but not acting: the letter, not the direction; a body not named: nothing
        assertThatThrownBy(() -> as(world.bystanderOfficer, () -> progress.direction(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.bystanderOfficer, () -> progress.record(id, new NewProgress(null,
                ProgressStatus.IN_PROGRESS, "We help.", null, null, null, null, false, List.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.strangerOfficer, () -> letters.letter(letter.letter().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(world.strangerOfficer, () -> letters.letters())).extracting(LetterSummary::id)
                .doesNotContain(letter.letter().id(), social.letter().id());
        // the NSMCWG's secretary: every direction of a letter about social media, nothing of another
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        assertThat(as(secretary, () -> letters.letter(social.letter().id())).directions()).hasSize(1);
        assertThatThrownBy(() -> as(secretary, () -> letters.letter(letter.letter().id())))
                .isInstanceOf(NotFoundException.class);
        // an administrator alone sees no letter; nobody registers for an office not theirs
        var admin = fixtures.user(null, Role.ADMIN);
        assertThat(as(admin, () -> letters.letters())).extracting(LetterSummary::id)
                .doesNotContain(letter.letter().id());
        assertThatThrownBy(() -> world.letter(letters, CHRISTMAS_EVE, false, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(world.leadOfficer, () -> letters.register(new NewLetter(world.id(world.office),
                "No. X/2026", CHRISTMAS_EVE, "Not mine", null, null, false, null, null, List.of(),
                List.of(world.direction("1", Timeline.immediate()))), null))).isInstanceOf(ForbiddenException.class);
        // the desk: the lead's drafter has it waiting, overdue first
        at(LocalDate.of(2027, 2, 1), 10);
        assertThat(as(world.leadDrafter, () -> compliance.waitingForMyBody())).extracting(DirectionInfo::id)
                .contains(id);
        assertThat(as(world.bystanderOfficer, () -> compliance.waitingForMyBody())).extracting(DirectionInfo::id)
                .doesNotContain(id);
        assertThat(as(world.monitor, () -> compliance.directions(world.lead, null, true)))
                .extracting(DirectionInfo::id).contains(id);
        assertThat(as(world.monitor, () -> compliance.directions(world.lead, ProgressStatus.DONE, null)))
                .extracting(DirectionInfo::id).doesNotContain(id);
    }

    @Test
    void addressees_that_have_not_acknowledged_are_reminded_once_per_interval() {
        var letter = world.letter(letters, CHRISTMAS_EVE, false, List.of(world.direction("1", Timeline.immediate())));
        as(world.leadOfficer, () -> letters.recordReceipt(letter.letter().id(), new NewReceipt("1", CHRISTMAS_EVE)));
        // 3 working days after Thursday 24th (Friday a holiday) is Wednesday 30th: not before
        at(LocalDate.of(2026, 12, 29), 10);
        reminders.remind();
        assertThat(reminded(world.supportOfficer)).isZero();
        at(LocalDate.of(2026, 12, 30), 10);
        reminders.remind();
        reminders.remind();
        assertThat(reminded(world.supportOfficer)).isEqualTo(1);
        assertThat(reminded(world.bystanderOfficer)).isEqualTo(1);
        assertThat(reminded(world.leadOfficer)).isZero();
        // the next interval: 3 working days after the 30th is Monday 4 January
        at(LocalDate.of(2027, 1, 1), 10);
        reminders.remind();
        assertThat(reminded(world.supportOfficer)).isEqualTo(1);
        as(world.bystanderOfficer, () -> letters.recordReceipt(letter.letter().id(),
                new NewReceipt("22", LocalDate.of(2027, 1, 1))));
        at(LocalDate.of(2027, 1, 4), 10);
        reminders.remind();
        assertThat(reminded(world.supportOfficer)).isEqualTo(2);
        assertThat(reminded(world.bystanderOfficer)).isEqualTo(1);
    }

    private long reminded(pk.gov.mashwara.security.MashwaraUser user) {
        return as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.kind() == NotificationKind.LETTER_UNACKNOWLEDGED).count();
    }
}
