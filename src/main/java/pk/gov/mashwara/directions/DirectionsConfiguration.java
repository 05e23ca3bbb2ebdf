package pk.gov.mashwara.directions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({ DirectionsProperties.class, ProgressReportProperties.class })
class DirectionsConfiguration {
}
