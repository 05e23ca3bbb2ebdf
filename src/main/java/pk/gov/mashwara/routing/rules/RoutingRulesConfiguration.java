package pk.gov.mashwara.routing.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.routing.InvalidRoutingRulesException;
import pk.gov.mashwara.routing.RoutingRules;

/**
 * Reads the routing rules at start-up: from {@code mashwara.routing.rules} when set, otherwise from
 * {@code config/routing.yml} in the working directory when there is one, otherwise from the copy of that file
 * packaged with the portal. Rules that do not hold stop the start-up with every problem and its line.
 */
@Configuration(proxyBeanMethods = false)
class RoutingRulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingRulesConfiguration.class);
    static final String DEFAULT_FILE = "config/routing.yml";

    @Bean
    RoutingRules routingRules(@Value("${mashwara.routing.rules:}") String location, ResourceLoader resources) {
        var resource = location.isBlank() ? defaultResource(resources) : resources.getResource(location);
        var name = location.isBlank() ? describe(resource) : location;
        if (!resource.exists()) {
            throw new InvalidRoutingRulesException(name, List.of("the file does not exist"));
        }
        String text;
        try (var in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRoutingRulesException(name, List.of("the file cannot be read: " + e.getMessage()));
        }
        var rules = RoutingRulesReader.read(text, name);
        log.info("Routing rules read from {}: {} states, {} actions", name, rules.states().size(), rules.actions().size());
        return rules;
    }

    /** Once the database is up: every committee the consultations name must exist. */
    @Bean
    SmartInitializingSingleton routingCommitteesCheck(RoutingRules rules, People people) {
        return () -> {
            var problems = new ArrayList<String>();
            rules.consultations().forEach((kind, steps) -> steps.stream()
                    .filter(step -> step.relation().isEmpty() && people.committeeByCode(step.with()).isEmpty())
                    .forEach(step -> problems.add("line " + step.line() + ": consultation " + step.step() + " of "
                            + kind + " is with committee " + step.with() + ", which does not exist")));
            rules.consultations().forEach((kind, steps) -> steps.stream()
                    .filter(step -> step.whenOwn() != null && !RoutingRules.ConsultationRule.SKIP.equals(step.whenOwn())
                            && !step.byDesignate()
                            && people.committeeByCode(step.whenOwn()).isEmpty())
                    .forEach(step -> problems.add("line " + step.line() + ": consultation " + step.step() + " of "
                            + kind + " names " + step.whenOwn() + " to stand in, which does not exist")));
            if (!problems.isEmpty()) {
                throw new InvalidRoutingRulesException(rules.source(), problems);
            }
        };
    }

    private static Resource defaultResource(ResourceLoader resources) {
        var file = resources.getResource("file:" + DEFAULT_FILE);
        return file.exists() ? file : resources.getResource("classpath:" + DEFAULT_FILE);
    }

    private static String describe(Resource resource) {
        try {
            return resource.isFile() ? resource.getFile().getPath() : DEFAULT_FILE + " (packaged copy)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
