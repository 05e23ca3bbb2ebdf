package pk.gov.mashwara.security;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which reverse proxies may tell the portal the client's address ({@code X-Forwarded-For}): only those listed in
 * {@code mashwara.security.trusted-proxies} ({@code MASHWARA_TRUSTED_PROXIES}: addresses or networks such as
 * {@code 10.0.0.5, 10.1.0.0/16}), none by default. Log-in throttling counts by the client's address, so a header
 * that any client may send must never decide it: Tomcat's remote-IP valve (on with
 * {@code server.forward-headers-strategy=native}) reads the header only from a connection of a listed proxy.
 * Spring Boot's own default would trust every private address, the ministry's own network included.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RemoteIpValve.class)
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private final String networks;

    TrustedProxies(@Value("${mashwara.security.trusted-proxies:}") List<String> proxies) {
        this.networks = networks(proxies);
    }

    /** After Spring Boot's own customizer, which adds the valve with its default (every private address). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        var valves = factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).toList();
        if (valves.isEmpty() && !networks.isEmpty()) {
            throw new IllegalStateException("Trusted proxies are configured (MASHWARA_TRUSTED_PROXIES) but forwarded "
                    + "headers are not read: set server.forward-headers-strategy=native");
        }
        for (var valve : valves) {
            // empty: no connection is a proxy's, so X-Forwarded-For and X-Forwarded-Proto are ignored
            valve.setInternalProxies(networks);
            valve.setTrustedProxies("");
        }
    }

    /**
     * The proxies as Tomcat's list of networks ({@code 10.0.0.5/32,10.1.0.0/16}); a bare address is a network of
     * one. Only literal addresses (a host name would be looked up, and could change), and never every address.
     */
    static String networks(List<String> proxies) {
        var networks = new ArrayList<String>();
        for (var entry : proxies == null ? List.<String>of() : proxies) {
            var text = entry == null ? "" : entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            var slash = text.indexOf('/');
            var address = slash < 0 ? text : text.substring(0, slash);
            var ip = IpLiterals.parse(address);
            if (ip == null) {
                throw new IllegalArgumentException("Trusted proxy '" + text + "' is not an IP address or network");
            }
            int bits = ip.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Trusted proxy '" + text + "' has no valid network size", e);
            }
            if (prefix < 1 || prefix > bits) {
                throw new IllegalArgumentException("Trusted proxy '" + text + "': the network size must be 1 to " + bits
                        + " (trusting every address would let any client choose its own)");
            }
            networks.add(ip.getHostAddress() + "/" + prefix);
        }
        return String.join(",", networks);
    }
}
