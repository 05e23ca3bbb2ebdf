package pk.gov.mashwara;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One line when the portal is ready: where to open it and, with the demo data, whom to sign in as. The demo
 * password is shown only when it is the published default; a password someone chose is never logged.
 */
@Component
class ReadyMessage {

    static final String DEMO_USER = "moit.drafter";
    static final String DEFAULT_DEMO_PASSWORD = "Mashwara#2026";

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;

    ReadyMessage(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void announce() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // no web server (the command-line import)
        }
        log.info(text(Integer.parseInt(port), environment.getProperty("mashwara.demo.enabled", Boolean.class, false),
                environment.getProperty("mashwara.demo.password", "")));
    }

    static String text(int port, boolean demo, String demoPassword) {
        String address = "Mashwara is ready at http://localhost:" + port + "/";
        if (!demo) {
            return address;
        }
        return address + " \u2014 sign in as " + DEMO_USER + (DEFAULT_DEMO_PASSWORD.equals(demoPassword)
                ? " (password: " + DEFAULT_DEMO_PASSWORD + ")"
                : " with the demo password (MASHWARA_DEMO_PASSWORD)");
    }
}
