package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

/**
 * Every action of the shipped rules, tried by every kind of user on drafts in each state the committee and the
 * NSMCWG reach first: whoever the rules do not name is refused and nothing moves; the actions a user is offered
 * are exactly those the rules give them. Generated from the rules, so a new action is covered without a change.
 */
@SpringBootTest
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingMatrixIT {

    enum Who { DRAFTER_OWN, OFFICER_OWN, DRAFTER_OTHER, OFFICER_OTHER, MEMBER, SECRETARY, FOCAL, AUDITOR, ADMIN }

    static final List<DraftStatus> STATES = List.of(DraftStatus.DRAFT, DraftStatus.COMMITTEE_APPROVAL,
            DraftStatus.SUBMITTED, DraftStatus.UNDER_REVIEW);

    @Autowired
    Fixtures fixtures;
    @Autowired
    RoutingService routing;
    @Autowired
    RoutingRules rules;
    @Autowired
    DraftService drafts;
    @Autowired
    ReviewWindows windows;

    final Map<Who, MashwaraUser> users = new EnumMap<>(Who.class);
    final Map<DraftStatus, Long> draftsIn = new EnumMap<>(DraftStatus.class);

    @BeforeAll
    void setUp() {
        users.put(Who.DRAFTER_OWN, fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        users.put(Who.OFFICER_OWN, fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        users.put(Who.DRAFTER_OTHER, fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER));
        users.put(Who.OFFICER_OTHER, fixtures.user("PEMRA", Role.COMMITTEE_OFFICER));
        users.put(Who.MEMBER, fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        users.put(Who.SECRETARY, fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
        users.put(Who.FOCAL, fixtures.focalPerson());
        users.put(Who.AUDITOR, fixtures.user(null, Role.AUDITOR));
        users.put(Who.ADMIN, fixtures.user(null, Role.ADMIN));
        var drafter = users.get(Who.DRAFTER_OWN);
        var officer = users.get(Who.OFFICER_OWN);
        draftsIn.put(DraftStatus.DRAFT, fixtures.draft(drafter, Fixtures.unique("Matrix draft")).id());
        draftsIn.put(DraftStatus.COMMITTEE_APPROVAL, fixtures.draftAwaitingApproval(drafter, Fixtures.unique("Matrix approval")).id());
        draftsIn.put(DraftStatus.SUBMITTED, fixtures.submittedDraft(drafter, officer, Fixtures.unique("Matrix submitted")).id());
        var review = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Matrix review")).id();
        Fixtures.as(users.get(Who.SECRETARY), () -> windows.setDeadline(review, Instant.now().plusSeconds(86_400)));
        draftsIn.put(DraftStatus.UNDER_REVIEW, review);
    }

    /** Whether the rules name this user for the action on a PTA draft (no consultation is open in these states). */
    boolean named(Who who, RoutingRules.ActionRule action) {
        var user = users.get(who);
        return action.by().stream().anyMatch(actor -> user.has(actor.role()) && related(who, actor));
    }

    static boolean related(Who who, Actor actor) {
        return switch (actor.relation()) {
            case OWN_COMMITTEE -> who == Who.DRAFTER_OWN || who == Who.OFFICER_OWN;
            case NSMCWG -> who == Who.MEMBER || who == Who.SECRETARY || who == Who.FOCAL;
            // the PTA's sponsor before the Cabinet is MoIT, not the PTA
            case ADMINISTRATIVE_MINISTRY, CONSULTED_DIVISION, SPONSOR -> false;
        };
    }

    boolean sees(Who who, DraftStatus state) {
        var submitted = state != DraftStatus.DRAFT && state != DraftStatus.COMMITTEE_APPROVAL;
        return switch (who) {
            case DRAFTER_OWN, OFFICER_OWN, AUDITOR -> true;
            case MEMBER, SECRETARY, FOCAL -> submitted;
            case DRAFTER_OTHER, OFFICER_OTHER, ADMIN -> false;
        };
    }

    @Test
    void every_action_by_every_user_in_every_early_state_is_refused_unless_the_rules_give_it() {
        var checked = new ArrayList<String>();
        for (var state : STATES) {
            long id = draftsIn.get(state);
            for (var who : Who.values()) {
                var user = users.get(who);
                for (var action : rules.actions().values()) {
                    if (named(who, action) && action.from().contains(state)) {
                        continue; // allowed (guards permitting): the path tests take these
                    }
                    var before = Fixtures.as(users.get(Who.AUDITOR), () -> drafts.get(id));
                    var thrown = catchThrowable(() -> Fixtures.as(user, () -> routing.act(id, action.name(),
                            new ActionRequest(before.version(), "A reason", Map.of()))));
                    var expected = !sees(who, state) ? NotFoundException.class
                            : !named(who, action) ? AccessDeniedException.class : ConflictException.class;
                    assertThat(thrown).as("%s by %s in %s", action.name(), who, state).isInstanceOf(expected);
                    assertThat(Fixtures.as(users.get(Who.AUDITOR), () -> drafts.get(id)).version())
                            .as("nothing moved: %s by %s in %s", action.name(), who, state).isEqualTo(before.version());
                    checked.add(action.name());
                }
            }
        }
        assertThat(checked).as("every action of the rules was tried").containsAll(rules.actions().keySet());
    }

    @Test
    void each_user_is_offered_exactly_the_actions_the_rules_give_them_in_the_state() {
        for (var state : STATES) {
            long id = draftsIn.get(state);
            for (var who : Who.values()) {
                if (!sees(who, state)) {
                    continue;
                }
                var offered = Fixtures.as(users.get(who), () -> routing.routing(id)).actions().stream()
                        .map(RoutingView.AvailableAction::name).toList();
                var expected = rules.actionsFrom(state).stream().filter(a -> named(who, a)).map(RoutingRules.ActionRule::name)
                        .toList();
                assertThat(offered).as("%s in %s", who, state).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void of_two_officers_acting_on_the_same_step_at_once_exactly_one_wins_and_the_other_is_told_who()
            throws Exception {
        var first = users.get(Who.OFFICER_OWN);
        var second = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var id = fixtures.draftAwaitingApproval(users.get(Who.DRAFTER_OWN), Fixtures.unique("Race")).id();
        var version = Fixtures.as(first, () -> drafts.get(id)).version();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                start.await();
                return catchThrowable(() -> Fixtures.as(first, () -> routing.act(id, "submit", ActionRequest.of(version, null))));
            });
            var b = pool.submit(() -> {
                start.await();
                return catchThrowable(() -> Fixtures.as(second, () -> routing.act(id, "return-to-drafter",
                        ActionRequest.of(version, "Not yet"))));
            });
            start.countDown();
            var outcomes = new ArrayList<Throwable>();
            outcomes.add(a.get(60, TimeUnit.SECONDS));
            outcomes.add(b.get(60, TimeUnit.SECONDS));
            assertThat(outcomes).as("exactly one succeeds").containsOnlyOnce((Throwable) null);
            var loser = outcomes.stream().filter(t -> t != null).findFirst().orElseThrow();
            var winner = outcomes.get(0) == null ? first : second;
            assertThat(loser).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(winner.displayName() + " acted on this draft");
        } finally {
            pool.shutdownNow();
        }
        var history = Fixtures.as(first, () -> routing.routing(id)).history();
        assertThat(history.stream().filter(s -> s.from() == DraftStatus.COMMITTEE_APPROVAL)).hasSize(1);
    }
}
