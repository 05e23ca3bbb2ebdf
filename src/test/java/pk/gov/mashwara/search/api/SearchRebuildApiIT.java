package pk.gov.mashwara.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.search.HeldIndexSource;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * While the search index is rebuilt (held part-way by {@link HeldIndexSource}), the search API says so: 503 with
 * Retry-After and the API's JSON error, whose message tells how far the rebuild has got; once it is done, results
 * again.
 */
@WebIntegrationTest
@Import(HeldIndexSource.class)
class SearchRebuildApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SearchService search;
    @Autowired
    HeldIndexSource source;

    private ApiClient api;

    @BeforeEach
    void indexReady() {
        api = new ApiClient(port);
        await().atMost(Duration.ofSeconds(120))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    @AfterEach
    void openTheGate() {
        source.release();
    }

    @Test
    void while_the_index_is_rebuilt_search_answers_503_with_retry_after_and_the_progress_then_results_again()
            throws InterruptedException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        fixtures.draft(drafter, Fixtures.unique("Rebuild " + word));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/search?q=" + word, as(drafter.getUsername())).<Integer>json("$.total") == 1);

        // the rebuild has read the first page of drafts and waits before the next
        source.holdBefore(1);
        Fixtures.as(Fixtures.systemAdministrator(), () -> search.rebuild());
        source.awaitHeld(Duration.ofSeconds(30));

        var response = api.get("/api/search?q=" + word, as(drafter.getUsername()));
        assertJsonError(response, 503, "unavailable");
        assertThat(response.header("Retry-After")).as("seconds to wait").matches("[1-9][0-9]*");
        var message = response.<String>json("$.message");
        var progress = Pattern.compile("([\\d,]+) of ([\\d,]+) versions").matcher(message);
        assertThat(progress.find()).as(message).isTrue();
        long done = Long.parseLong(progress.group(1).replace(",", ""));
        long total = Long.parseLong(progress.group(2).replace(",", ""));
        assertThat(done).as("versions indexed before the gate").isPositive().isLessThanOrEqualTo(total);
        assertThat(message).contains("being rebuilt");

        source.release();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var found = api.get("/api/search?q=" + word, as(drafter.getUsername()));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.<Integer>json("$.total")).isEqualTo(1);
        });
    }
}
