package pk.gov.mashwara.routing;

import java.util.List;

/** The routing rules could not be read, or break a rule of their own; each problem names its line. */
public class InvalidRoutingRulesException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidRoutingRulesException(String source, List<String> problems) {
        super("The routing rules in " + source + " are not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
