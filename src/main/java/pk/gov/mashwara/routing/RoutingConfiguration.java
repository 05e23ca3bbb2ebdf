package pk.gov.mashwara.routing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminders of overdue steps run on a schedule in the portal; the command-line import (and tests that drive them
 * by hand) switch them off with {@code mashwara.routing.reminders.enabled=false}. The schedule lives here, not on
 * {@link OverdueReminders}, so that switching it off stops it whatever else is scheduled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mashwara.routing.reminders.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class RoutingConfiguration {

    private final OverdueReminders reminders;

    RoutingConfiguration(OverdueReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${mashwara.routing.remind-check:PT15M}", initialDelayString = "PT2M")
    void remindOfOverdueSteps() {
        reminders.remind();
    }
}
