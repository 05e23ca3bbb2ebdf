package pk.gov.mashwara.search.index;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The index in {@code mashwara.index.dir}, checked (and if need be rebuilt) once the portal has started. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean(destroyMethod = "close")
    LuceneIndex luceneIndex(@Value("${mashwara.index.dir}") Path directory,
            @Value("${mashwara.index.commit-every:PT0.2S}") java.time.Duration commitEvery) {
        return new LuceneIndex(directory.toAbsolutePath().normalize(), commitEvery);
    }

    @Bean(destroyMethod = "close")
    IndexMaintenance indexMaintenance(LuceneIndex index, IndexSource source, MeterRegistry registry,
            pk.gov.mashwara.shared.LargeTexts largeTexts) {
        var maintenance = new IndexMaintenance(index, source);
        maintenance.takeTurnsFrom(largeTexts);
        maintenance.timeWritesIn(registry);
        return maintenance;
    }

    @Bean
    IndexSearch indexSearch(LuceneIndex index, MeterRegistry registry) {
        return new IndexSearch(index, registry);
    }

    @Bean
    TextMatcher textMatcher(LuceneIndex index) {
        return new TextMatcher(index.analyzer(), TextMatcher.MAX_CHARS, TextMatcher.MAX_MATCHES);
    }

    /** Not at bean creation: the check reads the database, which is ready (and migrated) only by now. */
    @EventListener(ApplicationReadyEvent.class)
    void checkIndex(ApplicationReadyEvent event) {
        // Off in the command-line import: the running portal owns the index and indexes what was imported
        if (event.getApplicationContext().getEnvironment().getProperty("mashwara.index.enabled", Boolean.class, true)) {
            event.getApplicationContext().getBean(IndexMaintenance.class).startUp();
        }
    }
}
