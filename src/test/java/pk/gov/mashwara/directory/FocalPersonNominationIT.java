package pk.gov.mashwara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.AuditLog;
import pk.gov.mashwara.audit.AuditQuery;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/**
 * The focal person's nomination (direction 3) on the real database: nominated, supported and objected to, consensus,
 * recommendation and the PM's approval, upon which the office passes and the history records it; every refusal on
 * the way. The test hands the office back to the test database's focal person at the end, as other tests use them.
 */
@SpringBootTest
@Import(Fixtures.class)
class FocalPersonNominationIT {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    FocalPersonService focal;
    @Autowired
    AuditLog audit;

    @Test
    void a_nominee_becomes_focal_person_only_on_the_pms_approval_and_the_previous_one_loses_the_office() {
        var previous = fixtures.focalPerson();
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var member2 = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var today = LocalDate.now(PKT);
        try {
            var id = Fixtures.as(member, () -> focal.nominate(nominee.id(), "Led the talks with the platforms."));
            // outsiders neither read nor act; the nominee gives no view on their own nomination
            var outsider = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> focal.nomination(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> focal.nominations())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> focal.nominate(nominee.id(), null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> Fixtures.as(nominee, () -> focal.opinion(id, true, null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> Fixtures.as(member, () -> focal.nominate(nominee.id(), "again")))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> Fixtures.as(member, () -> focal.nominate(outsider.id(), null)))
                    .isInstanceOf(InvalidInputException.class);
            // consensus needs support, and only the secretary records it
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.consensus(id, "Agreed", version(secretary, id))))
                    .isInstanceOf(ConflictException.class);
            // the pendency page: the members' views are next, every member but the nominee awaited
            var opened = pendency(secretary, id);
            assertThat(opened.next()).isEqualTo(NominationPendency.Next.VIEWS);
            assertThat(opened.views()).isZero();
            assertThat(opened.awaitedNames()).contains(member.displayName(), member2.displayName(),
                    secretary.displayName()).doesNotContain(nominee.displayName());
            assertThat(opened.members()).isEqualTo(opened.awaitedNames().size());
            assertThatThrownBy(() -> Fixtures.as(outsider, () -> focal.pendency())).isInstanceOf(ForbiddenException.class);
            assertThat(Fixtures.as(fixtures.user(null, Role.AUDITOR), () -> focal.pendency()))
                    .anyMatch(p -> p.id() == id);
            assertThat(Fixtures.as(member2, () -> focal.work())).anyMatch(w -> w.nominationId() == id
                    && w.due() == NominationWork.Due.VIEW);
            Fixtures.as(member2, () -> focal.opinion(id, false, "Prefer a serving officer."));
            Fixtures.as(member2, () -> focal.opinion(id, true, "On reflection, supported."));
            Fixtures.as(member, () -> focal.opinion(id, true, null));
            var viewed = pendency(member, id);
            assertThat(viewed.views()).isEqualTo(2);
            assertThat(viewed.awaitedNames()).doesNotContain(member.displayName(), member2.displayName())
                    .contains(secretary.displayName()).hasSize(viewed.members() - 2);
            var withViews = Fixtures.as(secretary, () -> focal.nomination(id));
            assertThat(withViews.supporting()).isEqualTo(2);
            assertThat(withViews.objecting()).isZero();
            assertThat(withViews.allowed().consensus()).isTrue();
            assertThatThrownBy(() -> Fixtures.as(member, () -> focal.consensus(id, "Agreed", withViews.version())))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(Fixtures.as(secretary, () -> focal.work())).anyMatch(w -> w.nominationId() == id
                    && w.due() == NominationWork.Due.CONSENSUS);
            Fixtures.as(secretary, () -> focal.consensus(id, "Consensus at the meeting", withViews.version()));
            var agreed = pendency(secretary, id);
            assertThat(agreed.next()).isEqualTo(NominationPendency.Next.RECOMMENDATION);
            assertThat(agreed.awaitedNames()).isEmpty();
            // the approval cannot come before the recommendation, nor the recommendation from the future
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.approval(id, "PMO/1", today, version(secretary, id))))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.recommendation(id, "NSMCWG/FP/1",
                    today.plusDays(3), version(secretary, id)))).isInstanceOf(InvalidInputException.class);
            Fixtures.as(secretary, () -> focal.recommendation(id, "NSMCWG/FP/1", today.minusDays(5), version(secretary, id)));
            var recommended = pendency(secretary, id);
            assertThat(recommended.next()).isEqualTo(NominationPendency.Next.APPROVAL);
            assertThat(recommended.reference()).isEqualTo("NSMCWG/FP/1");
            assertThat(recommended.since()).isEqualTo(today.minusDays(5).atStartOfDay(PKT).toInstant());
            // still not the focal person: the PM has not approved
            assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
            assertThat(fixtures.load(previous.getUsername()).has(Role.FOCAL_PERSON)).isTrue();
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.approval(id, "PMO/FP/2026", today.minusDays(6),
                    version(secretary, id)))).isInstanceOf(ConflictException.class);

            Fixtures.as(secretary, () -> focal.approval(id, "PMO/FP/2026", today.minusDays(1), version(secretary, id)));

            assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isTrue();
            var before = fixtures.load(previous.getUsername());
            assertThat(before.has(Role.FOCAL_PERSON)).isFalse();
            assertThat(before.roles()).containsExactly(Role.NSMCWG_MEMBER);
            var history = Fixtures.as(outsider, () -> focal.history());
            assertThat(history.getFirst()).isEqualTo(new FocalTerm(nominee.getUsername(), nominee.displayName(),
                    today.minusDays(1), null, "PMO/FP/2026", id));
            assertThat(history).anyMatch(t -> t.username().equals(previous.getUsername())
                    && today.minusDays(1).equals(t.to()));
            assertThat(Fixtures.as(secretary, () -> focal.nomination(id)).status()).isEqualTo(NominationStatus.APPROVED);
            assertThat(Fixtures.as(secretary, () -> focal.pendency())).noneMatch(p -> p.id() == id);

            var auditor = fixtures.user(null, Role.AUDITOR);
            var query = new AuditQuery(null, AuditAction.NOMINATION_ACTION, "NOMINATION", Long.toString(id), null, null);
            await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 7);
            assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 10))).anyMatch(e -> e.detail().startsWith("approval:")
                    && e.detail().contains("focal person now " + nominee.getUsername())
                    && e.detail().contains("was " + previous.getUsername()));
        } finally {
            fixtures.handFocalOfficeBack(previous, secretary, member, today);
        }
        assertThat(fixtures.load(previous.getUsername()).has(Role.FOCAL_PERSON)).isTrue();
        assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
    }

    @Test
    void a_nomination_is_withdrawn_by_its_nominee_or_its_nominator_and_then_no_one_becomes_focal_person() {
        var previous = fixtures.focalPerson();
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var nominator = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var other = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var outsider = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var today = LocalDate.now(PKT);

        var id = Fixtures.as(nominator, () -> focal.nominate(nominee.id(), "Knows the platforms."));
        assertThat(Fixtures.as(nominee, () -> focal.nomination(id)).allowed().withdraw()).isTrue();
        assertThat(Fixtures.as(nominator, () -> focal.nomination(id)).allowed().withdraw()).isTrue();
        assertThat(Fixtures.as(other, () -> focal.nomination(id)).allowed().withdraw()).isFalse();
        assertThat(Fixtures.as(secretary, () -> focal.nomination(id)).allowed().withdraw()).isFalse();
        // neither another member nor the secretary withdraws it; an outsider does not see it
        assertThatThrownBy(() -> Fixtures.as(other, () -> focal.withdraw(id, "No.", version(other, id))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.withdraw(id, "No.", version(secretary, id))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> focal.withdraw(id, "No.", 0)))
                .isInstanceOf(NotFoundException.class);
        // a reason is needed, and the version read
        assertThatThrownBy(() -> Fixtures.as(nominee, () -> focal.withdraw(id, "  ", version(nominee, id))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(nominee, () -> focal.withdraw(id, "Posted abroad.",
                version(nominee, id) + 1))).isInstanceOf(ConflictException.class);

        Fixtures.as(nominee, () -> focal.withdraw(id, "Posted abroad for a year.", version(nominee, id)));

        var withdrawn = Fixtures.as(secretary, () -> focal.nomination(id));
        assertThat(withdrawn.status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawal().by()).isEqualTo(nominee.getUsername());
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("Posted abroad for a year.");
        assertThat(withdrawn.allowed()).isEqualTo(new NominationDetails.Allowed(false, false, false, false, false));
        assertThatThrownBy(() -> Fixtures.as(other, () -> focal.opinion(id, true, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.consensus(id, "Agreed", version(secretary, id))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(nominator, () -> focal.withdraw(id, "Again.", version(nominator, id))))
                .isInstanceOf(ConflictException.class);
        assertThat(Fixtures.as(secretary, () -> focal.work())).noneMatch(w -> w.nominationId() == id);

        // closed: the same member may be nominated again; the nominator withdraws this one after the recommendation
        var again = Fixtures.as(other, () -> focal.nominate(nominee.id(), "Back from abroad."));
        try {
            Fixtures.as(nominator, () -> focal.opinion(again, true, null));
            Fixtures.as(secretary, () -> focal.consensus(again, "Agreed", version(secretary, again)));
            Fixtures.as(secretary, () -> focal.recommendation(again, "NSMCWG/FP/9", today, version(secretary, again)));
            Fixtures.as(other, () -> focal.withdraw(again, "The nominee has left the NSMCWG.", version(other, again)));
        } finally {
            if (!Fixtures.as(secretary, () -> focal.nomination(again)).status().closed()) {
                Fixtures.as(other, () -> focal.withdraw(again, "Test cleanup.", version(other, again)));
            }
        }
        assertThat(Fixtures.as(secretary, () -> focal.nomination(again)).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
        assertThat(fixtures.load(previous.getUsername()).has(Role.FOCAL_PERSON)).isTrue();

        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(null, AuditAction.NOMINATION_ACTION, "NOMINATION", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 2);
        assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 10))).anyMatch(e -> e.detail().startsWith("withdraw:")
                && e.detail().contains("by the nominee") && e.detail().contains("Posted abroad for a year."));
    }

    @Test
    void the_pms_answer_not_approved_closes_the_nomination_and_the_focal_person_stays() {
        var previous = fixtures.focalPerson();
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var nominee = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var today = LocalDate.now(PKT);
        var id = Fixtures.as(member, () -> focal.nominate(nominee.id(), "A second name."));
        try {
            Fixtures.as(member, () -> focal.opinion(id, true, null));
            Fixtures.as(secretary, () -> focal.consensus(id, "Agreed", version(secretary, id)));
            // not before the recommendation
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.notApproved(id, "PMO/FP/N/1", today,
                    version(secretary, id)))).isInstanceOf(ConflictException.class);
            Fixtures.as(secretary, () -> focal.recommendation(id, "NSMCWG/FP/7", today.minusDays(4), version(secretary, id)));
            assertThatThrownBy(() -> Fixtures.as(member, () -> focal.notApproved(id, "PMO/FP/N/1", today,
                    version(member, id)))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.notApproved(id, "PMO/FP/N/1",
                    today.minusDays(5), version(secretary, id)))).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.notApproved(id, " ", today,
                    version(secretary, id)))).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.notApproved(id, "PMO/FP/N/1",
                    today.plusDays(2), version(secretary, id)))).isInstanceOf(InvalidInputException.class);

            Fixtures.as(secretary, () -> focal.notApproved(id, "PMO/FP/N/1", today.minusDays(1), version(secretary, id)));
        } finally {
            if (!Fixtures.as(secretary, () -> focal.nomination(id)).status().closed()) {
                Fixtures.as(member, () -> focal.withdraw(id, "Test cleanup.", version(member, id)));
            }
        }
        var answered = Fixtures.as(secretary, () -> focal.nomination(id));
        assertThat(answered.status()).isEqualTo(NominationStatus.NOT_APPROVED);
        assertThat(answered.approvalRef()).isEqualTo("PMO/FP/N/1");
        assertThat(answered.approvalDate()).isEqualTo(today.minusDays(1));
        assertThat(answered.allowed()).isEqualTo(new NominationDetails.Allowed(false, false, false, false, false));
        assertThat(fixtures.load(nominee.getUsername()).has(Role.FOCAL_PERSON)).isFalse();
        assertThat(fixtures.load(previous.getUsername()).has(Role.FOCAL_PERSON)).isTrue();
        assertThat(Fixtures.as(member, () -> focal.history())).noneMatch(t -> t.username().equals(nominee.getUsername()));
        assertThatThrownBy(() -> Fixtures.as(secretary, () -> focal.approval(id, "PMO/FP/N/2", today,
                version(secretary, id)))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Fixtures.as(member, () -> focal.withdraw(id, "Late.", version(member, id))))
                .isInstanceOf(ConflictException.class);

        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(null, AuditAction.NOMINATION_ACTION, "NOMINATION", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 5);
        assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 10))).anyMatch(e -> e.detail().startsWith(
                "not-approved:") && e.detail().contains("PMO/FP/N/1") && e.detail().contains("no one becomes focal person"));
    }

    /** The test database's focal person nominated and approved again, so that the office returns to them. */
    private long version(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> focal.nomination(id)).version();
    }

    private NominationPendency pendency(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> focal.pendency()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}
