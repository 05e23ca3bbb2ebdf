package pk.gov.mashwara.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

class PollingTest {

    private final UI ui = new UI();
    private final Object view = new Object();
    private final Object bell = new Object();

    @Test
    void the_ui_polls_at_the_shortest_interval_requested_until_nobody_needs_it() {
        assertThat(ui.getPollInterval()).isEqualTo(-1);

        Polling.request(ui, bell, 15_000);
        assertThat(ui.getPollInterval()).isEqualTo(15_000);
        Polling.request(ui, view, 3_000);
        assertThat(ui.getPollInterval()).isEqualTo(3_000);

        // The view stopping leaves the bell polling, at its own pace
        Polling.release(ui, view);
        assertThat(ui.getPollInterval()).isEqualTo(15_000);
        Polling.release(ui, view);
        assertThat(Polling.interval(ui)).isEqualTo(15_000);

        Polling.release(ui, bell);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_new_request_of_the_same_owner_replaces_its_old_one() {
        Polling.request(ui, view, 3_000);
        Polling.request(ui, view, 20_000);

        assertThat(ui.getPollInterval()).isEqualTo(20_000);
    }

    @Test
    void owners_are_told_apart_by_identity_and_intervals_are_positive() {
        Polling.request(ui, new String("same"), 3_000);
        Polling.release(ui, new String("same"));

        assertThat(ui.getPollInterval()).isEqualTo(3_000);
        assertThatThrownBy(() -> Polling.request(ui, view, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
