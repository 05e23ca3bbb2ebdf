package pk.gov.mashwara.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The monitoring that docker-compose.yml's {@code monitoring} profile starts: the files parse, refer to each other
 * correctly, and the dashboard shows the metrics the portal publishes.
 */
class MonitoringFilesTest {

    private static final Path OPS = Path.of("docs", "ops");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_starts_prometheus_and_grafana_only_under_the_monitoring_profile() throws IOException {
        var compose = yaml(Path.of("docker-compose.yml"));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("db", "app", "prometheus", "grafana");
        assertThat(services.get("app")).doesNotContainKey("profiles");
        assertThat(services.get("db")).doesNotContainKey("profiles");
        for (var name : List.of("prometheus", "grafana")) {
            var service = services.get(name);
            assertThat((List<String>) service.get("profiles")).as(name).containsExactly("monitoring");
            // every file mounted from the repository is there
            for (var volume : (List<String>) service.get("volumes")) {
                var source = volume.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Path.of(source)).as(volume).exists();
                } else {
                    assertThat((Map<String, Object>) compose.get("volumes")).as(volume).containsKey(source);
                }
            }
            // reachable from this machine only
            assertThat((List<String>) service.get("ports")).allMatch(p -> p.startsWith("127.0.0.1:"));
        }
        assertThat(services.get("grafana").get("volumes").toString())
                .contains("./docs/ops/grafana-dashboard.json:/var/lib/grafana/dashboards/mashwara.json");
        var secrets = (Map<String, Map<String, Object>>) compose.get("secrets");
        assertThat(secrets.get("metrics_password")).containsEntry("environment", "MASHWARA_METRICS_PASSWORD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_scrapes_the_portals_endpoint_as_an_administrator() throws IOException {
        var config = yaml(OPS.resolve("prometheus.yml"));
        var jobs = (List<Map<String, Object>>) config.get("scrape_configs");
        assertThat(jobs).hasSize(1);
        var job = jobs.getFirst();
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        var auth = (Map<String, Object>) job.get("basic_auth");
        // the password from compose's secret, never written in the file
        assertThat(auth).containsEntry("password_file", "/run/secrets/metrics_password").doesNotContainKey("password");
        var targets = (List<Map<String, List<String>>>) job.get("static_configs");
        assertThat(targets.getFirst().get("targets")).containsExactly("app:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafana_is_provisioned_with_the_datasource_and_the_dashboard() throws IOException {
        var datasources = (List<Map<String, Object>>) yaml(OPS.resolve("grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources");
        assertThat(datasources.getFirst()).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        var uid = (String) datasources.getFirst().get("uid");
        var providers = (List<Map<String, Object>>) yaml(OPS.resolve("grafana/provisioning/dashboards/mashwara.yml"))
                .get("providers");
        assertThat((Map<String, Object>) providers.getFirst().get("options")).containsEntry("path", "/var/lib/grafana/dashboards");

        var dashboard = JsonPath.parse(Files.readString(OPS.resolve("grafana-dashboard.json")));
        assertThat(dashboard.<String>read("$.uid")).isEqualTo("mashwara-portal");
        List<String> uids = dashboard.read("$.panels[?(@.type != 'row')].datasource.uid");
        assertThat(uids).isNotEmpty().allMatch(uid::equals);
        List<String> expressions = dashboard.read("$.panels[*].targets[*].expr");
        var all = String.join("\n", expressions);
        // every family of the portal's metrics has its panel
        assertThat(all).contains("http_server_requests_seconds_bucket", "mashwara_search_phase_seconds_bucket",
                "mashwara_ui_uidl_seconds_bucket", "mashwara_extraction_seconds_bucket", "mashwara_index_write_seconds_bucket",
                "hikaricp_connections_active", "hikaricp_connections_pending", "hikaricp_connections_acquire_seconds_bucket",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds");
        assertThat(all).contains("histogram_quantile(0.5,", "histogram_quantile(0.95,");
        // panels do not overlap on the grid
        List<Map<String, Integer>> grid = dashboard.read("$.panels[*].gridPos");
        for (int i = 0; i < grid.size(); i++) {
            for (int j = i + 1; j < grid.size(); j++) {
                var a = grid.get(i);
                var b = grid.get(j);
                boolean apart = a.get("x") + a.get("w") <= b.get("x") || b.get("x") + b.get("w") <= a.get("x")
                        || a.get("y") + a.get("h") <= b.get("y") || b.get("y") + b.get("h") <= a.get("y");
                assertThat(apart).as("panels %d and %d overlap", i, j).isTrue();
            }
        }
    }
}
