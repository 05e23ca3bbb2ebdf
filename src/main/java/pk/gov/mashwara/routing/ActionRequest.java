package pk.gov.mashwara.routing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * An action as a user asks for it.
 *
 * @param expectedVersion the draft's version as the user saw it
 * @param reason          the reason, where the action asks for one
 * @param details         what else the action asks for, by name: {@code authority}, {@code decisionNumber},
 *                        {@code decisionDate} (a decision); {@code gazetteNumber}, {@code gazetteDate} (gazette
 *                        details); {@code view}, {@code viewText} (a consulted division's view)
 * @param attachment      a file attached to a consulted division's view, or null; no other action takes one
 */
public record ActionRequest(long expectedVersion, String reason, Map<String, String> details, Attachment attachment) {

    public ActionRequest {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ActionRequest(long expectedVersion, String reason, Map<String, String> details) {
        this(expectedVersion, reason, details, null);
    }

    public static ActionRequest of(long expectedVersion, String reason) {
        return new ActionRequest(expectedVersion, reason, Map.of());
    }

    public String detail(String name) {
        var value = details.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A file as it arrived: the name it was sent with (sanitised when stored) and its bytes, read once. */
    public record Attachment(String fileName, Content content) {
    }

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
