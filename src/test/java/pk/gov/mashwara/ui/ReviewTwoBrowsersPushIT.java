package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.support.Fixtures;

/**
 * {@link ReviewTwoBrowsersIT} with server push ({@code mashwara.ui.updates=push}): the thread, the reply and their
 * notices reach the other browser within seconds, and the page that is told makes no request of its own to learn of
 * them (no poll, no UIDL request at all: the change comes over the push connection).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mashwara.ui.updates=push")
@Import(Fixtures.class)
class ReviewTwoBrowsersPushIT extends ReviewTwoBrowsersIT {

    @Override
    Duration noticed() {
        return Duration.ofSeconds(10);
    }

    @Override
    void asked(BrowserSupport browser, String what) {
        assertThat(uidlRequests(browser)).as("UIDL requests the page made to learn of " + what).isZero();
    }
}
