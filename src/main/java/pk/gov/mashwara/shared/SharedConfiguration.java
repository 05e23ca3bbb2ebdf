package pk.gov.mashwara.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** One clock for the whole portal, so that tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
