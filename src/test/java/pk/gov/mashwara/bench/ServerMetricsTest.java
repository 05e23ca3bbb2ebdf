package pk.gov.mashwara.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Reading the portal's histograms from two scrapes, and the quantiles the report gives from them. */
class ServerMetricsTest {

    private static final String BEFORE = """
            # HELP http_server_requests_seconds
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.01"} 5
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.02"} 8
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.05"} 10
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="+Inf"} 10
            http_server_requests_seconds_count{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search"} 10
            http_server_requests_seconds_sum{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search"} 0.1
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.2E7
            """;

    private static final String AFTER = """
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.01"} 15
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.02"} 98
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="0.05"} 110
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/search",le="+Inf"} 110
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="CLIENT_ERROR",status="409",uri="/api/threads/{threadId}/comments",le="0.01"} 0
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="CLIENT_ERROR",status="409",uri="/api/threads/{threadId}/comments",le="0.02"} 1
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="CLIENT_ERROR",status="409",uri="/api/threads/{threadId}/comments",le="0.05"} 1
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="CLIENT_ERROR",status="409",uri="/api/threads/{threadId}/comments",le="+Inf"} 1
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/drafts/{id}/versions/{number}/threads",le="0.01"} 0
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/drafts/{id}/versions/{number}/threads",le="0.02"} 0
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/drafts/{id}/versions/{number}/threads",le="0.05"} 3
            http_server_requests_seconds_bucket{application="mashwara",error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/drafts/{id}/versions/{number}/threads",le="+Inf"} 3
            mashwara_ui_uidl_seconds_bucket{application="mashwara",outcome="ok",view="drafts/:draftId",le="0.1"} 4
            mashwara_ui_uidl_seconds_bucket{application="mashwara",outcome="ok",view="drafts/:draftId",le="+Inf"} 4
            mashwara_ui_uidl_seconds_bucket{application="mashwara",outcome="ok",view="search",le="0.1"} 0
            mashwara_ui_uidl_seconds_bucket{application="mashwara",outcome="ok",view="search",le="+Inf"} 2
            mashwara_search_phase_seconds_bucket{application="mashwara",phase="snippets",le="0.001"} 50
            mashwara_search_phase_seconds_bucket{application="mashwara",phase="snippets",le="0.004"} 100
            mashwara_search_phase_seconds_bucket{application="mashwara",phase="snippets",le="+Inf"} 100
            """;

    @Test
    void takes_the_window_between_two_scrapes() {
        var before = ServerMetrics.parse(BEFORE);
        var after = ServerMetrics.parse(AFTER);
        assertThat(before.series()).hasSize(1);
        var search = after.since(before, "http_server_requests_seconds", l -> "/api/search".equals(l.get("uri")));
        // 100 searches in the window: 10 up to 10 ms, 80 from 10 to 20 ms, 10 from 20 to 50 ms
        assertThat(search).containsEntry(0.01, 10.0).containsEntry(0.02, 90.0).containsEntry(0.05, 100.0)
                .containsEntry(Double.POSITIVE_INFINITY, 100.0);
        var latency = ServerMetrics.perAction(before, after).get(LoadBenchmark.SEARCH);
        assertThat(latency.requests()).isEqualTo(100);
        // rank 50 of 100: 40 of the 80 in the 10–20 ms bucket, half-way; rank 95: half of the 20–50 ms bucket
        assertThat(latency.p50()).isCloseTo(15.0, within(1e-9));
        assertThat(latency.p95()).isCloseTo(35.0, within(1e-9));
    }

    @Test
    void puts_an_actions_endpoints_together_whatever_their_parameters_are_called() {
        var actions = ServerMetrics.perAction(null, ServerMetrics.parse(AFTER));
        // the comment is a reply (a 409 here: counted, as the client counts refusals) or a new thread
        assertThat(actions.get(LoadBenchmark.COMMENT).requests()).isEqualTo(4);
        assertThat(actions).doesNotContainKey(LoadBenchmark.OPEN);
        assertThat(ServerMetrics.endpoint(java.util.Map.of("method", "POST", "uri", "/api/drafts/{id}/actions/{action}")))
                .isEqualTo("POST /api/drafts/{}/actions/{}");
    }

    @Test
    void gives_the_ui_per_view_and_the_search_phases() {
        var after = ServerMetrics.parse(AFTER);
        var uidl = ServerMetrics.uidlPerView(null, after);
        assertThat(uidl.keySet()).containsExactly("UIDL, every view", "UIDL: drafts/:draftId", "UIDL: search");
        assertThat(uidl.get("UIDL, every view").requests()).isEqualTo(6);
        // both in +Inf: the highest finite bound, as Prometheus says
        assertThat(uidl.get("UIDL: search").p95()).isCloseTo(100.0, within(1e-9));
        var phases = ServerMetrics.searchPhases(null, after);
        assertThat(phases.get("search: snippets").p50()).isCloseTo(1.0, within(1e-9));
        assertThat(phases.get("search: snippets").p95()).isCloseTo(3.7, within(1e-9));
    }

    @Test
    void quantiles_of_empty_and_single_bucket_histograms() {
        assertThat(ServerMetrics.quantile(0.95, new TreeMap<>())).isNaN();
        var one = new TreeMap<Double, Double>();
        one.put(0.005, 4.0);
        one.put(Double.POSITIVE_INFINITY, 4.0);
        assertThat(ServerMetrics.quantile(0.5, one)).isCloseTo(0.0025, within(1e-12));
    }

    @Test
    void reads_escaped_label_values() {
        assertThat(ServerMetrics.labels("uri=\"/a\\\"b\",le=\"+Inf\"")).containsEntry("uri", "/a\"b").containsEntry("le", "+Inf");
    }
}
