package pk.gov.mashwara.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

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
 * Statements (direction 5) through the service on the real database: proposed by a body, edited with its revisions
 * kept, views asked and given, issued once and hashed, declined with a reason; who may see a proposal, who may issue,
 * and two simultaneous issues of which one wins and the other is told who.
 */
@SpringBootTest
@Import(Fixtures.class)
class StatementsIT {

    static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    StatementService statements;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    static MashwaraUser spokesperson(Fixtures fixtures) {
        return fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
    }

    static MashwaraUser moitOfficer(Fixtures fixtures) {
        return fixtures.namedUser("test.moit.officer", "MOIT", Role.COMMITTEE_OFFICER);
    }

    long propose(MashwaraUser proposer, String occasion) {
        return Fixtures.as(proposer, () -> statements.propose(new StatementForm("The government welcomes the step.",
                "حکومت اس اقدام کا خیرمقدم کرتی ہے۔", occasion, "Meta", Urgency.URGENT)));
    }

    static IssueForm issueNow(String text, long version) {
        var now = java.time.ZonedDateTime.now(PKT).minusMinutes(5);
        return new IssueForm(now.toLocalDate(), now.toLocalTime().withNano(0), Channel.PRESS_RELEASE, text, version);
    }

    @Test
    void a_proposal_is_edited_consulted_on_and_issued_by_the_spokesperson_hashed_and_audited() {
        var proposer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var speaker = spokesperson(fixtures);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moibDrafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var id = propose(proposer, Fixtures.unique("Meeting with Meta"));

        var proposed = Fixtures.as(speaker, () -> statements.get(id));
        assertThat(proposed.status()).isEqualTo(StatementStatus.PROPOSED);
        assertThat(proposed.allowed().issue()).isTrue();
        assertThat(proposed.directionLetter()).isEqualTo("No. 1(1)/AS-II/2021");
        assertThat(proposed.directionNumber()).isEqualTo("5");
        assertThat(Fixtures.as(speaker, () -> statements.work())).anyMatch(w -> w.statementId() == id
                && w.kind() == StatementWork.Kind.DECIDE);

        Fixtures.as(speaker, () -> statements.edit(id, new StatementForm("The government welcomes Meta's step.", null,
                proposed.occasion(), "Meta", Urgency.IMMEDIATE), proposed.version()));
        var edited = Fixtures.as(speaker, () -> statements.get(id));
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.textUr()).isNull();
        assertThat(edited.revisions()).extracting(StatementDetails.Revision::textEn)
                .containsExactly("The government welcomes the step.", "The government welcomes Meta's step.");

        // views of a person and of a body: each may read the proposal and reply, once
        var personal = Fixtures.as(speaker, () -> statements.askViews(id, null, member.getUsername(), "Agree?"));
        var body = Fixtures.as(speaker, () -> statements.askViews(id, fixtures.committee("MOIB"), null, "MoIB's view?"));
        assertThat(Fixtures.as(member, () -> statements.work())).anyMatch(w -> w.statementId() == id
                && w.kind() == StatementWork.Kind.REPLY);
        Fixtures.as(member, () -> statements.reply(id, personal, "Agreed."));
        assertThatThrownBy(() -> Fixtures.as(member, () -> statements.reply(id, body, "Not mine")))
                .isInstanceOf(ForbiddenException.class);
        Fixtures.as(moibDrafter, () -> statements.reply(id, body, "MoIB agrees."));
        assertThatThrownBy(() -> Fixtures.as(moibDrafter, () -> statements.reply(id, body, "Again")))
                .isInstanceOf(ConflictException.class);
        var consulted = Fixtures.as(speaker, () -> statements.get(id));
        assertThat(consulted.views()).extracting(StatementDetails.View::reply).containsExactly("Agreed.", "MoIB agrees.");

        var issued = Fixtures.as(speaker, () -> statements.issue(id, issueNow("Final: the government welcomes Meta's step.",
                consulted.version())));
        assertThat(issued.intact()).isTrue();
        assertThat(issued.hash()).hasSize(64);
        assertThat(issued.issuerName()).isEqualTo(speaker.displayName());

