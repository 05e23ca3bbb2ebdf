package pk.gov.mashwara.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.Messages;

/** What search says while its index is not ready: the progress in words, and when to ask again. */
class IndexUnavailableExceptionTest {

    @Test
    void a_rebuild_tells_versions_done_of_the_total_in_english_and_urdu_and_to_ask_again_in_seconds() {
        var e = new IndexUnavailableException(new IndexStatus(IndexStatus.State.REBUILDING, 120, 400, "test"));
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.getMessage()).contains("being rebuilt (120 of 400 versions)");
        assertThat(e.localizedMessage(Messages.URDU)).contains("400", "120").doesNotContain("search.");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void before_the_versions_are_counted_it_says_so_rather_than_0_of_0() {
        var e = new IndexUnavailableException(new IndexStatus(IndexStatus.State.REBUILDING, 0, 0, "test"));
        assertThat(e.getMessage()).contains("being counted").doesNotContain("0 of 0");
        assertThat(e.localizedMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void a_failed_rebuild_asks_for_a_longer_wait() {
        var e = new IndexUnavailableException(new IndexStatus(IndexStatus.State.FAILED, 0, 10, "boom"));
        assertThat(e.getMessage()).contains("could not be rebuilt");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }
}
