package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.support.Fixtures;

/**
 * Opening the review asks when comments close, and sets the window in the same step: the draft is under review
 * with its deadline, or it stays submitted with no window. Closing the review closes comments with it.
 */
@SpringBootTest
@Import(Fixtures.class)
class ReviewOpeningIT {

    @Autowired
    pk.gov.mashwara.calendar.WorkingCalendar calendar;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RoutingService routing;
    @Autowired
    ReviewService review;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions threads;

    record Cast(MashwaraUser drafter, MashwaraUser officer, MashwaraUser member, MashwaraUser secretary,
            MashwaraUser focal) {
    }

    private Cast cast() {
        return new Cast(fixtures.user("PTA", Role.COMMITTEE_DRAFTER), fixtures.user("PTA", Role.COMMITTEE_OFFICER),
                fixtures.user("NSMCWG", Role.NSMCWG_MEMBER), fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY),
                fixtures.focalPerson());
    }

    private long submitted(Cast c) {
        return fixtures.submittedDraft(c.drafter(), c.officer(), Fixtures.unique("Review opening")).id();
    }

    private DraftStatus open(MashwaraUser user, long id, Map<String, String> details) {
        return Fixtures.as(user, () -> routing.act(id, "open-review",
                new ActionRequest(drafts.get(id).version(), null, details))).status();
    }

    /**
     * Two secretaries opening one review at once: one opens it, the other is told who did, never an error (the
     * load benchmark found a 500 here: both wrote the review window, and the second insert's duplicate key was not
     * read as the other's step; on MariaDB the race may also end as a deadlock, answered the same way).
     */
    @Test
    void of_two_secretaries_opening_the_review_at_once_one_opens_it_and_the_other_is_told_who() throws Exception {
        var c = cast();
        var other = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                long id = submitted(c);
                var version = Fixtures.as(c.secretary(), () -> drafts.get(id)).version();
                var start = new java.util.concurrent.CountDownLatch(1);
                java.util.function.Function<MashwaraUser, java.util.concurrent.Future<Throwable>> opening = user -> pool
                        .submit(() -> {
                            start.await();
                            return org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.as(user,
                                    () -> routing.act(id, "open-review", new ActionRequest(version, null, Map.of()))));
                        });
                var a = opening.apply(c.secretary());
                var b = opening.apply(other);
                start.countDown();
                var outcomes = new java.util.ArrayList<Throwable>();
                outcomes.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
                outcomes.add(b.get(60, java.util.concurrent.TimeUnit.SECONDS));
                assertThat(outcomes).as("round %d: exactly one opens it", round).containsOnlyOnce((Throwable) null);
                // told who opened it (MariaDB may end the race as a deadlock: the same answer once the other commits)
                assertThat(outcomes.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow())
                        .as("round %d", round).isInstanceOf(pk.gov.mashwara.shared.ConflictException.class)
                        .hasMessageContaining("acted on this draft");
                assertThat(Fixtures.as(c.secretary(), () -> drafts.get(id)).status()).isEqualTo(DraftStatus.UNDER_REVIEW);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_secretary_opens_the_review_with_its_deadline_in_one_step() {
        var c = cast();
        long id = submitted(c);
        var deadline = LocalDateTime.now(DraftService.OFFICE_ZONE).plusDays(10).withHour(16).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);

        assertThat(open(c.secretary(), id, Map.of("reviewDeadline", deadline.toString())))
                .isEqualTo(DraftStatus.UNDER_REVIEW);

        var window = Fixtures.as(c.member(), () -> review.window(id));
        assertThat(window.deadline()).isEqualTo(deadline.atZone(DraftService.OFFICE_ZONE).toInstant());
        assertThat(window.open()).isTrue();
        assertThat(window.canComment()).isTrue();
        var step = Fixtures.as(c.secretary(), () -> routing.routing(id)).history().getLast();
        assertThat(step.action()).isEqualTo("open-review");
        assertThat(step.details()).containsEntry("reviewDeadline", window.deadline().toString());
    }

    @Test
    void without_a_deadline_the_rule_books_period_of_review_applies_to_the_close_of_that_day() {
        var c = cast();
        long id = submitted(c);
        var before = Instant.now();

        open(c.secretary(), id, Map.of());

        var deadline = Fixtures.as(c.secretary(), () -> review.window(id)).deadline().atZone(DraftService.OFFICE_ZONE);
        // UNDER_REVIEW: P21D in config/routing.yml, twenty-one working days
        assertThat(deadline.toLocalDate()).isIn(
                calendar.addWorkingDays(before.atZone(DraftService.OFFICE_ZONE).toLocalDate(), 21),
                calendar.addWorkingDays(Instant.now().atZone(DraftService.OFFICE_ZONE).toLocalDate(), 21));
        assertThat(deadline.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(Fixtures.as(c.secretary(), () -> routing.proposedReviewDeadline()))
                .isEqualTo(deadline.toInstant());
        assertThat(Fixtures.as(c.secretary(), () -> routing.proposedReviewDeadline(id)))
                .as("a routine draft: the whole period").isEqualTo(deadline.toInstant());
    }

    @Test
    void the_period_of_review_proposed_is_shortened_by_the_drafts_priority() {
        var c = cast();
        long id = submitted(c);
        Fixtures.as(c.secretary(), () -> drafts.markPriority(id, pk.gov.mashwara.draft.Priority.IMMEDIATE,
                "The Minister wants it this month."));
        var before = Instant.now();
        var proposed = Fixtures.as(c.secretary(), () -> routing.proposedReviewDeadline(id))
                .atZone(DraftService.OFFICE_ZONE);
        // UNDER_REVIEW: twenty-one working days, halved for Immediate (priorities: IMMEDIATE 0.5), rounded half up
        assertThat(proposed.toLocalDate()).isIn(
                calendar.addWorkingDays(before.atZone(DraftService.OFFICE_ZONE).toLocalDate(), 11),
                calendar.addWorkingDays(Instant.now().atZone(DraftService.OFFICE_ZONE).toLocalDate(), 11));
        assertThat(proposed.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        // opening without a deadline sets the same
        open(c.secretary(), id, Map.of());
        assertThat(Fixtures.as(c.secretary(), () -> review.window(id)).deadline()).isEqualTo(proposed.toInstant());
    }

    @Test
    void a_bad_deadline_is_refused_on_its_field_and_nothing_moves() {
        var c = cast();
        long id = submitted(c);
        var past = LocalDateTime.now(DraftService.OFFICE_ZONE).minusHours(1).toString();
        var tooFar = LocalDateTime.now(DraftService.OFFICE_ZONE).plusYears(2).toString();

        assertThatThrownBy(() -> open(c.secretary(), id, Map.of("reviewDeadline", past)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewDeadline");
                    assertThat(e.messageKey()).isEqualTo("error.review.window.past");
                    assertThat(e.getMessage()).isEqualTo("The deadline must be in the future.");
                });
        assertThatThrownBy(() -> open(c.secretary(), id, Map.of("reviewDeadline", tooFar)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewDeadline");
                    assertThat(e.getMessage()).isEqualTo("The deadline can be at most 366 days from now.");
                });
        assertThatThrownBy(() -> open(c.secretary(), id, Map.of("reviewDeadline", "27/12/2026 five o'clock")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewDeadline");
                    assertThat(e.getMessage()).contains("cannot be read");
                });

        // neither the state nor the window changed
        assertThat(Fixtures.as(c.secretary(), () -> drafts.get(id)).status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(Fixtures.as(c.secretary(), () -> review.window(id)).deadline()).isNull();
        assertThat(Fixtures.as(c.secretary(), () -> routing.routing(id)).history())
                .noneMatch(s -> s.action().equals("open-review"));
    }

    @Test
    void only_the_nsmcwg_secretary_opens_the_review() {
        var c = cast();
        long id = submitted(c);
        var deadline = Map.of("reviewDeadline", LocalDateTime.now(DraftService.OFFICE_ZONE).plusDays(7).toString());

        for (var someoneElse : new MashwaraUser[] { c.member(), c.focal(), c.officer(), c.drafter() }) {
            assertThatThrownBy(() -> open(someoneElse, id, deadline)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Fixtures.as(c.secretary(), () -> review.window(id)).deadline()).isNull();
        assertThat(open(c.secretary(), id, deadline)).isEqualTo(DraftStatus.UNDER_REVIEW);
    }

    @Test
    void closing_the_review_while_comments_are_open_closes_them_and_consolidates_in_one_step() {
        var c = cast();
        long id = submitted(c);
        open(c.secretary(), id, Map.of("reviewDeadline", LocalDateTime.now(DraftService.OFFICE_ZONE).plusDays(14).toString()));
        var action = Fixtures.as(c.secretary(), () -> routing.routing(id)).actions().stream()
                .filter(a -> a.name().equals("close-review")).findFirst().orElseThrow();
        assertThat(action.possibleNow()).as("no need to wait for the deadline").isTrue();
        assertThat(action.effects()).contains(RoutingRules.Effect.CLOSE_COMMENTS);
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> routing.act(id, "close-review",
                ActionRequest.of(drafts.get(id).version(), null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(Fixtures.as(c.member(), () -> review.window(id)).open()).as("a refused attempt closes nothing")
                .isTrue();

        var before = Instant.now();
        Fixtures.as(c.secretary(), () -> routing.act(id, "close-review", ActionRequest.of(drafts.get(id).version(), null)));

        assertThat(Fixtures.as(c.secretary(), () -> drafts.get(id)).status()).isEqualTo(DraftStatus.CONSOLIDATION);
        var window = Fixtures.as(c.member(), () -> review.window(id));
        assertThat(window.open()).isFalse();
        assertThat(window.deadline()).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now());
        assertThatThrownBy(() -> Fixtures.as(c.member(), () -> threads.start(new NewThread(id, 1, null, "Too late.", false))))
                .isInstanceOf(ConflictException.class);
    }
}
