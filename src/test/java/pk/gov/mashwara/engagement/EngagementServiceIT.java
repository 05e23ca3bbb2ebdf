package pk.gov.mashwara.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.MutableClock;

/**
 * The engagement log through its services, as the users the letter names: logging, reading, documents, commitments
 * and their follow-up, who may and may not, overdue commitments on the desk and reminded once per interval, audited.
 */
@SpringBootTest
@Import({ Fixtures.class, EngagementServiceIT.TestClock.class })
class EngagementServiceIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    EngagementService engagements;
    @Autowired
    CommitmentService commitments;
    @Autowired
    CompanyService companies;
    @Autowired
    CommitmentReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Karachi"));
    }

    NewEngagement meeting(String subject, String lead, List<String> bodies) {
        return new NewEngagement("Google", EngagementKind.MEETING, today().minusDays(3), subject, lead,
                "NSMCWG focal person; MoIT", "Director, Government Affairs", "A liaison office in Islamabad.",
                "An office with a grievance officer in Pakistan.", null, "7", "No. 1(1)/AS-II/2021", bodies);
    }

    @Test
    void a_member_logs_an_engagement_with_a_document_and_commitments_which_the_parties_read_and_others_do_not()
            throws Exception {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var moibOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var subject = Fixtures.unique("Liaison office meeting");

        var logged = Fixtures.as(member, () -> engagements.log(meeting(subject, null, List.of("MOIT"))));
        assertThat(logged.company()).isEqualTo("Google");
        assertThat(logged.lead()).isEqualTo(member.getUsername());
        assertThat(logged.bodies()).containsExactly("MOIT");
        assertThat(logged.directionNumber()).isEqualTo("7");
        assertThat(logged.mayChange()).isTrue();

        var pdf = Fixtures.uniquePdf("Letter to Google");
        var doc = Fixtures.as(member, () -> engagements.addDocument(logged.id(), DocumentDirection.SENT,
                "letter to Google.pdf", new ByteArrayInputStream(pdf)));
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.sizeBytes()).isEqualTo(pdf.length);
        assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        var owedByPta = Fixtures.as(member, () -> engagements.addCommitment(logged.id(),
                new NewCommitment("PTA", "Send the pending requests", today().plusDays(5))));
        var owedByGoogle = Fixtures.as(member, () -> engagements.addCommitment(logged.id(),
                new NewCommitment(null, "A dated plan for the office", today().plusDays(9))));
        assertThat(owedByPta.ownerCode()).isEqualTo("PTA");
        assertThat(owedByGoogle.owedByCompany()).isTrue();
        assertThat(owedByGoogle.ownerName()).isEqualTo("Google");

        // the PTA now owes a commitment in it: party to it, its officer reads it and downloads the letter byte for byte
        var seenByPta = Fixtures.as(ptaOfficer, () -> engagements.get(logged.id()));
        assertThat(seenByPta.bodies()).containsExactly("MOIT", "PTA");
        assertThat(seenByPta.mayChange()).isFalse();
        assertThat(seenByPta.documents()).extracting(EngagementDocumentInfo::fileName).containsExactly("letter to Google.pdf");
        assertThat(seenByPta.commitments()).hasSize(2);
        var download = Fixtures.as(ptaOfficer, () -> engagements.download(logged.id(), doc.id()));
        try (var in = download.open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        // the PTA's officer is told the PTA owes a commitment
        assertThat(Fixtures.as(ptaOfficer, () -> notifications.mine(0, 50))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COMMITMENT_OWED);
            assertThat(n.link()).isEqualTo("engagements/" + logged.id());
        });

        // another body's officer neither finds it nor lists it; the auditor reads it and changes nothing
        assertThatThrownBy(() -> Fixtures.as(moibOfficer, () -> engagements.get(logged.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(moibOfficer, () -> engagements.download(logged.id(), doc.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(moibOfficer, () -> engagements.list(null, null, null, null, 0, 100)))
                .extracting(EngagementSummary::id).doesNotContain(logged.id());
        assertThat(Fixtures.as(moibOfficer, () -> commitments.list(CommitmentFilter.all())))
                .extracting(CommitmentInfo::id).doesNotContain(owedByPta.id(), owedByGoogle.id());
        assertThat(Fixtures.as(auditor, () -> engagements.get(logged.id())).mayChange()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(auditor, () -> engagements.addCommitment(logged.id(),
                new NewCommitment(null, "Anything", today())))).isInstanceOf(ForbiddenException.class);

        // the list by company and kind
        var google = Fixtures.as(member, () -> companies.companies(true)).stream().filter(c -> c.name().equals("Google"))
                .findFirst().orElseThrow();
        var tiktok = Fixtures.as(member, () -> companies.companies(true)).stream().filter(c -> c.name().equals("TikTok"))
                .findFirst().orElseThrow();
        assertThat(Fixtures.as(member, () -> engagements.list(google.id(), EngagementKind.MEETING, null, null, 0, 100)))
                .extracting(EngagementSummary::id).contains(logged.id());
        assertThat(Fixtures.as(member, () -> engagements.list(tiktok.id(), null, null, null, 0, 100)))
                .extracting(EngagementSummary::id).doesNotContain(logged.id());
        assertThat(Fixtures.as(member, () -> engagements.list(google.id(), EngagementKind.CALL, null, null, 0, 100)))
                .extracting(EngagementSummary::id).doesNotContain(logged.id());

        // every change and the download are in the audit log
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var entries = Fixtures.as(auditor, () -> audit.find(new AuditQuery(null, null, "ENGAGEMENT",
                    Long.toString(logged.id()), null, null), 0, 50));
            assertThat(entries).extracting(e -> e.action()).contains(AuditAction.ENGAGEMENT_LOGGED,
                    AuditAction.ENGAGEMENT_DOCUMENT_ADDED, AuditAction.COMMITMENT_ADDED,
                    AuditAction.ENGAGEMENT_DOCUMENT_DOWNLOADED);
        });
    }

    @Test
    void only_the_nsmcwg_and_the_nsa_lead_log_and_bad_input_is_refused_naming_its_field() {
        var nsa = fixtures.user("NSD", Role.NSA_LEAD);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var admin = fixtures.user(null, Role.ADMIN);
        var auditor = fixtures.user(null, Role.AUDITOR);

        // the NSA's lead logs and leads; a member may name him as the lead
        var byNsa = Fixtures.as(nsa, () -> engagements.log(meeting(Fixtures.unique("NSA meeting"), null, List.of())));
        assertThat(byNsa.lead()).isEqualTo(nsa.getUsername());
        var ledByNsa = Fixtures.as(member, () -> engagements.log(meeting(Fixtures.unique("Led by the NSA"),
                nsa.getUsername(), List.of())));
        assertThat(ledByNsa.lead()).isEqualTo(nsa.getUsername());

        for (var outsider : List.of(drafter, admin, auditor)) {
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> engagements.log(meeting("Not mine", null, List.of()))))
                    .as(outsider.toString()).isInstanceOf(ForbiddenException.class);
        }
        assertThat(Fixtures.as(drafter, () -> engagements.mayLog())).isFalse();
        assertThat(Fixtures.as(nsa, () -> engagements.mayLog())).isTrue();

        record Bad(String field, NewEngagement form) {
        }
        var ok = meeting("Subject", null, List.of());
        var bad = List.of(
                new Bad("company", new NewEngagement("MySpace", ok.kind(), ok.occurredOn(), ok.subject(), null,
                        ok.ourParticipants(), null, ok.topics(), null, null, null, null, List.of())),
                new Bad("occurredOn", new NewEngagement("Google", ok.kind(), today().plusDays(1), ok.subject(), null,
                        ok.ourParticipants(), null, ok.topics(), null, null, null, null, List.of())),
                new Bad("subject", new NewEngagement("Google", ok.kind(), ok.occurredOn(), "  ", null,
                        ok.ourParticipants(), null, ok.topics(), null, null, null, null, List.of())),
                new Bad("topics", new NewEngagement("Google", ok.kind(), ok.occurredOn(), ok.subject(), null,
                        ok.ourParticipants(), null, "x".repeat(20_001), null, null, null, null, List.of())),
                new Bad("lead", new NewEngagement("Google", ok.kind(), ok.occurredOn(), ok.subject(),
                        drafter.getUsername(), ok.ourParticipants(), null, ok.topics(), null, null, null, null, List.of())),
                new Bad("directionNumber", new NewEngagement("Google", ok.kind(), ok.occurredOn(), ok.subject(), null,
                        ok.ourParticipants(), null, ok.topics(), null, null, "seven", null, List.of())),
                new Bad("bodies", new NewEngagement("Google", ok.kind(), ok.occurredOn(), ok.subject(), null,
                        ok.ourParticipants(), null, ok.topics(), null, null, null, null, List.of("NOPE"))));
        for (var b : bad) {
            assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.log(b.form()))).as(b.field())
                    .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", b.field());
        }
        // a draft without a clearance cannot be the position's basis; a draft the member may not see is not found
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var submitted = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Uncleared rules"));
        var unsubmitted = fixtures.draft(drafter, Fixtures.unique("Hidden rules"));
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.log(new NewEngagement("Google", ok.kind(),
                ok.occurredOn(), ok.subject(), null, ok.ourParticipants(), null, ok.topics(), "A position",
                submitted.id(), null, null, List.of())))).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "positionDraftId");
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.log(new NewEngagement("Google", ok.kind(),
                ok.occurredOn(), ok.subject(), null, ok.ourParticipants(), null, ok.topics(), "A position",
                unsubmitted.id(), null, null, List.of())))).isInstanceOf(NotFoundException.class);

        // documents: an empty file is refused and nothing is kept
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.addDocument(byNsa.id(), DocumentDirection.RECEIVED,
                "empty.pdf", new ByteArrayInputStream(new byte[0])))).isInstanceOf(RefusedFileException.class);
        assertThat(Fixtures.as(member, () -> engagements.get(byNsa.id())).documents()).isEmpty();
        // commitments: not due before the engagement, nor owed by an unknown body
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.addCommitment(byNsa.id(),
                new NewCommitment(null, "Too early", byNsa.occurredOn().minusDays(1)))))
                .hasFieldOrPropertyWithValue("field", "dueOn");
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.addCommitment(byNsa.id(),
                new NewCommitment("NOPE", "Someone", today())))).hasFieldOrPropertyWithValue("field", "owner");
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_commitment_is_followed_up_once_by_those_who_may_and_a_lapse_needs_its_reason() {
        var focal = fixtures.focalPerson();
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var ptaDrafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var moitOfficer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var e = Fixtures.as(focal, () -> engagements.log(meeting(Fixtures.unique("Follow-up"), null, List.of())));
        var pta = Fixtures.as(focal, () -> engagements.addCommitment(e.id(), new NewCommitment("PTA", "List", today())));
        var google = Fixtures.as(focal, () -> engagements.addCommitment(e.id(), new NewCommitment(null, "Plan", today())));

        assertThatThrownBy(() -> Fixtures.as(moitOfficer, () -> commitments.followUp(pta.id(), CommitmentStatus.DONE, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixtures.as(ptaDrafter, () -> commitments.followUp(pta.id(), CommitmentStatus.DONE, "x")))
                .isInstanceOf(ForbiddenException.class);
        // the PTA's officer follows up what the PTA owes, not what the company owes
        assertThatThrownBy(() -> Fixtures.as(ptaOfficer, () -> commitments.followUp(google.id(), CommitmentStatus.DONE, "x")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(ptaOfficer, () -> commitments.followUp(pta.id(), CommitmentStatus.LAPSED, " ")))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "note");
        var done = Fixtures.as(ptaOfficer, () -> commitments.followUp(pta.id(), CommitmentStatus.DONE, "Sent on Monday"));
        assertThat(done.status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(done.closedBy()).isEqualTo(ptaOfficer.displayName());
        // a second follow-up is refused, saying who did it
        assertThatThrownBy(() -> Fixtures.as(focal, () -> commitments.followUp(pta.id(), CommitmentStatus.LAPSED, "Late")))
                .isInstanceOf(ConflictException.class).hasMessageContaining(ptaOfficer.displayName());
        var lapsed = Fixtures.as(focal, () -> commitments.followUp(google.id(), CommitmentStatus.LAPSED,
                "Google declined"));
        assertThat(lapsed.status()).isEqualTo(CommitmentStatus.LAPSED);
        assertThat(lapsed.note()).isEqualTo("Google declined");
    }

    @Test
    void overdue_commitments_come_first_are_on_the_owing_body_and_the_lead_desks_and_are_reminded_once_per_interval() {
        var nsa = fixtures.user("NSD", Role.NSA_LEAD);
        var ptaOfficer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var moibOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var e = Fixtures.as(nsa, () -> engagements.log(new NewEngagement("TikTok", EngagementKind.CALL,
                today().minusDays(20), Fixtures.unique("Overdue call"), null, "NSA's lead", null, "Takedowns", null,
                null, "1", "No. 1(1)/AS-II/2021", List.of())));
        var what = Fixtures.unique("Send the overdue list");
        var late = Fixtures.as(nsa, () -> engagements.addCommitment(e.id(), new NewCommitment("PTA", what,
                today().minusDays(4))));
        var later = Fixtures.as(nsa, () -> engagements.addCommitment(e.id(), new NewCommitment(null, "Not yet due",
                today().plusDays(4))));
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(4);
        assertThat(later.overdue()).isFalse();

        var mine = Fixtures.as(ptaOfficer, () -> commitments.list(new CommitmentFilter("PTA", null, false)));
        assertThat(mine.getFirst().overdue()).isTrue();
        assertThat(Fixtures.as(nsa, () -> commitments.list(new CommitmentFilter(null, null, true))))
                .extracting(CommitmentInfo::id).contains(late.id()).doesNotContain(later.id());
        assertThat(Fixtures.as(nsa, () -> commitments.list(new CommitmentFilter("COMPANY", CommitmentStatus.OPEN, false))))
                .extracting(CommitmentInfo::id).contains(later.id()).doesNotContain(late.id());

        assertThat(Fixtures.as(ptaOfficer, () -> commitments.overdueOnMyDesk())).extracting(CommitmentInfo::id)
                .contains(late.id());
        assertThat(Fixtures.as(nsa, () -> commitments.overdueOnMyDesk())).extracting(CommitmentInfo::id)
                .containsExactly(late.id());
        assertThat(Fixtures.as(moibOfficer, () -> commitments.overdueOnMyDesk())).extracting(CommitmentInfo::id)
                .doesNotContain(late.id());

        // reminded once, not again within the interval (a day), again after it
        reminders.remindNow();
        assertThat(reminded(ptaOfficer, what)).isEqualTo(1);
        assertThat(reminded(nsa, what)).isEqualTo(1);
        reminders.remindNow();
        clock.advance(Duration.ofHours(23));
        reminders.remindNow();
        assertThat(reminded(ptaOfficer, what)).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        reminders.remindNow();
        assertThat(reminded(ptaOfficer, what)).isEqualTo(2);
        assertThat(reminded(nsa, what)).isEqualTo(2);

        // once done, no more reminders and off the desk
        Fixtures.as(ptaOfficer, () -> commitments.followUp(late.id(), CommitmentStatus.DONE, "Sent"));
        clock.advance(Duration.ofDays(2));
        reminders.remindNow();
        assertThat(reminded(ptaOfficer, what)).isEqualTo(2);
        assertThat(Fixtures.as(nsa, () -> commitments.overdueOnMyDesk())).isEmpty();
    }

    private long reminded(MashwaraUser user, String what) {
        return Fixtures.as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.kind() == NotificationKind.COMMITMENT_OVERDUE && what.equals(n.excerpt())).count();
    }

    @Test
    void administrators_keep_the_list_of_companies_and_nobody_else_changes_it() {
        var admin = fixtures.user(null, Role.ADMIN);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var name = Fixtures.unique("Bluesky");
        var added = Fixtures.as(admin, () -> companies.add(name, "Bluesky social"));
        assertThat(Fixtures.as(member, () -> companies.companies(true))).extracting(CompanyInfo::name).contains(name);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> companies.add(name.toUpperCase(), null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(member, () -> companies.add("Other", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> companies.add(" ", null)))
                .hasFieldOrPropertyWithValue("field", "name");
        Fixtures.as(admin, () -> companies.change(added.id(), name, "Bluesky", false));
        assertThat(Fixtures.as(member, () -> companies.companies(true))).extracting(CompanyInfo::name).doesNotContain(name);
        // a company no longer dealt with takes no new engagement
        assertThatThrownBy(() -> Fixtures.as(member, () -> engagements.log(new NewEngagement(name, EngagementKind.CALL,
                today(), "Call", null, "Us", null, "Topics", null, null, null, null, List.of()))))
                .hasFieldOrPropertyWithValue("field", "company");
    }
}
