package pk.gov.mashwara;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Mashwara, the draft-review portal of the National Social Media Coordination Working Group.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "shared")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(importFiles(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * How the command-line import runs: without extraction, index, demo data or redelivery of the portal's events.
     * Given as command-line arguments because those outrank application.properties and the environment; as default
     * properties they lost to {@code mashwara.extraction.enabled=${MASHWARA_EXTRACTION:true}} there, so the import
     * extracted files itself, and a job it had claimed when it was killed stayed "extracting" until the portal gave
     * it up as stuck, minutes later.
     */
    static final String[] IMPORT_SETTINGS = { "--mashwara.extraction.enabled=false", "--mashwara.index.enabled=false",
            "--mashwara.demo.enabled=false", "--mashwara.review.reminders.enabled=false",
            "--mashwara.routing.reminders.enabled=false",
            "--spring.modulith.events.republish-outstanding-events-on-restart=false",
            "--spring.main.banner-mode=off",
            // no web server, so no Vaadin
            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration" };

    /**
     * {@code java -jar mashwara.jar import ...}: the portal without its web server imports files and exits.
     * Extraction and indexing of what it imported happen when the portal runs (they are queued durably).
     */
    static int importFiles(java.util.List<String> args) {
        try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(Application.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run(IMPORT_SETTINGS)) {
            var status = context.getBean(pk.gov.mashwara.draft.ImportCommand.class).run(args, System.out);
            // Let the listeners of what was imported (audit, extraction queue, index) finish before the database
            // closes; what they cannot finish is republished when the portal next starts
            var executor = context.getBean("applicationTaskExecutor",
                    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class).getThreadPoolExecutor();
            executor.shutdown();
            try {
                executor.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return status;
        }
    }
}
