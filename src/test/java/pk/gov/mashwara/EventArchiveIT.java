package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * The archive of completed events between modules is kept for a while, not for ever: the nightly purge deletes what
 * was completed before the time kept, and leaves what was completed since and what is not completed yet.
 */
@SpringBootTest
class EventArchiveIT {

    @Autowired
    EventArchive archive;
    @Autowired
    CompletedEventPublications completed;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> made = new java.util.ArrayList<>();

    @AfterEach
    void tidy() {
        made.forEach(id -> {
            jdbc.update("DELETE FROM event_publication_archive WHERE id = ?", id);
            jdbc.update("DELETE FROM event_publication WHERE id = ?", id);
        });
    }

    @Test
    void the_nightly_purge_deletes_archived_events_completed_before_the_time_kept_and_nothing_else() {
        assertThat(archive.keep()).isEqualTo(Duration.ofDays(90));
        var now = Instant.now();
        var old = archived(now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(120)));
        var justKept = archived(now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(89)));
        var recent = archived(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        // published long ago and never completed: it is delivered again at the next start, never purged
        var outstanding = outstanding(now.minus(Duration.ofDays(365)));

        archive.purge();

        assertThat(archivedIds()).doesNotContain(old).contains(justKept, recent);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE id = ?", Integer.class, outstanding))
                .isEqualTo(1);
    }

    @Test
    void a_time_kept_that_is_not_positive_is_refused_at_start() {
        assertThatThrownBy(() -> new EventArchive(completed, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mashwara.events.archive-keep");
        assertThatThrownBy(() -> new EventArchive(completed, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> archivedIds() {
        return jdbc.queryForList("SELECT id FROM event_publication_archive", String.class).stream()
                .map(id -> id.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private String archived(Instant published, Instant completedAt) {
        var id = UUID.randomUUID().toString();
        made.add(id);
        jdbc.update("INSERT INTO event_publication_archive (id, listener_id, event_type, serialized_event,"
                + " publication_date, completion_date, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id,
                "pk.gov.mashwara.EventArchiveIT.listener", "java.lang.String", "\"archived\"",
                Timestamp.from(published), Timestamp.from(completedAt), "COMPLETED", 1);
        return id;
    }

    private String outstanding(Instant published) {
        var id = UUID.randomUUID().toString();
        made.add(id);
        jdbc.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                + " status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?)", id,
                "pk.gov.mashwara.EventArchiveIT.listener", "java.lang.String", "\"outstanding\"",
                Timestamp.from(published), "PUBLISHED", 0);
        return id;
    }
}
