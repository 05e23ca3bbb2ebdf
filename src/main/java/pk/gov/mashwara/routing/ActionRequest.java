package pk.gov.mashwara.routing;

import java.util.Map;

/**
 * An action as a user asks for it.
 *
 * @param expectedVersion the draft's version as the user saw it
 * @param reason          the reason, where the action asks for one
 * @param details         what else the action asks for, by name: {@code authority}, {@code decisionNumber},
 *                        {@code decisionDate} (a decision); {@code gazetteNumber}, {@code gazetteDate} (gazette
 *                        details); {@code view}, {@code viewText} (a consulted division's view); {@code input}
 *                        (the consolidated input being cleared)
 */
public record ActionRequest(long expectedVersion, String reason, Map<String, String> details) {

    public ActionRequest {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ActionRequest of(long expectedVersion, String reason) {
        return new ActionRequest(expectedVersion, reason, Map.of());
    }

    public String detail(String name) {
        var value = details.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
