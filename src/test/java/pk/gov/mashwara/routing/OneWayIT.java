package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.SqlCapture;

/**
 * One way to move a draft, and that way is lean: an action reads the draft's row once, however many of the
 * routing module's parts (guards, the review window, the move itself) look at the draft on the way.
 */
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=pk.gov.mashwara.support.SqlCapture",
        "mashwara.extraction.enabled=false" })
@Import(Fixtures.class)
class OneWayIT {

    /** A read of the draft table itself (not of draft_version, draft_share, …). */
    private static final Pattern READS_DRAFT = Pattern.compile("(?is)^\\s*select\\b.*\\b(from|join)\\s+draft\\s+\\w+.*");

    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;

    @Test
    void each_action_reads_the_draft_once() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PEMRA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var draft = fixtures.draft(drafter, unique("Read once"));
        long id = draft.id();

        long drafted = version(id, drafter);
        var putUp = draftReads(() -> as(drafter, () -> routing.act(id, "put-up", drafted, null)));
        long putUpVersion = version(id, officer);
        var submit = draftReads(() -> as(officer, () -> routing.act(id, "submit", putUpVersion, null)));
        var deadline = Instant.now().plus(Duration.ofDays(10)).toString();
        long seen = version(id, secretary);
        var openReview = draftReads(() -> as(secretary, () -> routing.act(id, "open-review",
                new ActionRequest(seen, null, Map.of("reviewDeadline", deadline)))));

        assertThat(as(officer, () -> drafts.get(id)).status()).isEqualTo(DraftStatus.UNDER_REVIEW);
        assertThat(putUp).as("put-up").hasSize(1);
        assertThat(submit).as("submit").hasSize(1);
        assertThat(openReview).as("open-review, which sets the review window too").hasSize(1);
    }

    /** The version the user sees, read in its own transaction before the action (not counted). */
    private long version(long id, pk.gov.mashwara.security.MashwaraUser user) {
        return as(user, () -> drafts.get(id)).version();
    }

    /** The statements reading the draft's row on this thread while the action ran. */
    private static List<String> draftReads(java.util.concurrent.Callable<?> action) {
        return SqlCapture.during(action).stream().filter(s -> READS_DRAFT.matcher(s).matches()).toList();
    }
}
