package pk.gov.mashwara.routing.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import pk.gov.mashwara.routing.InvalidRoutingRulesException;

/** Turns invalid routing rules at start-up into a plain report instead of a stack trace. */
class RoutingRulesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRoutingRulesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidRoutingRulesException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the routing rules (see the comments at the top of config/routing.yml for the names it may "
                        + "use) and start the portal again.",
                cause);
    }
}
