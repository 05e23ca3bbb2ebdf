package pk.gov.mashwara.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

import pk.gov.mashwara.search.HeldIndexSource;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Polling;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The search page while the index is rebuilt (held part-way by {@link HeldIndexSource}): it shows how many versions
 * are done of the total, asks again by polling, and shows the results once the index is ready.
 */
@Import(HeldIndexSource.class)
class SearchViewRebuildTest extends UiTest {

    @Autowired
    SearchService search;
    @Autowired
    HeldIndexSource source;

    @BeforeEach
    void indexReady() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    @AfterEach
    void openTheGate() {
        source.release();
    }

    @Test
    void while_the_index_is_rebuilt_the_page_shows_versions_done_of_the_total_and_then_the_results()
            throws InterruptedException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        fixtures.draft(drafter, Fixtures.unique("Rebuild " + word));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).total()) == 1);

        signIn(drafter);
        var view = navigate(SearchView.class);
        assertThat(view.progress.isVisible()).as("the index is ready").isFalse();
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.total.getText()).isEqualTo("1 result");

        // the rebuild has read the first page of drafts and waits before the next
        source.holdBefore(1);
        Fixtures.as(Fixtures.systemAdministrator(), () -> search.rebuild());
        source.awaitHeld(Duration.ofSeconds(30));
        test(view.searchButton).click();

        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.progress.text.getText())
                .matches("The search index is being rebuilt: [\\d,]+ of [\\d,]+ versions done\\. .*");
        assertThat(view.progress.bar.getValue()).as("versions done").isPositive()
                .isLessThanOrEqualTo(view.progress.bar.getMax());
        assertThat(view.results.getComponentCount()).isZero();
        assertThat(view.total.getText()).isEmpty();
        assertThat(Polling.interval(UI.getCurrent())).as("the page asks again by itself")
                .isEqualTo(RebuildProgress.POLL_MILLIS);
        poll();
        assertThat(view.progress.isVisible()).as("still rebuilding at the next poll").isTrue();

        // a page opened meanwhile shows the progress before anyone searches
        var another = navigate(SearchView.class);
        assertThat(another.progress.isVisible()).isTrue();
        assertThat(another.progress.text.getText()).contains("versions done");

        source.release();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.total.getText()).isEqualTo("1 result");
    }

    @Test
    void the_results_appear_by_themselves_once_the_rebuild_is_done() throws InterruptedException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var word = "zy" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        fixtures.draft(drafter, Fixtures.unique("Rebuild " + word));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).total()) == 1);
        source.holdBefore(1);
        Fixtures.as(Fixtures.systemAdministrator(), () -> search.rebuild());
        source.awaitHeld(Duration.ofSeconds(30));

        signIn(drafter);
        var view = navigate(SearchView.class);
        test(view.queryField).setValue(word);
        test(view.searchButton).click();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.results.getComponentCount()).isZero();

        source.release();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        poll();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.total.getText()).isEqualTo("1 result");
        assertThat(view.results.getComponentCount()).isEqualTo(1);
        assertThat(Polling.interval(UI.getCurrent())).as("no longer polling for the index")
                .isNotEqualTo(RebuildProgress.POLL_MILLIS);
    }

    private static void poll() {
        var ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
