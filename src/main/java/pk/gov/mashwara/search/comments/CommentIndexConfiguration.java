package pk.gov.mashwara.search.comments;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.search.CommentSource;

/**
 * The comment index in {@code comments} under {@code mashwara.index.dir}, beside the document index's generations,
 * checked (and if need be rebuilt) once the portal has started.
 */
@Configuration(proxyBeanMethods = false)
class CommentIndexConfiguration {

    static final String DIRECTORY = "comments";

    @Bean(destroyMethod = "close")
    CommentIndexMaintenance commentIndexMaintenance(@Value("${mashwara.index.dir}") Path directory,
            DraftCatalog catalog, ObjectProvider<CommentSource> comments,
            io.micrometer.core.instrument.MeterRegistry registry) {
        var maintenance = new CommentIndexMaintenance(directory.toAbsolutePath().normalize().resolve(DIRECTORY),
                new CatalogCommentSource(catalog, comments));
        maintenance.timeWritesIn(registry);
        return maintenance;
    }

    @Bean
    CommentSearch commentSearch(CommentIndexMaintenance maintenance) {
        return new CommentSearch(maintenance);
    }

    /** Not at bean creation: the check reads the database, which is ready (and migrated) only by now. */
    @EventListener(ApplicationReadyEvent.class)
    void checkIndex(ApplicationReadyEvent event) {
        // Off in the command-line import, as the document index is: the running portal owns the indexes
        if (event.getApplicationContext().getEnvironment().getProperty("mashwara.index.enabled", Boolean.class, true)) {
            event.getApplicationContext().getBean(CommentIndexMaintenance.class).startUp();
        }
    }
}
