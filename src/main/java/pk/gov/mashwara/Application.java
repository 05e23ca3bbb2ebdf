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
        SpringApplication.run(Application.class, args);
    }
}
