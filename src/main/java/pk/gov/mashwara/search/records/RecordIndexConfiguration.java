package pk.gov.mashwara.search.records;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import pk.gov.mashwara.search.RecordSource;

/**
 * The record index in {@code records} under {@code mashwara.index.dir}, beside the other indexes, checked (and if
 * need be rebuilt) once the portal has started.
 */
@Configuration(proxyBeanMethods = false)
class RecordIndexConfiguration {

    static final String DIRECTORY = "records";

    @Bean(destroyMethod = "close")
    RecordIndexMaintenance recordIndexMaintenance(@Value("${mashwara.index.dir}") Path directory,
            ObjectProvider<RecordSource> sources, io.micrometer.core.instrument.MeterRegistry registry) {
        var maintenance = new RecordIndexMaintenance(directory.toAbsolutePath().normalize().resolve(DIRECTORY),
                new RecordSources(() -> sources.orderedStream().toList()));
        maintenance.timeWritesIn(registry);
        return maintenance;
    }

    @Bean
    RecordSearch recordSearch(RecordIndexMaintenance maintenance) {
        return new RecordSearch(maintenance);
    }

    /** Not at bean creation: the check reads the database, which is ready (and migrated) only by now. */
    @EventListener(ApplicationReadyEvent.class)
    void checkIndex(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getEnvironment().getProperty("mashwara.index.enabled", Boolean.class, true)) {
            event.getApplicationContext().getBean(RecordIndexMaintenance.class).startUp();
        }
    }
}
