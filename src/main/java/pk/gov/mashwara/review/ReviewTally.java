package pk.gov.mashwara.review;

import java.util.Map;

/** How many threads a user sees on a draft, by category (code) and by severity, and open of them. */
public record ReviewTally(Map<String, Long> byCategory, Map<Severity, Long> bySeverity, Map<Severity, Long> openBySeverity) {
}
