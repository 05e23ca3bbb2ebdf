package pk.gov.mashwara.review;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Deadline reminders run on a schedule in the portal; the command-line import (and tests that drive them by
 * hand) switch them off with {@code mashwara.review.reminders.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mashwara.review.reminders.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class ReviewConfiguration {
}
