package pk.gov.mashwara.datarequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;
import pk.gov.mashwara.support.TestFiles;

/** Data requests end to end through the service, every refusal, and the reminders of overdue ones, on a moved clock. */
@SpringBootTest
@Import({ Fixtures.class, DataRequestServiceIT.TestClock.class })
class DataRequestServiceIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        }
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    DataRequestService requests;
    @Autowired
    DataRequestReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    private long ask(MashwaraUser requester, int days, String... bodies) {
        return Fixtures.as(requester, () -> requests.create(new NewDataRequest(Fixtures.unique("Complaints"),
                "How many complaints of unlawful content were received in 2025?", "For the NSMCWG's advice.",
                FormWanted.TABLE, Classification.RESTRICTED, Priority.IMMEDIATE, days, "No. 1(1)/AS-II/2021", "4",
                List.of(bodies))));
    }

    private static List<AnswerUpload> file(String name, byte[] bytes) {
        return List.of(new AnswerUpload(name, () -> new ByteArrayInputStream(bytes)));
    }

    @Test
    void a_body_answers_with_a_workbook_that_only_the_nsmcwg_and_the_body_see() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var id = ask(secretary, 10, "MOIT", "FIA");

        var asked = Fixtures.as(secretary, () -> requests.get(id));
        assertThat(asked.reference()).isEqualTo("NSMCWG/DR/" + id);
        assertThat(asked.dueAt()).isEqualTo(calendar.dueAt(clock.instant(), 10));
        assertThat(asked.bodies()).extracting(b -> b.status().code()).containsExactly("MOIT", "FIA");
        assertThat(asked.bodies()).allMatch(b -> b.status().state() == BodyState.ASKED);
        // on the body's desk, and its officer told
        assertThat(Fixtures.as(moit, () -> requests.desk())).anyMatch(e -> e.requestId() == id && !e.forRequester());
        assertThat(Fixtures.as(moit, () -> notifications.mine(0, 50))).anyMatch(
                n -> n.kind() == NotificationKind.DATA_REQUEST && n.link().equals("data-requests/" + id));

        Fixtures.as(moit, () -> requests.acknowledge(id, "MOIT"));
        var workbook = Spreadsheets.threeSheets();
        var answer = Fixtures.as(moit, () -> requests.answer(id, "MOIT", "The figures are in the workbook.", false,
                null, false, file("complaints.xlsx", workbook)));
        assertThat(answer.number()).isEqualTo(1);
        assertThat(answer.files()).singleElement().satisfies(f -> {
            assertThat(f.sha256()).isEqualTo(TestFiles.sha256(workbook));
            assertThat(f.mediaType()).isEqualTo(TablePreviews.XLSX);
            assertThat(f.sizeBytes()).isEqualTo(workbook.length);
        });
        var fileId = answer.files().getFirst().id();

        // the NSMCWG (a member too) and the auditor see the answer and may download it, byte for byte
        for (var reader : List.of(secretary, member, auditor)) {
            var seen = Fixtures.as(reader, () -> requests.get(id)).bodies().getFirst();
            assertThat(seen.status().state()).isEqualTo(BodyState.ANSWERED);
            assertThat(seen.answers()).singleElement().extracting(DataRequestViews.AnswerInfo::text)
                    .isEqualTo("The figures are in the workbook.");
        }
        var download = Fixtures.as(secretary, () -> requests.download(id, fileId));
        assertThat(TestFiles.sha256(readAll(download))).isEqualTo(TestFiles.sha256(workbook));
        var preview = Fixtures.as(secretary, () -> requests.preview(id, fileId));
        assertThat(preview.sheets()).extracting(TablePreview.Sheet::name).containsExactly("Budget", "Staff", "Notes");
        // the requester hears of the answer and sees it on the desk
        assertThat(Fixtures.as(secretary, () -> requests.desk())).anyMatch(e -> e.requestId() == id
                && e.forRequester() && e.state() == BodyState.ANSWERED);

        // the other body asked sees MoIT's standing but not its answer, which is not shareable
        var fiaView = Fixtures.as(fia, () -> requests.get(id));
        assertThat(fiaView.bodies().getFirst().status().state()).isEqualTo(BodyState.ANSWERED);
        assertThat(fiaView.bodies().getFirst().answers()).isEmpty();
        assertThatThrownBy(() -> Fixtures.as(fia, () -> requests.download(id, fileId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(fia, () -> requests.preview(id, fileId)))
                .isInstanceOf(NotFoundException.class);

        // the act and the download are in the audit log
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select action from audit_entry where target_type = 'DATA_REQUEST' and target_id = ?", String.class,
                Long.toString(id))).contains("DATA_REQUEST_ACTION", "DATA_REQUEST_FILE_DOWNLOADED"));
        assertThat(jdbc.queryForList("select detail from audit_entry where target_type = 'DATA_REQUEST' and target_id = ?",
                String.class, Long.toString(id))).anyMatch(d -> d.startsWith("ANSWERED (MOIT)")
                        && d.contains(TestFiles.sha256(workbook)));
    }

    @Test
    void a_shareable_answer_is_seen_by_the_other_bodies_asked_and_no_one_else() {
        var focal = fixtures.focalPerson();
        var moit = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var id = ask(focal, 5, "MOIT", "FIA");
        var csv = "Year,Complaints\n2025,21975\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var answer = Fixtures.as(moit, () -> requests.answer(id, "MOIT", "Figures attached.", false, null, true,
                file("figures.csv", csv)));
        var fileId = answer.files().getFirst().id();
        var seen = Fixtures.as(fia, () -> requests.get(id)).bodies().getFirst();
        assertThat(seen.answers()).singleElement().extracting(DataRequestViews.AnswerInfo::shareable).isEqualTo(true);
        assertThat(Fixtures.as(fia, () -> requests.preview(id, fileId)).sheets().getFirst().rows())
                .contains(List.of("2025", "21975"));
        // a body not asked knows nothing of the request
        assertThatThrownBy(() -> Fixtures.as(pta, () -> requests.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(pta, () -> requests.download(id, fileId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(pta, () -> requests.list(null, null))).noneMatch(s -> s.id() == id);
    }

    @Test
    void every_refusal() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moitOfficer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var moitDrafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var admin = fixtures.user(null, Role.ADMIN);

        // only the secretary or the focal person asks
        for (var user : List.of(member, moitOfficer, auditor, admin)) {
            assertThatThrownBy(() -> ask(user, 5, "MOIT")).as(user.getUsername()).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> ask(secretary, 0, "MOIT")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("deadlineDays");
        assertThatThrownBy(() -> ask(secretary, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ask(secretary, 5, "NSMCWG")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ask(secretary, 5, "NOSUCH")).isInstanceOf(InvalidInputException.class);

        var id = ask(secretary, 5, "MOIT", "FIA");
        // a body not asked: not found, whatever it tries
        assertThatThrownBy(() -> Fixtures.as(pta, () -> requests.answer(id, "PTA", "Here.", false, null, false, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(pta, () -> requests.answer(id, "MOIT", "Here.", false, null, false,
                List.of()))).isInstanceOf(NotFoundException.class);
        // the NSMCWG asked; it may see, not answer for a body; a user of another body asked may not answer for this one
        assertThatThrownBy(() -> Fixtures.as(fia, () -> requests.answer(id, "MOIT", "For MoIT.", false, null, false,
                List.of()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> requests.answer(id, "MOIT", "x", false, null, false,
                List.of()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(auditor, () -> { requests.acknowledge(id, "MOIT"); return null; }))
                .isInstanceOf(ForbiddenException.class);
        // a body asked of a request the NSMCWG addressed to others: not found
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> { requests.acknowledge(id, "PTA"); return null; }))
                .isInstanceOf(NotFoundException.class);
        // only the officer declines or delegates; only the requester escalates and reminds
        assertThatThrownBy(() -> Fixtures.as(moitDrafter, () -> { requests.decline(id, "MOIT", "No."); return null; }))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(moitDrafter, () -> { requests.delegate(id, "MOIT", moitOfficer.getUsername());
            return null; })).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(member, () -> { requests.remind(id, "MOIT"); return null; }))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> { requests.escalate(id, "MOIT", "Please."); return null; }))
                .isInstanceOf(ForbiddenException.class);
        // a refusal that is not declined cannot be escalated
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> { requests.escalate(id, "MOIT", "Please."); return null; }))
                .isInstanceOf(ConflictException.class);
        // a delegate must be of the body
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> { requests.delegate(id, "MOIT", fia.getUsername());
            return null; })).isInstanceOf(InvalidInputException.class);
        // a partial answer needs the date for the rest, after today; a whole one has none
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", "Part.", true, null, false,
                List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", "All.", false,
                LocalDate.now().plusDays(3), false, List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", " ", false, null, false,
                List.of()))).isInstanceOf(InvalidInputException.class);
        // a refused file refuses the answer: nothing is kept, the body still owes it
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", "Here.", false, null,
                false, file("program.exe", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3, 4 }))))
                .isInstanceOf(pk.gov.mashwara.shared.RefusedFileException.class);
        assertThat(Fixtures.as(moitOfficer, () -> requests.get(id)).bodies().getFirst().answers()).isEmpty();
        assertThat(Fixtures.as(moitOfficer, () -> requests.get(id)).bodies().getFirst().status().state())
                .isEqualTo(BodyState.ASKED);
        // once answered, not again; and not acknowledged afterwards
        Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", "All of it.", false, null, false, List.of()));
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> requests.answer(id, "MOIT", "More.", false, null,
                false, List.of()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> { requests.acknowledge(id, "MOIT"); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> requests.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void clarification_delegation_a_partial_answer_a_refusal_and_its_escalation() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var fiaOfficer = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var fiaDrafter = fixtures.user("FIA", Role.COMMITTEE_DRAFTER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, 10, "FIA", "MOIT");

        Fixtures.as(fiaOfficer, () -> requests.clarify(id, "FIA", "Count the helpline too?"));
        assertThat(state(secretary, id, 0)).isEqualTo(BodyState.CLARIFICATION_ASKED);
        assertThat(Fixtures.as(secretary, () -> requests.desk())).anyMatch(e -> e.requestId() == id
                && e.state() == BodyState.CLARIFICATION_ASKED);
        Fixtures.as(secretary, () -> requests.clarify(id, "FIA", "Yes, count it."));
        assertThat(state(secretary, id, 0)).isEqualTo(BodyState.ACKNOWLEDGED);
        Fixtures.as(fiaOfficer, () -> requests.delegate(id, "FIA", fiaDrafter.getUsername()));
        var body = Fixtures.as(fiaDrafter, () -> requests.get(id)).bodies().getFirst();
        assertThat(body.delegatedTo()).isEqualTo(fiaDrafter.getUsername());
        assertThat(body.thread()).extracting(DataRequestViews.Message::kind)
                .containsExactly("CLARIFICATION_ASKED", "CLARIFICATION_GIVEN", "DELEGATED");
        // MoIT, another body asked, does not see FIA's thread
        assertThat(Fixtures.as(moit, () -> requests.get(id)).bodies().getFirst().thread()).isEmpty();

        var today = clock.instant().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate();
        Fixtures.as(fiaDrafter, () -> requests.answer(id, "FIA", "2025 attached; 2026 to follow.", true,
                today.plusDays(20), false, List.of()));
        var partly = Fixtures.as(secretary, () -> requests.get(id)).bodies().getFirst();
        assertThat(partly.status().state()).isEqualTo(BodyState.PARTLY_ANSWERED);
        assertThat(partly.status().restDue()).isEqualTo(today.plusDays(20));
        assertThat(partly.status().overdue()).isFalse();
        Fixtures.as(fiaDrafter, () -> requests.answer(id, "FIA", "2026 as well.", false, null, false, List.of()));
        assertThat(state(secretary, id, 0)).isEqualTo(BodyState.ANSWERED);

        Fixtures.as(moit, () -> requests.decline(id, "MOIT", "Section 41 of PECA forbids sharing these."));
        assertThat(Fixtures.as(secretary, () -> requests.get(id)).bodies().get(1).declineReason())
                .isEqualTo("Section 41 of PECA forbids sharing these.");
        assertThat(Fixtures.as(secretary, () -> requests.list("MOIT", "DECLINED"))).anyMatch(s -> s.id() == id);
        Fixtures.as(secretary, () -> requests.escalate(id, "MOIT", "The PM's Office asks for them; please share."));
        var escalated = Fixtures.as(moit, () -> requests.get(id)).bodies().get(1);
        assertThat(escalated.status().escalated()).isTrue();
        assertThat(escalated.status().state()).isEqualTo(BodyState.ACKNOWLEDGED);
        assertThat(escalated.acts()).contains(Act.ANSWER);
    }

    @Test
    void an_overdue_body_is_reminded_once_per_interval_and_shows_in_pendency() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, 1, "FIA", "MOIT");
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "Done.", false, null, false, List.of()));
        assertThat(reminded(fia, id)).isZero();
        reminders.remind();
        assertThat(reminded(fia, id)).as("not overdue yet").isZero();

        var due = Fixtures.as(secretary, () -> requests.get(id)).dueAt();
        clock.set(due.plus(Duration.ofMinutes(1)));
        assertThat(Fixtures.as(secretary, () -> requests.list(null, "OVERDUE"))).anyMatch(s -> s.id() == id);
        assertThat(Fixtures.as(secretary, () -> requests.get(id)).bodies()).extracting(b -> b.status().overdue())
                .containsExactly(true, false);
        reminders.remind();
        assertThat(reminded(fia, id)).isEqualTo(1);
        reminders.remind();
        clock.advance(Duration.ofHours(23));
        reminders.remind();
        assertThat(reminded(fia, id)).as("once per interval").isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        reminders.remind();
        assertThat(reminded(fia, id)).isEqualTo(2);
        // the answered body is never reminded
        assertThat(Fixtures.as(moit, () -> notifications.mine(0, 100))).noneMatch(n -> n.kind()
                == NotificationKind.DATA_REQUEST_OVERDUE && n.link().equals("data-requests/" + id));
        var pendency = Fixtures.as(secretary, () -> requests.pendencyByBody());
        assertThat(pendency).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("FIA");
            assertThat(p.overdue()).isPositive();
        });
        // a body's users see their own body's line only
        assertThat(Fixtures.as(fia, () -> requests.pendencyByBody())).extracting(DataRequestViews.BodyPendency::code)
                .containsExactly("FIA");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select detail from audit_entry where target_type = 'DATA_REQUEST' and target_id = ? and actor = '(system)'",
                String.class, Long.toString(id))).hasSize(2).allMatch(d -> d.startsWith("OVERDUE_REMINDED (FIA)")));
    }

    @Test
    void a_damaged_spreadsheet_is_kept_byte_for_byte_and_its_preview_says_why_it_cannot_be_shown() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var id = ask(secretary, 5, "FIA");
        var damaged = Spreadsheets.damaged();
        var answer = Fixtures.as(fia, () -> requests.answer(id, "FIA", "The table.", false, null, false,
                file("table.xlsx", damaged)));
        var fileId = answer.files().getFirst().id();
        var preview = Fixtures.as(secretary, () -> requests.preview(id, fileId));
        assertThat(preview.tabular()).isTrue();
        assertThat(preview.problem()).isEqualTo("datarequest.preview.badWorkbook");
        assertThat(TestFiles.sha256(readAll(Fixtures.as(secretary, () -> requests.download(id, fileId)))))
                .isEqualTo(TestFiles.sha256(damaged));
    }

    private int reminded(MashwaraUser user, long id) {
        return (int) Fixtures.as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.kind() == NotificationKind.DATA_REQUEST_OVERDUE && n.link().equals("data-requests/" + id))
                .count();
    }

    private BodyState state(MashwaraUser user, long id, int body) {
        return Fixtures.as(user, () -> requests.get(id)).bodies().get(body).status().state();
    }

    private static byte[] readAll(pk.gov.mashwara.draft.FileDownload download) {
        try (var in = download.open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