        // the register is for everyone signed in, the proposal still only for those who may see it
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        assertThat(Fixtures.as(outsider, () -> statements.issued())).anyMatch(s -> s.statementId() == id
                && s.finalText().equals("Final: the government welcomes Meta's step.") && s.intact());
        assertThatThrownBy(() -> Fixtures.as(outsider, () -> statements.get(id))).isInstanceOf(NotFoundException.class);
        // nothing changes an issued statement
        var after = Fixtures.as(speaker, () -> statements.get(id));
        assertThat(after.allowed().edit()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.edit(id, new StatementForm("x", null, "o", "c",
                Urgency.ROUTINE), after.version()))).isInstanceOf(ConflictException.class)
                .hasMessageContaining(speaker.displayName());

        var auditor = fixtures.user(null, Role.AUDITOR);
        var query = new AuditQuery(null, AuditAction.STATEMENT_ACTION, "STATEMENT", Long.toString(id), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.as(auditor, () -> audit.count(query)) == 7);
        assertThat(Fixtures.as(auditor, () -> audit.find(query, 0, 10))).anyMatch(e -> e.detail().startsWith("issue:")
                && e.detail().contains(issued.hash()) && e.actor().equals(speaker.getUsername()));
    }

    @Autowired
    pk.gov.mashwara.notification.NotificationService notifications;

    /** What the user was told about the statement, as the codes of what happened, oldest first. */
    List<String> told(MashwaraUser user, long id) {
        return Fixtures.as(user, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.kind() == pk.gov.mashwara.notification.NotificationKind.STATEMENT
                        && n.link().equals("statements/" + id))
                .map(pk.gov.mashwara.notification.NotificationItem::excerpt).toList().reversed();
    }

    @Test
    void the_spokesperson_the_proposer_and_those_asked_are_notified_and_no_one_of_their_own_act() {
        var proposer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var speaker = spokesperson(fixtures);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moibDrafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var moibOfficer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var occasion = Fixtures.unique("Meeting with Snap");
        var id = propose(proposer, occasion);
        assertThat(told(speaker, id)).containsExactly("PROPOSED");
        assertThat(told(proposer, id)).isEmpty();
        var notice = Fixtures.as(speaker, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.link().equals("statements/" + id)).findFirst().orElseThrow();
        assertThat(notice.message(java.util.Locale.ENGLISH)).isEqualTo(proposer.displayName()
                + " on the statement “Meta: " + occasion + "”: proposed it for you to decide");
        assertThat(notice.message(pk.gov.mashwara.shared.Messages.URDU)).contains("بیان", occasion)
                .doesNotContain("PROPOSED");
        assertThat(notice.draftId()).isNull();

        var personal = Fixtures.as(speaker, () -> statements.askViews(id, null, member.getUsername(), "Agree?"));
        Fixtures.as(speaker, () -> statements.askViews(id, fixtures.committee("MOIB"), null, "MoIB's view?"));
        assertThat(told(member, id)).containsExactly("VIEWS_ASKED");
        assertThat(told(moibDrafter, id)).containsExactly("VIEWS_ASKED");
        assertThat(told(moibOfficer, id)).containsExactly("VIEWS_ASKED");
        assertThat(told(outsider, id)).isEmpty();
        Fixtures.as(member, () -> statements.reply(id, personal, "Agreed."));
        assertThat(told(speaker, id)).containsExactly("PROPOSED", "VIEW_GIVEN");

        var version = Fixtures.as(speaker, () -> statements.get(id)).version();
        Fixtures.as(speaker, () -> statements.issue(id, issueNow("Final text on Snap.", version)));
        assertThat(told(proposer, id)).containsExactly("ISSUED");
        assertThat(Fixtures.as(proposer, () -> notifications.mine(0, 100)).stream()
                .filter(n -> n.link().equals("statements/" + id)).findFirst().orElseThrow()
                .message(java.util.Locale.ENGLISH)).endsWith(": issued it");

        var declined = propose(proposer, Fixtures.unique("Meeting with Snap, again"));
        var declinedVersion = Fixtures.as(speaker, () -> statements.get(declined)).version();
        Fixtures.as(speaker, () -> statements.decline(declined, "Not the time.", declinedVersion));
        assertThat(told(proposer, declined)).containsExactly("DECLINED");

        // the spokesperson proposing himself is not told of his own proposal
        var own = propose(speaker, Fixtures.unique("The spokesperson's own"));
        assertThat(told(speaker, own)).isEmpty();
    }

    @Test
    void the_issue_hash_shows_a_change_made_behind_the_portals_back() {
        var speaker = spokesperson(fixtures);
        var id = propose(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER), Fixtures.unique("Hash"));
        var version = Fixtures.as(speaker, () -> statements.get(id)).version();
        var issued = Fixtures.as(speaker, () -> statements.issue(id, issueNow("The text as issued.", version)));
        assertThat(Fixtures.as(speaker, () -> statements.verify(id)).intact()).isTrue();
        assertThat(issued.hash()).isEqualTo(IssueHash.of(id, issued.issuedAt(), Channel.PRESS_RELEASE,
                "The text as issued.", speaker.getUsername(), speaker.displayName(), issued.recordedAt()));

        jdbc.update("UPDATE statement_issue SET final_text = ? WHERE statement_id = ?", "A text never issued.", id);

        var checked = Fixtures.as(speaker, () -> statements.verify(id));
        assertThat(checked.intact()).isFalse();
        assertThat(checked.finalText()).isEqualTo("A text never issued.");
        assertThat(Fixtures.as(speaker, () -> statements.issued())).filteredOn(s -> s.statementId() == id)
                .extracting(IssuedStatement::intact).containsExactly(false);
    }

    @Test
    void only_the_spokesperson_or_moits_officer_may_issue_and_a_proposal_is_hidden_from_outsiders() {
        var proposer = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var id = propose(proposer, Fixtures.unique("Refusals"));
        var version = Fixtures.as(proposer, () -> statements.get(id)).version();
        // those who see the proposal but may not speak: forbidden
        for (var user : List.of(proposer, fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY), fixtures.focalPerson(),
                fixtures.user("MOIT", Role.COMMITTEE_DRAFTER), fixtures.user(null, Role.AUDITOR))) {
            assertThatThrownBy(() -> Fixtures.as(user, () -> statements.issue(id, issueNow("Text", version))))
                    .as(user.roles().toString()).isInstanceOfAny(ForbiddenException.class, NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixtures.as(proposer, () -> statements.issue(id, issueNow("Text", version))))
                .isInstanceOf(ForbiddenException.class);
        // outsiders: not found, for reading and for acting alike
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        for (var user : List.of(outsider, member)) {
            assertThatThrownBy(() -> Fixtures.as(user, () -> statements.get(id))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> Fixtures.as(user, () -> statements.issue(id, issueNow("Text", version))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(Fixtures.as(user, () -> statements.proposals())).noneMatch(s -> s.id() == id);
        }
        // the secretary and MoIT see it; an administrator proposes nothing
        assertThat(Fixtures.as(fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY), () -> statements.proposals()))
                .anyMatch(s -> s.id() == id);
        assertThat(Fixtures.as(moitOfficer(fixtures), () -> statements.get(id)).allowed().issue()).isTrue();
        assertThatThrownBy(() -> Fixtures.as(fixtures.user(null, Role.ADMIN), () -> statements.propose(new StatementForm(
                "Text", null, "Occasion", "X", Urgency.ROUTINE)))).isInstanceOf(ForbiddenException.class);
        // still proposed: nothing was issued
        assertThat(Fixtures.as(proposer, () -> statements.get(id)).status()).isEqualTo(StatementStatus.PROPOSED);
    }

    @Test
    void bad_input_is_refused_on_its_field_and_nothing_is_lost() {
        var speaker = spokesperson(fixtures);
        var proposer = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        assertThatThrownBy(() -> Fixtures.as(proposer, () -> statements.propose(new StatementForm(" ", null, "Occasion",
                "Meta", Urgency.ROUTINE)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("textEn"));
        assertThatThrownBy(() -> Fixtures.as(proposer, () -> statements.propose(new StatementForm("Text", null, "",
                "Meta", Urgency.ROUTINE)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("occasion"));
        var id = propose(proposer, Fixtures.unique("Input"));
        var version = Fixtures.as(speaker, () -> statements.get(id)).version();
        var tomorrow = LocalDate.now(PKT).plusDays(1);
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.issue(id, new IssueForm(tomorrow, LocalTime.NOON,
                Channel.X_TWITTER, "Text", version)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.issue(id, new IssueForm(null, null,
                Channel.X_TWITTER, "Text", version)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.decline(id, " ", version)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.askViews(id, null, "no.such.user", "Q?")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fixtures.as(speaker, () -> statements.issue(id, issueNow("Text", version + 7))))
                .isInstanceOf(ConflictException.class);
        var unchanged = Fixtures.as(speaker, () -> statements.get(id));
        assertThat(unchanged.status()).isEqualTo(StatementStatus.PROPOSED);
        assertThat(unchanged.version()).isEqualTo(version);

        Fixtures.as(speaker, () -> statements.decline(id, "Premature: the meeting has not taken place.", version));
        var declined = Fixtures.as(proposer, () -> statements.get(id));
        assertThat(declined.status()).isEqualTo(StatementStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Premature: the meeting has not taken place.");
        assertThat(declined.issue()).isNull();
        assertThat(Fixtures.as(proposer, () -> statements.issued())).noneMatch(s -> s.statementId() == id);
    }

    @Test
    void of_two_simultaneous_issues_one_wins_and_the_other_is_told_who() throws Exception {
        var speaker = spokesperson(fixtures);
        var moit = moitOfficer(fixtures);
        for (var round = 0; round < 3; round++) {
            var id = propose(fixtures.user("PTA", Role.COMMITTEE_OFFICER), Fixtures.unique("Race"));
            var version = Fixtures.as(speaker, () -> statements.get(id)).version();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<Future<IssuedStatement>>();
            for (var user : List.of(speaker, moit)) {
                Callable<IssuedStatement> issue = () -> {
                    start.await();
                    return Fixtures.as(user, () -> statements.issue(id, issueNow("Issued by " + user.getUsername(),
                            version)));
                };
                results.add(pool.submit(issue));
            }
            start.countDown();
            var won = new ArrayList<IssuedStatement>();
            var lost = new ArrayList<Throwable>();
            for (var result : results) {
                try {
                    won.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            pool.shutdown();
            assertThat(won).hasSize(1);
            assertThat(lost).hasSize(1);
            assertThat(lost.getFirst()).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(won.getFirst().issuerName()).hasMessageContaining("issued this statement");
            assertThat(Fixtures.as(speaker, () -> statements.issued())).filteredOn(s -> s.statementId() == id).hasSize(1);
        }
    }
}
