package pk.gov.mashwara.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the portal's background listeners. Every event a module listener receives is recorded in the event
 * publication registry until the listener has finished with it (see {@code spring.modulith.events.*}); a test that
 * removes data, or asserts what listeners did, waits here until no publication is still being worked on, so that
 * no listener runs on after the test on data that is gone.
 */
public final class EventPublications {

    private EventPublications() {
    }

    /** Waits until no publication is in progress: each is completed or, its listener having failed, marked so. */
    public static void awaitQuiet(JdbcTemplate jdbc) {
        awaitQuiet(jdbc, "%");
    }

    /** The same for the publications whose serialised event matches {@code like} (e.g. one draft's events). */
    public static void awaitQuiet(JdbcTemplate jdbc, String like) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> inProgress(jdbc, like) == 0);
    }

    /** How many publications matching {@code like} a listener is still working on (or has yet to start). */
    public static int inProgress(JdbcTemplate jdbc, String like) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND (status IS NULL OR status <> 'FAILED') AND serialized_event LIKE ?", Integer.class, like);
    }

    /** How many publications matching {@code like} a listener failed on. */
    public static int failed(JdbcTemplate jdbc, String like) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND status = 'FAILED' AND serialized_event LIKE ?", Integer.class, like);
    }
}
