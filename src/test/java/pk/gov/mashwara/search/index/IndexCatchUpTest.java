package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.text.FinishedExtractions;
import pk.gov.mashwara.text.FinishedExtractions.Finished;

class IndexCatchUpTest {

    /** The database's side: the ends recorded so far, read as the repository reads them. */
    static final class Ends implements FinishedExtractions {
        final List<Finished> rows = new ArrayList<>();

        @Override
        public List<Finished> finishedSince(Instant since, int page, int size) {
            return rows.stream().filter(r -> !r.finishedAt().isBefore(since))
                    .sorted(Comparator.comparing(Finished::finishedAt)).skip((long) page * size).limit(size).toList();
        }
    }

    final Ends ends = new Ends();
    final IndexMaintenance maintenance = mock(IndexMaintenance.class);
    final IndexCatchUp catchUp = new IndexCatchUp(ends, maintenance, Duration.ofSeconds(30));
    final Instant now = Instant.now();

    @Test
    void an_extraction_ended_elsewhere_is_indexed_once() {
        ends.rows.add(new Finished(7, 1, now.plusSeconds(1)));
        catchUp.catchUp();
        catchUp.catchUp();
        verify(maintenance, times(1)).versionExtracted(7, 1);
    }

    @Test
    void an_extraction_this_portal_indexed_on_its_event_is_not_written_again() {
        var end = new Finished(8, 2, now.plusSeconds(1));
        catchUp.indexed(8, 2, end.finishedAt());
        ends.rows.add(end);
        catchUp.catchUp();
        verify(maintenance, never()).versionExtracted(anyLong(), anyInt());
    }

    @Test
    void an_end_committed_late_with_an_earlier_stamp_is_still_found() {
        ends.rows.add(new Finished(9, 1, now.plusSeconds(20)));
        catchUp.catchUp();
        // stamped before the last end seen, committed after the last look: within the margin
        ends.rows.add(new Finished(10, 1, now.plusSeconds(5)));
        catchUp.catchUp();
        verify(maintenance).versionExtracted(9, 1);
        verify(maintenance).versionExtracted(10, 1);
    }

    @Test
    void more_ends_than_one_page_are_all_indexed_once_even_at_one_instant() {
        for (int i = 0; i < 1234; i++) {
            ends.rows.add(new Finished(1000 + i, 1, now.plusSeconds(2)));
        }
        catchUp.catchUp();
        catchUp.catchUp();
        for (int i = 0; i < 1234; i++) {
            verify(maintenance, times(1)).versionExtracted(1000 + i, 1);
        }
    }

    @Test
    void an_extraction_ended_again_later_is_indexed_again() {
        ends.rows.add(new Finished(11, 1, now.plusSeconds(1)));
        catchUp.catchUp();
        // retried by an administrator: the same version ends again, with new text
        ends.rows.set(0, new Finished(11, 1, now.plusSeconds(3)));
        catchUp.catchUp();
        verify(maintenance, times(2)).versionExtracted(11, 1);
        assertThat(ends.rows).hasSize(1);
    }
}
