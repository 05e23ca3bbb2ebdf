package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * Deadlines on the routing path count working days of the office calendar and a draft's priority mark shortens
 * them; desks put the most urgent mark first. The clock is moved to Christmas Eve 2026: Friday 25 December is
 * Quaid-e-Azam Day, then the weekend.
 */
@SpringBootTest
@Import({ Fixtures.class, PendencyIT.TestClock.class })
class WorkingDaysRoutingIT {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    /** Thursday 24 December 2026, 10:00 in Islamabad. */
    static final Instant CHRISTMAS_EVE = LocalDateTime.of(2026, 12, 24, 10, 0).atZone(PKT).toInstant();

    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    PendencyService pendency;
    @Autowired
    DirectoryService directory;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    /** A committee of its own, so that its desk holds only this test's drafts. */
    String freshCommittee() {
        var code = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as(systemAdministrator(), () -> directory.createCommittee(
                new CommitteeForm(code, "Working days test committee " + code, null, CommitteeType.DIVISION, null, true)));
        return code;
    }

    long draft(MashwaraUser drafter, String title, Priority priority) {
        return as(drafter, () -> drafts.create(new NewDraft(title, drafter.committeeId(), DraftKind.POLICY,
                "Rules of Business 1973", false, Classification.UNCLASSIFIED, null, priority), "draft.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf(title)))).id();
    }

    void putUp(MashwaraUser drafter, long id, Map<String, String> details) {
        as(drafter, () -> routing.act(id, "put-up", new ActionRequest(drafts.get(id).version(), null, details)));
    }

    static Instant pkt(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(PKT).toInstant();
    }

    @Test
    void a_deadline_across_quaid_day_and_the_weekend_counts_only_working_days_and_falls_at_close_of_office() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        clock.set(CHRISTMAS_EVE);
        long id = draft(drafter, unique("Holiday weekend"), Priority.ROUTINE);
        putUp(drafter, id, Map.of());

        // COMMITTEE_APPROVAL waits seven working days: 28, 29, 30, 31 December, 1, 4 and 5 January (Friday the 25th
        // is Quaid-e-Azam Day and Christmas, the 26th and 27th the weekend), until 17:00 on the 5th
        var view = as(officer, () -> routing.routing(id));
        assertThat(view.dueAt()).isEqualTo(pkt(2027, 1, 5, 17, 0));
        assertThat(view.priority()).isEqualTo(Priority.ROUTINE);

        clock.set(pkt(2027, 1, 5, 16, 59));
        assertThat(row(as(officer, () -> pendency.desk()), id).overdue()).isFalse();
        clock.set(pkt(2027, 1, 5, 17, 1));
        var late = row(as(officer, () -> pendency.desk()), id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(1);
        assertThat(as(officer, () -> pendency.deskCount()).overdue()).isEqualTo(1);
    }

    @Test
    void a_priority_mark_shortens_the_deadline_by_the_rule_books_factor() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        clock.set(CHRISTMAS_EVE);
        long immediate = draft(drafter, unique("Immediate"), Priority.ROUTINE);
        // marked as it is put up: seven working days halved, rounded half up, are four
        putUp(drafter, immediate, Map.of("priority", "immediate"));
        long most = draft(drafter, unique("Most immediate"), Priority.MOST_IMMEDIATE);
        putUp(drafter, most, Map.of());

        var view = as(officer, () -> routing.routing(immediate));
        assertThat(view.priority()).isEqualTo(Priority.IMMEDIATE);
        assertThat(view.dueAt()).isEqualTo(pkt(2026, 12, 31, 17, 0));
        assertThat(view.history().getLast().details()).containsEntry("priority", "IMMEDIATE");
        assertThat(view.history().getLast().priority()).as("the step carries the mark").isEqualTo(Priority.IMMEDIATE);
        // a quarter of seven rounds to two: Monday and Tuesday after the holiday weekend
        assertThat(as(officer, () -> routing.routing(most)).dueAt()).isEqualTo(pkt(2026, 12, 29, 17, 0));
        assertThatThrownBy(() -> putUp(drafter, draft(drafter, unique("Flash"), Priority.ROUTINE),
                Map.of("priority", "flash")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("priority"));
    }

    @Test
    void the_desk_puts_the_most_urgent_mark_first_then_the_overdue_then_the_nearest_deadline() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        clock.set(CHRISTMAS_EVE);
        long oldRoutine = draft(drafter, unique("Old routine"), Priority.ROUTINE);
        putUp(drafter, oldRoutine, Map.of());
        clock.advance(Duration.ofDays(5));
        long newRoutine = draft(drafter, unique("New routine"), Priority.ROUTINE);
        putUp(drafter, newRoutine, Map.of());
        long priority = draft(drafter, unique("Priority"), Priority.PRIORITY);
        putUp(drafter, priority, Map.of());
        long mostImmediate = draft(drafter, unique("Most immediate"), Priority.MOST_IMMEDIATE);
        putUp(drafter, mostImmediate, Map.of());
        // on 6 January the old routine one is overdue (seven working days from 24 December end on the 5th), so are
        // the most immediate one (two from 29 December: the 31st) and the priority one (five: the 5th); the new
        // routine one is not (seven from 29 December: the 7th)
        clock.set(pkt(2027, 1, 6, 10, 0));

        var desk = as(officer, () -> pendency.desk());
        assertThat(desk).extracting(PendingDraft::draftId).containsExactly(mostImmediate, priority, oldRoutine,
                newRoutine);
        assertThat(desk).isSortedAccordingTo(OpenDrafts.URGENCY);
        assertThat(desk).extracting(PendingDraft::overdue).containsExactly(true, true, true, false);
        assertThat(row(desk, newRoutine).dueAt()).isEqualTo(pkt(2027, 1, 7, 17, 0));
        var list = as(officer, () -> pendency.pending(0, 50));
        assertThat(list).extracting(PendingDraft::draftId).containsExactly(mostImmediate, priority, oldRoutine,
                newRoutine);
        assertThat(as(officer, () -> pendency.pendingCount()).overdue()).isEqualTo(3);
    }

    @Test
    void the_secretary_changes_a_submitted_drafts_priority_with_a_reason_and_the_committee_no_longer_may() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var submitted = fixtures.submittedDraft(drafter, officer, unique("Reprioritised"));
        long id = submitted.id();

        assertThatThrownBy(() -> as(officer, () -> drafts.markPriority(id, Priority.IMMEDIATE, null)))
                .as("the committee no longer holds it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(secretary, () -> drafts.markPriority(id, Priority.IMMEDIATE, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(as(secretary, () -> drafts.get(id)).priority()).isEqualTo(Priority.ROUTINE);

        var marked = as(secretary, () -> drafts.markPriority(id, Priority.MOST_IMMEDIATE, "The PMO wants it this week"));
        assertThat(marked.priority()).isEqualTo(Priority.MOST_IMMEDIATE);
        assertThat(as(drafter, () -> drafts.get(id)).priority()).isEqualTo(Priority.MOST_IMMEDIATE);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                as(fixtures.user(null, Role.AUDITOR), () -> audit.find(new AuditQuery(null, null, "DRAFT", String.valueOf(id), null, null), 0, 50)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.PRIORITY_MARKED);
                    assertThat(e.actor()).isEqualTo(secretary.getUsername());
                    assertThat(e.detail()).contains("ROUTINE → MOST_IMMEDIATE", "The PMO wants it this week");
                }));
    }

    @Test
    void the_committee_sets_its_file_number_which_is_checked_for_shape_and_audited() {
        var code = freshCommittee();
        var drafter = fixtures.user(code, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(code, Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var submitted = fixtures.submittedDraft(drafter, officer, unique("Numbered"));
        long id = submitted.id();

        assertThatThrownBy(() -> as(officer, () -> drafts.setFileNumber(id, "file twelve")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fileNumber");
                    assertThat(e.getMessage()).contains("“file twelve”", "F. No. 2(1)/2026-Pub.");
                });
        assertThat(as(officer, () -> drafts.get(id)).fileNumber()).isNull();
        assertThatThrownBy(() -> as(member, () -> drafts.setFileNumber(id, "F. No. 2(1)/2026-Pub.")))
                .isInstanceOf(AccessDeniedException.class);

        var numbered = as(officer, () -> drafts.setFileNumber(id, " F. No. 2(1)/2026-Pub. "));
        assertThat(numbered.fileNumber()).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(as(member, () -> drafts.get(id)).fileNumber()).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(as(member, () -> routing.routing(id)).fileNumber()).isEqualTo("F. No. 2(1)/2026-Pub.");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                as(fixtures.user(null, Role.AUDITOR), () -> audit.find(new AuditQuery(null, null, "DRAFT", String.valueOf(id), null, null), 0, 50)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.FILE_NUMBER_SET);
                    assertThat(e.detail()).isEqualTo("none → F. No. 2(1)/2026-Pub.");
                }));
    }

    static PendingDraft row(List<PendingDraft> list, long draftId) {
        return list.stream().filter(d -> d.draftId() == draftId).findFirst().orElseThrow();
    }
}
