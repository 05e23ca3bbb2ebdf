package pk.gov.mashwara.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid holiday calendar at start-up into a plain report instead of a stack trace. */
class HolidaysFailureAnalyzer extends AbstractFailureAnalyzer<InvalidHolidaysException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidHolidaysException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the holiday calendar (see the comments at the top of config/holidays.yml) and start the "
                        + "portal again.",
                cause);
    }
}
