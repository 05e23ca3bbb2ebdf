package pk.gov.mashwara.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.search.IndexStatus.State;
import pk.gov.mashwara.shared.Messages;

/** The records index counts in the administrator's figures as the documents' and comments' do. */
class IndexFiguresTest {

    private static IndexStatus of(State state) {
        return new IndexStatus(state, 0, 0, null);
    }

    @Test
    void a_records_index_not_ready_makes_the_figures_not_ready() {
        var ready = new IndexFigures(of(State.READY), 10, of(State.READY), 4, of(State.READY), 7);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.rebuilding()).isFalse();
        var failed = new IndexFigures(of(State.READY), 10, of(State.READY), 4, of(State.FAILED), -1);
        assertThat(failed.ready()).isFalse();
        assertThat(failed.rebuilding()).isFalse();
        var rebuilding = new IndexFigures(of(State.READY), 10, of(State.READY), 4, of(State.REBUILDING), 2);
        assertThat(rebuilding.rebuilding()).isTrue();
        assertThat(new IndexFigures(of(State.READY), 10, of(State.READY), 4, of(State.STARTING), 2).rebuilding())
                .isTrue();
    }

    @Test
    void the_figures_name_the_records_in_english_and_urdu() {
        assertThat(Messages.get(Locale.ENGLISH, "desk.admin.indexFigure", 10, 4, 7))
                .isEqualTo("10 documents, 4 comments, 7 records indexed.");
        assertThat(Messages.get(Locale.of("ur"), "desk.admin.indexFigure", 10, 4, 7))
                .isEqualTo("10 دستاویزات، 4 آراء، 7 ریکارڈ اشاریے میں۔");
        for (var state : State.values()) {
            assertThat(Messages.get(Locale.ENGLISH, "desk.admin.indexState." + state.name()))
                    .isNotEqualTo(Messages.get(Locale.of("ur"), "desk.admin.indexState." + state.name()));
        }
        assertThat(Messages.get(Locale.ENGLISH, "desk.admin.indexEach", "ready", "ready", "failed"))
                .endsWith("engagements): failed.");
    }
}
