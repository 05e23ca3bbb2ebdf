package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/**
 * The proxies allowed to forward a client's address are the listed ones only, and none unless listed, whatever
 * Spring Boot's default (every private address) would be.
 */
class TrustedProxiesTest {

    @Test
    void none_by_default_so_that_a_forwarded_header_is_ignored() {
        var valve = customizedValve(List.of());

        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void listed_addresses_and_networks_are_trusted() {
        assertThat(TrustedProxies.networks(List.of(" 10.0.0.5", "10.1.0.0/16", "::1", ""))).isEqualTo(
                "10.0.0.5/32,10.1.0.0/16,0:0:0:0:0:0:0:1/128");
        assertThat(customizedValve(List.of("10.0.0.5")).getInternalProxies()).isEqualTo("10.0.0.5/32");
    }

    @Test
    void names_garbage_and_the_whole_internet_are_refused_at_start_up() {
        assertThatThrownBy(() -> TrustedProxies.networks(List.of("proxy.example.org")))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxies.networks(List.of("10.0.0.300")))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxies.networks(List.of("0.0.0.0/0"))).hasMessageContaining("every address");
        assertThatThrownBy(() -> TrustedProxies.networks(List.of("10.0.0.0/33"))).hasMessageContaining("1 to 32");
    }

    @Test
    void trusted_proxies_without_the_valve_stop_the_start_instead_of_being_ignored() {
        var factory = new TomcatServletWebServerFactory();
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.5")).customize(factory))
                .hasMessageContaining("server.forward-headers-strategy=native");
    }

    /** A valve as Spring Boot adds it for server.forward-headers-strategy=native, then customized. */
    private static RemoteIpValve customizedValve(List<String> proxies) {
        var factory = new TomcatServletWebServerFactory();
        var valve = new RemoteIpValve(); // its own default: every private address
        factory.addEngineValves(valve);
        new TrustedProxies(proxies).customize(factory);
        return valve;
    }
}
